package dev.isolint.core.report;

import dev.isolint.core.rule.Finding;

/** The one-line fix every report prints next to a failing finding, in the words of its format. */
final class Remediation {

    private Remediation() {
    }

    /** E.g. {@code set EnableNetworkIsolation: true (isolint explain ISO001)}. */
    static String hint(Finding f) {
        String setting = switch (f.resource().format()) {
            case CLOUDFORMATION -> "EnableNetworkIsolation: true";
            default -> "enable_network_isolation = true";
        };
        return "set " + setting + " on a new model (isolint explain " + f.rule().id() + ")";
    }
}
