package dev.isolint.core.report;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** The output formats of SPEC §6, by the name users give on the command line or in a plugin parameter. */
public enum ReportFormat {
    TEXT("text", TextReporter::new),
    JSON("json", JsonReporter::new),
    SARIF("sarif", SarifReporter::new),
    JUNIT("junit", JunitReporter::new),
    GITHUB("github", GithubReporter::new);

    private final String id;
    private final Supplier<Reporter> factory;

    ReportFormat(String id, Supplier<Reporter> factory) {
        this.id = id;
        this.factory = factory;
    }

    /** The name used on the command line ({@code sarif}). */
    public String id() {
        return id;
    }

    public Reporter reporter() {
        return factory.get();
    }

    /** The format called {@code name} (case-insensitive), if any. */
    public static Optional<ReportFormat> named(String name) {
        for (ReportFormat f : values()) {
            if (f.id.equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The names, for help texts and error messages: {@code text, json, sarif, junit, github}. */
    public static String names() {
        StringBuilder b = new StringBuilder();
        for (ReportFormat f : values()) {
            b.append(b.length() == 0 ? "" : ", ").append(f.id);
        }
        return b.toString();
    }
}
