package dev.isolint.core.rule;

/** The judgement of one resource. Ordered from worst to best. */
public enum Verdict {
    FAIL,
    UNKNOWN,
    PASS;

    /** The worse of two verdicts: FAIL over UNKNOWN over PASS. */
    public Verdict worst(Verdict other) {
        return compareTo(other) <= 0 ? this : other;
    }
}
