package dev.isolint.archfixture.a;

import dev.isolint.archfixture.b.Beta;

/** Half of a package cycle made on purpose: {@code ArchitectureTest} must find it. */
public final class Alpha {
    Beta partner;
}
