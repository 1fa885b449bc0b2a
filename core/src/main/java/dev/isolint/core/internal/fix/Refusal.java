package dev.isolint.core.internal.fix;

/** Why a result is not edited, and the manual step: thrown by a format's fixer, turned into a {@link NotFixed}. */
final class Refusal extends Exception {

    private static final long serialVersionUID = 1L;

    private final String manualStep;

    Refusal(String reason, String manualStep) {
        super(reason, null, false, false);
        this.manualStep = manualStep;
    }

    String reason() {
        return getMessage();
    }

    String manualStep() {
        return manualStep;
    }
}
