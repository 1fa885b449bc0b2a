package dev.isolint.core.internal.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file could not be read, in words for an error entry. A {@link FileSystemException}'s own message
 * starts with the absolute path of the file, which the entry names already (and relative, SPEC §5).
 */
public final class ReadFailure {

    private ReadFailure() {
    }

    /** The whole message of an error entry at the file: the size limit, "permission denied", "cannot read: …". */
    public static String describe(IOException e) {
        // These two say all there is to say by themselves.
        boolean whole = e instanceof FileTooLargeException || e instanceof AccessDeniedException;
        return whole ? reason(e) : "cannot read: " + reason(e);
    }

    /** What went wrong, without the file's path: "no such file", "permission denied", the system's reason. */
    public static String reason(IOException e) {
        if (e instanceof FileTooLargeException) {
            return e.getMessage();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop";
        }
        if (e instanceof FileSystemException fse) {
            return fse.getReason() != null ? fse.getReason() : "file system error";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
