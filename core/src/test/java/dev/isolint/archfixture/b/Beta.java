package dev.isolint.archfixture.b;

import dev.isolint.archfixture.a.Alpha;

/** The other half of the cycle with {@link Alpha}. */
public final class Beta {
    Alpha partner;
}
