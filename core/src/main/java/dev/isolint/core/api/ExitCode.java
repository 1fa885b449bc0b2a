package dev.isolint.core.api;

/** The exit codes of SPEC §6, as a scan result gives them; the CLI documents them in {@code --help} and exits with them. */
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
