package dev.isolint.cli;

/** The CLI's exit codes (SPEC §6), documented in {@code --help}. */
public enum ExitCode {
    /** No failing result. */
    OK(0),
    /** At least one unsuppressed FAIL (or UNKNOWN under {@code --unknown=fail}). */
    FINDINGS(1),
    /** Usage error or any input error; wins over {@link #FINDINGS}. */
    ERROR(2);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
