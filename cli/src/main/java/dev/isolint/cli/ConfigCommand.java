package dev.isolint.cli;

import dev.isolint.core.api.Configuration;
import dev.isolint.core.api.Configuration.Key;
import dev.isolint.core.api.Configuration.Source;
import dev.isolint.core.api.Configuration.Value;
import dev.isolint.core.api.ConfigurationException;
import dev.isolint.core.api.ExitCode;
import dev.isolint.core.report.PathFormatter;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code isolint config}: the effective configuration (SPEC §14) and where each value comes from, printed as a
 * {@code .isolint.yml} with the source of each value as a comment, so it can be read and copied alike. It takes
 * {@code scan}'s options, so a command line can be checked before it is run.
 */
@Command(name = "config", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Print the effective configuration (command line over environment over .isolint.yml over"
                + " defaults) and where each value comes from.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:printed", "2:usage error (a configuration file that cannot be used)"})
final class ConfigCommand extends ScanningCommand {

    /** What each key is when nothing sets it, in the file's own words. */
    private static final Map<Key, String> DEFAULTS = Map.ofEntries(
            Map.entry(Key.FORMAT, "[text]"),
            Map.entry(Key.OUTPUT, "~  # default: standard output"),
            Map.entry(Key.UNKNOWN, "fail"),
            Map.entry(Key.RULES, "[]  # default: every rule"),
            Map.entry(Key.SKIP_RULES, "[]"),
            Map.entry(Key.EXCLUDE, "[]"),
            Map.entry(Key.PARAMETERS, "{}"),
            Map.entry(Key.PARAMETERS_FILES, "[]"),
            Map.entry(Key.VARS, "{}"),
            Map.entry(Key.VAR_FILES, "[]"),
            Map.entry(Key.WORKSPACE, "~  # default: the root's .terraform/environment, else \"default\""),
            Map.entry(Key.IGNORE_FILE, "~  # default: .isolint-ignore.yml from here up to the repository root, and in"
                    + " each scanned directory"),
            Map.entry(Key.BASE_PATH, ".  # default: the working directory"),
            Map.entry(Key.SOFT_FAIL, "false"),
            Map.entry(Key.STRICT, "false"),
            Map.entry(Key.LIMITS, "{}  # default: README \"Limits\""));

    @Mixin
    ReportOptions report;

    ConfigCommand(Map<String, String> environment, InputStream stdin) {
        super(environment, stdin);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Configuration effective;
        try {
            effective = effective(report.commandLine());
        } catch (ConfigurationException e) {
            return usageError(err, e);
        }
        PathFormatter paths = new PathFormatter(Path.of("").toAbsolutePath());
        out.println("# isolint configuration: command line over environment over "
                + (effective.file() == null ? "no configuration file" : paths.format(effective.file()))
                + " over defaults");
        for (Key k : Key.values()) {
            Value v = effective.value(k);
            if (v == null) {
                out.println(k.id() + ": " + DEFAULTS.get(k) + (DEFAULTS.get(k).contains("#") ? "" : "  # default"));
            } else if (k.kind() == Configuration.Kind.MAP) {
                out.println(k.id() + ":");
                for (Map.Entry<String, Value> e : effective.entries(k).entrySet()) {
                    out.println("  " + e.getKey() + ": " + e.getValue().value() + "  # " + source(e.getValue().source(), paths));
                }
            } else {
                out.println(k.id() + ": " + text(v.value(), paths) + "  # " + source(v.source(), paths));
            }
        }
        out.flush();
        return ExitCode.OK.code();
    }

    /** A value as the file would spell it: lists in brackets, paths as reports name them. */
    private static String text(Object value, PathFormatter paths) {
        if (value instanceof Path p) {
            return paths.format(p);
        }
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            for (Object o : list) {
                items.add(text(o, paths));
            }
            return "[" + String.join(", ", items) + "]";
        }
        return String.valueOf(value);
    }

    /** {@code .isolint.yml:3}, {@code command line}, {@code environment}. */
    static String source(Source s, PathFormatter paths) {
        return switch (s.kind()) {
            case FILE -> paths.format(s.file()) + ":" + s.line();
            case COMMAND_LINE -> "command line";
            case ENVIRONMENT -> "environment";
            case PLUGIN_PARAMETER -> "plugin parameter";
            default -> "default";
        };
    }
}
