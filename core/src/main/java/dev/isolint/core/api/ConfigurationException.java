package dev.isolint.core.api;

import java.nio.file.Path;

/**
 * A configuration file that cannot be used (SPEC §14): an unknown key, a value of the wrong type, a file that is
 * not YAML. A usage error (exit code 2), naming the file, the line and the key.
 */
public final class ConfigurationException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final String reason;

    /**
     * @param file   the configuration file
     * @param line   the 1-based line of the problem (1 when the file as a whole is the problem)
     * @param reason what is wrong, naming the key ({@code unknown key 'formt' (did you mean 'format'?)})
     */
    public ConfigurationException(Path file, int line, String reason) {
        super(file + ":" + line + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** What is wrong, without the place. */
    public String reason() {
        return reason;
    }
}
