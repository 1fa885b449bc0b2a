package dev.isolint.core.internal.scan;

import dev.isolint.core.internal.source.ReadFailure;
import dev.isolint.core.internal.source.SourceFile;
import dev.isolint.core.model.Range;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads an input file of a scan, turning every way reading can fail into one error entry at the file's start:
 * the {@code file-size} limit, permission denied, another I/O failure, or too little memory for its bytes. The
 * one place that knows this mapping, so that a template, a plan and a Terraform file that cannot be read say so
 * in the same words. (It lives beside {@link ScanContext}, whose sink it writes to; {@code internal.source} is
 * below this package.)
 */
public final class SourceFiles {

    private SourceFiles() {
    }

    /**
     * {@code path}'s content, within the scan's {@code file-size} limit; or null once the reason it cannot be read
     * is recorded as an error of {@code context}. The caller counts the file as read either way (SPEC §6 summary).
     */
    public static SourceFile read(Path path, ScanContext context) {
        try {
            return SourceFile.read(path, context.limits().fileSize());
        } catch (IOException e) {
            context.error(Range.fileStart(path), ReadFailure.describe(e));
            return null;
        } catch (OutOfMemoryError e) {
            // Only the one allocation of the file's bytes failed: nothing is half-built, the scan goes on.
            context.error(Range.fileStart(path), "file too large to read with the available memory"
                    + " (raise the JVM heap, e.g. -Xmx2g): " + e.getMessage());
            return null;
        }
    }
}
