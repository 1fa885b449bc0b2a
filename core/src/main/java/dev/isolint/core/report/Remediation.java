package dev.isolint.core.report;

import dev.isolint.core.rule.Finding;

/** The one-line fix every report prints next to a failing finding, in the words of its format. */
final class Remediation {

    private Remediation() {
    }

    /** The rule's fix in the words of the finding's format, then where to read more: {@code (isolint explain <id>)}. */
    static String hint(Finding f) {
        return f.rule().fix().hint(f.resource().format()) + " (isolint explain " + f.rule().id() + ")";
    }
}
