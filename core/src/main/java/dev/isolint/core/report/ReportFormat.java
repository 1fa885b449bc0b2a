package dev.isolint.core.report;

import java.util.Locale;
import java.util.Optional;

/** The output formats of SPEC §6, by the name users give on the command line or in a plugin parameter. */
public enum ReportFormat {
    TEXT("text"),
    JSON("json"),
    SARIF("sarif"),
    JUNIT("junit"),
    GITHUB("github"),
    GITLAB("gitlab");

    private final String id;

    ReportFormat(String id) {
        this.id = id;
    }

    /** The name used on the command line ({@code sarif}). */
    public String id() {
        return id;
    }

    /**
     * A new reporter for this format. A switch rather than constructor references: those would spin
     * lambda classes at start-up, which a one-file scan pays for in milliseconds.
     */
    public Reporter reporter() {
        switch (this) {
            case JSON:
                return new JsonReporter();
            case SARIF:
                return new SarifReporter();
            case JUNIT:
                return new JunitReporter();
            case GITHUB:
                return new GithubReporter();
            case GITLAB:
                return new GitlabReporter();
            default:
                return new TextReporter();
        }
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

    /** The names, for help texts and error messages: {@code text, json, sarif, junit, github, gitlab}. */
    public static String names() {
        StringBuilder b = new StringBuilder();
        for (ReportFormat f : values()) {
            b.append(b.length() == 0 ? "" : ", ").append(f.id);
        }
        return b.toString();
    }
}
