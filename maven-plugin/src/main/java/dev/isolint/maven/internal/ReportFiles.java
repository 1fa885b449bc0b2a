package dev.isolint.maven.internal;

import dev.isolint.core.report.ReportFormat;
import dev.isolint.core.report.Reports;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which reports one project writes, and where: each to {@code isolint.<ext>} in the build directory unless
 * {@code outputFile} says otherwise, so that a report's file name always matches its format (SPEC §8).
 */
public final class ReportFiles {

    private ReportFiles() {
    }

    /**
     * The file extension of a format's report ({@code sarif}, {@code json}, {@code xml} for junit, {@code txt},
     * {@code gitlab.json}), or {@code null} for {@code github}: workflow commands mean something only in a CI
     * step's log, not in a file under {@code target/}.
     */
    public static String extension(ReportFormat format) {
        switch (format) {
            case SARIF:
                return "sarif";
            case JSON:
                return "json";
            case JUNIT:
                return "xml";
            case TEXT:
                return "txt";
            case GITLAB:
                return "gitlab.json";
            default:
                return null;
        }
    }

    /**
     * The reports the parameters ask for, in order. Without {@code formats}: the one {@code outputFormat} report
     * (default {@code sarif}) to {@code outputFile} (default {@code isolint.<ext>}). With {@code formats}: one report
     * per format to {@code isolint.<ext>}, and the {@code outputFormat} report too when {@code outputFormat} or
     * {@code outputFile} is set. A report asked for twice is written once.
     *
     * @param outputFormat   the {@code outputFormat} parameter, or {@code null} when not set
     * @param outputFile     the {@code outputFile} parameter, or {@code null} when not set
     * @param formats        the {@code formats} parameter (empty when not set)
     * @param buildDirectory the project's build directory
     * @throws IllegalArgumentException an unknown format, or two reports that would go to one file
     */
    public static List<Reports.Destination> plan(String outputFormat, Path outputFile, List<String> formats,
            Path buildDirectory) {
        List<Reports.Destination> out = new ArrayList<>();
        if (formats.isEmpty() || outputFormat != null || outputFile != null) {
            ReportFormat main = outputFormat == null ? ReportFormat.SARIF : format(outputFormat, "outputFormat");
            add(out, new Reports.Destination(main, outputFile != null ? outputFile : file(buildDirectory, main)));
        }
        for (String name : formats) {
            ReportFormat f = format(name, "formats");
            add(out, new Reports.Destination(f, file(buildDirectory, f)));
        }
        return out;
    }

    /** The format {@code name} names, one that can be written to a file. */
    private static ReportFormat format(String name, String parameter) {
        ReportFormat f = ReportFormat.named(name.strip()).orElse(null);
        if (f == null || extension(f) == null) {
            throw new IllegalArgumentException(parameter + ": " + (f == null ? "unknown format" : "no report file for")
                    + " '" + name.strip() + "'; one of sarif, json, junit, text, gitlab");
        }
        return f;
    }

    private static Path file(Path buildDirectory, ReportFormat format) {
        return buildDirectory.resolve("isolint." + extension(format));
    }

    private static void add(List<Reports.Destination> out, Reports.Destination d) {
        Path target = d.file().toAbsolutePath().normalize();
        for (Reports.Destination other : out) {
            if (other.file().toAbsolutePath().normalize().equals(target)) {
                if (other.format() == d.format()) {
                    return;
                }
                throw new IllegalArgumentException("the " + other.format().id() + " and " + d.format().id()
                        + " reports would both be written to " + d.file() + "; give outputFile a name that matches"
                        + " outputFormat (isolint." + extension(d.format()).toLowerCase(Locale.ROOT) + ")");
            }
        }
        out.add(d);
    }
}
