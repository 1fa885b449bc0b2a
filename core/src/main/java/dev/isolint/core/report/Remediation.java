package dev.isolint.core.report;

import dev.isolint.core.rule.Finding;

/** The one-line fix every report prints next to a failing finding, in the words of its format. */
final class Remediation {

    private Remediation() {
    }

    /** E.g. {@code set EnableNetworkIsolation: true (isolint explain ISO001)}. */
    static String hint(Finding f) {
        return f.rule().fix().hint(f.resource().format()) + " (isolint explain " + f.rule().id() + ")";
    }
}
