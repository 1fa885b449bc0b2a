package dev.isolint.core.internal.source;

import dev.isolint.core.api.Limits;
import java.io.IOException;

/** A file larger than the scan's {@code file-size} limit; its message is the whole error to report. */
public final class FileTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    public FileTooLargeException(long size, long limit) {
        super("file is " + Limits.size(size, true) + ", larger than the limit of " + Limits.size(limit, false)
                + " " + Limits.howToRaise("file-size"));
    }
}
