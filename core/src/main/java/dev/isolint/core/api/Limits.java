package dev.isolint.core.api;

import java.util.List;
import java.util.Locale;

/**
 * Bounds that keep hostile or runaway input from exhausting a scan's memory or time. Each bound, when
 * exceeded, becomes an input error (exit code 2) naming the limit and how to raise it; the scan goes on
 * with the other files. Set from the command line with {@code --limit NAME=VALUE} ({@link #with}).
 *
 * @param fileSize        {@code file-size}: largest file read, in bytes (default 256 MB). A larger file is
 *                        an error at its first line and is not read at all.
 * @param files           {@code files}: most candidate files one scan collects (default 200,000). The
 *                        scan root that goes over it gets an error and its remaining files are not read.
 * @param depth           {@code depth}: deepest nesting of a JSON or YAML document, of an HCL file and of
 *                        an expression being evaluated (default 500). HCL files and expressions are read
 *                        by recursion, so for them the bound is also capped at their stack-safe depth
 *                        (256 for HCL, 400 for Terraform and 200 for CloudFormation expressions). A deeper
 *                        document is an error; a deeper expression is an unknown value with that reason.
 * @param aliasExpansion  {@code alias-expansion}: most nodes a YAML document may expand to through aliases
 *                        (default 1,000,000); more (an alias bomb) is an error for that document.
 * @param stringLength    {@code string-length}: longest JSON or YAML string, in characters (default
 *                        5,000,000); longer is an error for that document.
 * @param tokens          {@code tokens}: most HCL tokens in one Terraform file (default 5,000,000); more
 *                        is an error for that file.
 * @param moduleDepth     {@code module-depth}: deepest chain of Terraform module calls (default 64); a
 *                        deeper call is an error and is not followed.
 * @param instances       {@code instances}: most instances of one resource or module ({@code count},
 *                        {@code for_each}) and most module instances in one configuration (default 10,000
 *                        and twice that for modules); more is an unknown value or an error.
 * @param evaluationSteps {@code evaluation-steps}: most expression evaluation steps for one Terraform root
 *                        module (default 50,000,000); past it the remaining values are unknown with that
 *                        reason.
 */
public record Limits(long fileSize, int files, int depth, long aliasExpansion, int stringLength, int tokens,
        int moduleDepth, int instances, long evaluationSteps) {

    /** The defaults, generous enough for a 100 MB plan and a monorepo. */
    public static final Limits DEFAULT = new Limits(256L * 1024 * 1024, 200_000, 500, 1_000_000, 5_000_000,
            5_000_000, 64, 10_000, 50_000_000);

    private static final List<String> NAMES = List.of("file-size", "files", "depth", "alias-expansion",
            "string-length", "tokens", "module-depth", "instances", "evaluation-steps");

    public Limits {
        positive("file-size", fileSize);
        positive("files", files);
        positive("depth", depth);
        positive("alias-expansion", aliasExpansion);
        positive("string-length", stringLength);
        positive("tokens", tokens);
        positive("module-depth", moduleDepth);
        positive("instances", instances);
        positive("evaluation-steps", evaluationSteps);
    }

    /** The names {@link #with} accepts, in the order the documentation lists them. */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * These limits with one changed: {@code name} is one of {@link #names()}, {@code value} a positive whole
     * number ({@code file-size} also takes a {@code k} or {@code m} suffix: kibibytes, mebibytes).
     *
     * @throws IllegalArgumentException naming the problem, for an unknown name or a bad value
     */
    public Limits with(String name, String value) {
        String v = value.trim();
        switch (name) {
            case "file-size":
                return new Limits(bytes(v), files, depth, aliasExpansion, stringLength, tokens, moduleDepth,
                        instances, evaluationSteps);
            case "files":
                return new Limits(fileSize, integer(name, v), depth, aliasExpansion, stringLength, tokens,
                        moduleDepth, instances, evaluationSteps);
            case "depth":
                return new Limits(fileSize, files, integer(name, v), aliasExpansion, stringLength, tokens,
                        moduleDepth, instances, evaluationSteps);
            case "alias-expansion":
                return new Limits(fileSize, files, depth, number(name, v), stringLength, tokens, moduleDepth,
                        instances, evaluationSteps);
            case "string-length":
                return new Limits(fileSize, files, depth, aliasExpansion, integer(name, v), tokens, moduleDepth,
                        instances, evaluationSteps);
            case "tokens":
                return new Limits(fileSize, files, depth, aliasExpansion, stringLength, integer(name, v),
                        moduleDepth, instances, evaluationSteps);
            case "module-depth":
                return new Limits(fileSize, files, depth, aliasExpansion, stringLength, tokens, integer(name, v),
                        instances, evaluationSteps);
            case "instances":
                return new Limits(fileSize, files, depth, aliasExpansion, stringLength, tokens, moduleDepth,
                        integer(name, v), evaluationSteps);
            case "evaluation-steps":
                return new Limits(fileSize, files, depth, aliasExpansion, stringLength, tokens, moduleDepth,
                        instances, number(name, v));
            default:
                throw new IllegalArgumentException("unknown limit '" + name + "' (known: " + String.join(", ", NAMES)
                        + ")");
        }
    }

    /** Parses {@code NAME=VALUE} and applies it with {@link #with(String, String)}. */
    public Limits with(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("expected NAME=VALUE, got '" + assignment + "'");
        }
        return with(assignment.substring(0, eq).trim(), assignment.substring(eq + 1));
    }

    /** How the message of a limit's error says to raise it: {@code (--limit NAME=…)}. */
    public static String howToRaise(String name) {
        return "(--limit " + name + "=…)";
    }

    /**
     * {@code bytes} for messages in the unit {@code file-size} takes: MB from one mebibyte on, KB from one
     * kibibyte on. A file's size rounds up and a limit down ({@code up}), so that a file over the limit never
     * reads as no larger than it.
     */
    public static String size(long bytes, boolean up) {
        long unit = bytes >= 1024 * 1024 ? 1024 * 1024 : bytes >= 1024 ? 1024 : 1;
        long n = up ? (bytes + unit - 1) / unit : bytes / unit;
        return n + (unit == 1 ? " bytes" : unit == 1024 ? " KB" : " MB");
    }

    private static long bytes(String v) {
        String s = v.toLowerCase(Locale.ROOT);
        long unit = 1;
        if (s.endsWith("k")) {
            unit = 1024;
        } else if (s.endsWith("m")) {
            unit = 1024 * 1024;
        }
        long n = number("file-size", unit == 1 ? s : s.substring(0, s.length() - 1));
        if (n > Long.MAX_VALUE / unit) {
            throw new IllegalArgumentException("file-size: '" + v + "' is too large");
        }
        return n * unit;
    }

    private static int integer(String name, String v) {
        long n = number(name, v);
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + ": '" + v + "' is larger than " + Integer.MAX_VALUE);
        }
        return (int) n;
    }

    private static long number(String name, String v) {
        long n;
        try {
            n = Long.parseLong(v.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + v + "' is not a whole number");
        }
        positive(name, n);
        return n;
    }

    private static void positive(String name, long n) {
        if (n < 1) {
            throw new IllegalArgumentException(name + ": the limit must be at least 1, got " + n);
        }
    }
}
