package dev.isolint.core.report;

import dev.isolint.core.api.ScanResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes every report a run asked for: the CLI and the Maven plugin only say which formats go where. Each report to
 * a file is written in UTF-8, its parent directories created; the report without a file goes to the face's console.
 * Colour is used only for text on that console, and only when {@link Reporter.Options#color()} allows it (a terminal):
 * never in a file.
 */
public final class Reports {

    /**
     * One report of a run.
     *
     * @param format its format
     * @param file   where it goes (relative to the working directory of the process), or {@code null} for the console
     */
    public record Destination(ReportFormat format, Path file) {
    }

    private Reports() {
    }

    /**
     * Writes {@code result} in each destination's format, in order.
     *
     * @param options how to write; its colour applies only to text on the console
     * @param console where a destination without a file goes; flushed, never closed
     * @throws IOException {@code cannot write report to FILE: reason} when a file cannot be created or written
     */
    public static void write(ScanResult result, Reporter.Options options, List<Destination> destinations, Writer console)
            throws IOException {
        // A loop, not forEach: a lambda's first use costs a one-file scan milliseconds.
        boolean toConsole = false;
        for (Destination d : destinations) {
            toConsole |= d.file() == null;
            boolean color = options.color() && d.file() == null && d.format() == ReportFormat.TEXT;
            Reporter.Options o = new Reporter.Options(options.paths(), options.unknown(), color, options.verbose(),
                    options.quiet(), options.environment(), options.softFail());
            Reporter reporter = d.format().reporter();
            if (d.file() == null) {
                reporter.write(result, o, console);
                console.flush();
            } else {
                write(reporter, result, o, d.file());
            }
        }
        if (!toConsole && !(options.quiet() && result.errors().isEmpty()
                && Tally.of(result, options.unknown()).failing() == 0)) {
            // Every report went to a file: one line on the console still says why a CI step is red.
            console.write("isolint: " + TextReporter.counts(result, options) + " (report"
                    + (destinations.size() == 1 ? " " : "s ") + files(destinations) + ")\n");
            console.flush();
        }
    }

    private static String files(List<Destination> destinations) {
        StringBuilder b = new StringBuilder();
        for (Destination d : destinations) {
            b.append(b.length() == 0 ? "" : ", ").append(d.file());
        }
        return b.toString();
    }

    private static void write(Reporter reporter, ScanResult result, Reporter.Options options, Path file)
            throws IOException {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                reporter.write(result, options, w);
            }
        } catch (IOException e) {
            throw cannotWrite(file, e);
        }
    }

    /** The one wording of a report that cannot be written: {@code cannot write report to FILE: reason}. */
    static IOException cannotWrite(Path file, IOException e) {
        return new IOException("cannot write report to " + file + ": " + reason(e, file), e);
    }

    /** Why: the file system's reason, and the path it concerns when that is not the report itself. */
    private static String reason(IOException e, Path file) {
        if (!(e instanceof FileSystemException fse)) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        String why = fse.getReason();
        if (why == null) {
            why = fse instanceof AccessDeniedException ? "permission denied"
                    : fse instanceof NoSuchFileException ? "no such file or directory"
                    : fse instanceof FileAlreadyExistsException || fse instanceof NotDirectoryException ? "not a directory"
                    : fse.getClass().getSimpleName();
        }
        String at = fse.getFile();
        return at == null || at.equals(file.toString()) ? why : why + " (" + at + ")";
    }
}
