package dev.isolint.cli;

import dev.isolint.core.api.UnknownPolicy;
import java.io.InputStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses the everyday {@code isolint scan …} command lines without picocli. picocli builds its model
 * from annotations through reflection and dynamic proxies; at start-up that costs more than scanning
 * a template (bench/README.md), and pre-commit and CI pay it on every commit. This parser accepts the
 * same spellings picocli does for the scan options ({@code --format json}, {@code --format=json},
 * {@code -f json}, {@code -f=json}, {@code --} ending options) and fills a {@link ScanCommand} the way
 * picocli would. Whenever it is not certain — help, version, an unknown or clustered option, a second
 * one of an option picocli takes once, a missing or dash-led value, an {@code @file}, a value picocli
 * might convert differently — it returns {@code null} and picocli parses the line, with its usual
 * messages. {@code QuickScanArgumentsTest} checks both parsers agree, that every option of
 * {@link ScanCommand} is known here, and that exactly picocli's repeatable options repeat here.
 */
final class QuickScanArguments {

    private QuickScanArguments() {
    }

    /** The command {@code args} describe, or {@code null} when picocli must decide. */
    static ScanCommand parse(String[] args, Map<String, String> environment, InputStream stdin) {
        if (args.length == 0 || !args[0].equals("scan")) {
            return null;
        }
        ScanCommand command = new ScanCommand(environment, stdin);
        command.scan = new ScanOptions();
        command.report = new ReportOptions();
        Set<String> given = new HashSet<>();
        boolean optionsEnded = false;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("@")) {
                return null; // picocli reads arguments from @files
            }
            if (optionsEnded || arg.equals("-") || !arg.startsWith("-")) {
                command.scan.paths.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            int eq = arg.indexOf('=');
            String option = canonical(eq > 0 ? arg.substring(0, eq) : arg);
            if (option == null || (takenOnce(option) && !given.add(option))) {
                return null;
            }
            String value = eq > 0 ? arg.substring(eq + 1) : null;
            if (isFlag(option)) {
                if (value != null) {
                    return null;
                }
                setFlag(command, option);
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.length || args[i + 1].startsWith("-") || args[i + 1].startsWith("@")) {
                    return null;
                }
                value = args[++i];
            }
            if (!apply(command, option, value)) {
                return null;
            }
        }
        // Usage errors that picocli reports with its model (spec is null here): let picocli meet them.
        try {
            OutputPlan.plan(command.report.formats, command.report.output);
            command.scan.today(environment);
            command.scan.limits();
            command.scan.workspace();
            command.scan.stdinFilename();
            command.scan.ruleSelection();
        } catch (RuntimeException e) {
            return null;
        }
        return command;
    }

    /** Every option name this parser knows, for the test that keeps it in step with {@link ScanCommand}. */
    static final Set<String> NAMES = Set.of("-f", "--format", "-o", "--output", "--unknown", "--parameter",
            "--parameters-file", "--var", "--var-file", "--exclude", "--ignore-file", "--no-color", "-q", "--quiet",
            "-v", "--verbose", "--debug", "--limit", "--workspace", "--stdin-filename", "--rule", "--skip-rule", "--config",
            "--base-path", "--strict", "--soft-fail");

    private static String canonical(String name) {
        return switch (name) {
            case "-f" -> "--format";
            case "-o" -> "--output";
            case "-q" -> "--quiet";
            case "-v" -> "--verbose";
            default -> NAMES.contains(name) ? name : null;
        };
    }

    private static boolean isFlag(String option) {
        return switch (option) {
            case "--no-color", "--quiet", "--verbose", "--debug", "--strict", "--soft-fail" -> true;
            default -> false;
        };
    }

    /**
     * Options picocli takes only once: a second one is its usage error, so picocli must see the line. Every
     * other option repeats, its values kept in command-line order, so a new repeatable option needs no entry
     * here ({@code QuickScanArgumentsTest} checks this list against picocli's model).
     */
    static boolean takenOnce(String option) {
        return switch (option) {
            case "--output", "--unknown", "--ignore-file", "--workspace", "--stdin-filename", "--config", "--base-path",
                    "--no-color", "--quiet", "--verbose", "--debug", "--strict", "--soft-fail" -> true;
            default -> false;
        };
    }

    /** Sets one flag (an option without a value). */
    private static void setFlag(ScanCommand c, String flag) {
        switch (flag) {
            case "--no-color" -> c.noColor = true;
            case "--quiet" -> c.quiet = true;
            case "--verbose" -> c.verbose = true;
            case "--strict" -> c.scan.strict = true;
            case "--soft-fail" -> c.report.softFail = true;
            default -> c.scan.debug = true; // --debug, the last flag isFlag knows
        }
    }

    /**
     * Stores one option's value; false when picocli should judge the value instead (the command is
     * then discarded, so what was stored does not matter).
     */
    private static boolean apply(ScanCommand command, String option, String value) {
        ScanOptions c = command.scan;
        Path path = path(value); // how every FILE option converts; null when it does not
        switch (option) {
            case "--format" -> command.report.formats.add(value);
            case "--unknown" -> c.unknown = enumValue(UnknownPolicy.values(), value);
            case "--output" -> command.report.output = path;
            case "--ignore-file" -> c.ignoreFile = path;
            case "--config" -> c.config = path;
            case "--base-path" -> c.basePath = path;
            case "--rule" -> c.rules.add(value);
            case "--skip-rule" -> c.skipRules.add(value);
            case "--parameters-file" -> c.parameterFiles.add(path);
            case "--var-file" -> {
                if (path != null) {
                    c.varFile(List.of(value));
                }
            }
            case "--workspace" -> c.workspace = value; // checked with the others after the loop
            case "--stdin-filename" -> c.stdinFilename = value;
            case "--parameter" -> c.parameters.add(value);
            case "--var" -> {
                if (assignment(value)) {
                    c.var(List.of(value));
                }
            }
            case "--exclude" -> c.excludes.add(value);
            case "--limit" -> c.limits.add(value); // checked with the others after the loop
            default -> {
                return false;
            }
        }
        return switch (option) {
            case "--unknown" -> c.unknown != null;
            // Without NAME= picocli's model reports the usage error; leave that to it.
            case "--parameter", "--var" -> assignment(value);
            // Formats, limits, the workspace and the stdin name are checked after the loop.
            case "--format", "--exclude", "--limit", "--workspace", "--stdin-filename", "--rule", "--skip-rule" -> true;
            default -> path != null;
        };
    }

    private static boolean assignment(String value) {
        return value.indexOf('=') > 0;
    }

    /** {@code value} as a path, as picocli converts a FILE option; {@code null} when it is none. */
    static Path path(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** The constant named {@code value} ignoring case, as picocli matches with case-insensitive enums. */
    private static <E extends Enum<E>> E enumValue(E[] constants, String value) {
        for (E e : constants) {
            if (e.name().equalsIgnoreCase(value)) {
                return e;
            }
        }
        return null;
    }
}
