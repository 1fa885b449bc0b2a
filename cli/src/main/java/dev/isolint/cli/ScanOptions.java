package dev.isolint.cli;

import dev.isolint.core.Isolint;
import dev.isolint.core.api.Configuration;
import dev.isolint.core.api.Configuration.Key;
import dev.isolint.core.api.ConfigurationException;
import dev.isolint.core.api.Limits;
import dev.isolint.core.api.RuleSelection;
import dev.isolint.core.api.ScanRequest;
import dev.isolint.core.api.Today;
import dev.isolint.core.api.UnknownPolicy;
import dev.isolint.core.api.VariableInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Stack;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What to scan and with which inputs: shared by {@code scan} and {@code baseline}, so both judge alike. */
final class ScanOptions {

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or directories, walked recursively; \"-\" reads stdin.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--stdin-filename", paramLabel = "NAME",
            description = "With \"-\": the name standard input has in reports, and so its format: main.tf or"
                    + " x.tf.json is a one-file Terraform module; plan.json, stack.yaml are sniffed as a plan or"
                    + " template. Without it, standard input is sniffed as a template or plan.")
    String stdinFilename;

    @Option(names = "--unknown", paramLabel = "fail|warn", description = "Whether UNKNOWN fails the run (default: fail).")
    UnknownPolicy unknown;

    @Option(names = "--rule", paramLabel = "RULE",
            description = "Run only this rule (id or slug, any case; repeatable). Default: every rule.")
    List<String> rules = new ArrayList<>();

    @Option(names = "--skip-rule", paramLabel = "RULE", description = "Leave this rule out (id or slug; repeatable).")
    List<String> skipRules = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: .isolint.yml in the working directory, else the nearest"
                    + " parent up to the repository root). Command-line options win over it.")
    Path config;

    @Option(names = "--base-path", paramLabel = "DIR",
            description = "Paths in reports and messages are relative to DIR (default: the working directory);"
                    + " give the repository root so SARIF and GitLab reports name repository paths.")
    Path basePath;

    @Option(names = "--strict", description = "Input that is not scanned (a remote module not downloaded, standard"
            + " input that is not IaC) is an input error (exit 2), not a notice.")
    boolean strict;

    @Option(names = "--parameter", paramLabel = "NAME=VALUE", description = "CloudFormation parameter value (repeatable).")
    List<String> parameters = new ArrayList<>();

    @Option(names = "--parameters-file", paramLabel = "FILE", description = "CloudFormation parameters file: [{\"ParameterKey\",\"ParameterValue\"}] or {\"Parameters\": {...}} (repeatable).")
    List<Path> parameterFiles = new ArrayList<>();

    /** {@code --var} and {@code --var-file} together, in command-line order: Terraform applies them so. */
    private final List<VariableInput> variables = new ArrayList<>();

    @Option(names = "--var", paramLabel = "NAME=VALUE", parameterConsumer = InCommandLineOrder.class,
            description = "Terraform variable value (repeatable; applied in command-line order with --var-file).")
    void var(List<String> assignments) {
        for (String assignment : assignments) {
            String[] kv = split(assignment, "--var");
            variables.add(new VariableInput.Var(kv[0], kv[1]));
        }
    }

    @Option(names = "--var-file", paramLabel = "FILE", parameterConsumer = InCommandLineOrder.class,
            description = "Terraform .tfvars or .tfvars.json file (repeatable; applied in command-line order with --var).")
    void varFile(List<String> files) {
        for (String file : files) {
            Path path = QuickScanArguments.path(file);
            if (path == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--var-file: not a valid path: '" + file + "'");
            }
            variables.add(new VariableInput.VarFile(path));
        }
    }

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Skip paths matching GLOB (repeatable).")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--ignore-file", paramLabel = "FILE",
            description = "Accepted risks; only FILE is read. By default isolint reads .isolint-ignore.yml in the"
                    + " working directory (else the nearest parent up to the repository root) and in the directories"
                    + " scanned.")
    Path ignoreFile;

    @Option(names = "--limit", paramLabel = "NAME=VALUE",
            description = "Raise or lower one limit (repeatable): file-size (bytes, k/m suffix), files, depth,"
                    + " alias-expansion, string-length, tokens, module-depth, instances, evaluation-steps."
                    + " See README \"Limits\".")
    List<String> limits = new ArrayList<>();

    @Option(names = "--workspace", paramLabel = "NAME",
            description = "The value of terraform.workspace (default, as Terraform: TF_WORKSPACE, else the root's"
                    + " .terraform/environment, else \"default\").")
    String workspace;

    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    boolean debug;

    /**
     * The layer these options make: each option given on the command line, with {@link Configuration.Source#COMMAND_LINE}
     * as its source ({@code isolint config} shows it), to be laid over the environment and the configuration file.
     */
    Configuration commandLine(Configuration.Builder b) {
        limits(); // each --limit checked here, a usage error naming the option
        ruleSelection();
        b.list(Key.RULES, rules).list(Key.SKIP_RULES, skipRules).list(Key.EXCLUDE, excludes)
                .paths(Key.PARAMETERS_FILES, parameterFiles).path(Key.IGNORE_FILE, ignoreFile)
                .path(Key.BASE_PATH, basePath).string(Key.WORKSPACE, workspace())
                .string(Key.UNKNOWN, unknown == null ? null : unknown.name().toLowerCase(Locale.ROOT));
        if (strict) {
            b.flag(Key.STRICT, true);
        }
        for (String p : parameters) {
            String[] kv = split(p, "--parameter");
            b.entry(Key.PARAMETERS, kv[0], kv[1]);
        }
        List<Path> varFiles = new ArrayList<>();
        for (VariableInput v : variables) {
            if (v instanceof VariableInput.Var var) {
                b.entry(Key.VARS, var.name(), var.value());
            } else {
                varFiles.add(((VariableInput.VarFile) v).file());
            }
        }
        b.paths(Key.VAR_FILES, varFiles);
        for (String assignment : limits) {
            int eq = assignment.indexOf('=');
            b.entry(Key.LIMITS, assignment.substring(0, eq).strip(), assignment.substring(eq + 1));
        }
        return b.build();
    }

    /** The configuration file of this run ({@code --config}, else the nearest {@code .isolint.yml}). */
    Configuration file() throws ConfigurationException {
        return Isolint.configuration(Path.of("").toAbsolutePath(), config);
    }

    /**
     * The scan request the effective configuration describes (these options laid over the environment and the file);
     * reads standard input when a path is "-".
     */
    ScanRequest request(Configuration effective, Map<String, String> environment, InputStream stdin) throws IOException {
        // The effective configuration's settings, the file's variables among them; then the command line's own
        // --var/--var-file in their order, so that they win.
        ScanRequest.Builder b = ScanRequest.builder().paths(paths).environment(environment).today(today(environment))
                .configuration(effective);
        for (VariableInput v : variables) {
            b.variable(v);
        }
        if (paths.contains("-")) {
            b.stdin(stdin.readAllBytes());
        }
        return b.stdinFilename(stdinFilename()).build();
    }

    /** Whether UNKNOWN fails the run under the effective configuration. */
    static UnknownPolicy unknown(Configuration effective) {
        return effective.unknownPolicy();
    }

    /** The {@code --workspace}, or {@code null} to find it as Terraform does; an empty name is a usage error. */
    String workspace() {
        if (workspace != null && workspace.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--workspace needs a workspace name");
        }
        return workspace;
    }

    /**
     * The {@code --stdin-filename}, or {@code null}; a usage error when it names no file or when no path is
     * {@code "-"}, as it would then silently name nothing.
     */
    String stdinFilename() {
        if (stdinFilename == null) {
            return null;
        }
        Path name = QuickScanArguments.path(stdinFilename);
        if (stdinFilename.isBlank() || name == null || name.getFileName() == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--stdin-filename needs a file name, e.g. main.tf, got '" + stdinFilename + "'");
        }
        if (!paths.contains("-")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--stdin-filename names standard input: add \"-\" to the paths to read it");
        }
        return stdinFilename;
    }

    /** The defaults changed by every {@code --limit}, in order; a bad one is a usage error (exit 2). */
    Limits limits() {
        Limits out = Limits.DEFAULT;
        for (String assignment : limits) {
            try {
                out = out.with(assignment);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--limit " + e.getMessage());
            }
        }
        return out;
    }

    /** The {@code --rule}/{@code --skip-rule} selection of the command line alone; an unknown name is a usage error. */
    RuleSelection ruleSelection() {
        try {
            return RuleSelection.of(rules, skipRules);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /**
     * Today's date, against which suppressions expire and which a baseline records. The
     * reproducible-builds variable {@code SOURCE_DATE_EPOCH} fixes it, so a rerun of an old CI job
     * judges expiry as it did then.
     */
    Today today(Map<String, String> environment) {
        String epoch = environment.get("SOURCE_DATE_EPOCH");
        if (epoch == null || epoch.isBlank()) {
            return Today.system();
        }
        try {
            return Today.fixed(LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(epoch.strip())), ZoneOffset.UTC));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "SOURCE_DATE_EPOCH must be a number of seconds, got '" + epoch + "'");
        }
    }

    private String[] split(String assignment, String option) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " expects NAME=VALUE, got '" + assignment + "'");
        }
        return new String[] {assignment.substring(0, eq), assignment.substring(eq + 1)};
    }

    /**
     * Takes one value of a repeatable option each time it is given and hands it, alone, to the option's
     * setter (which takes a list, so that picocli's model knows the option repeats), so that values go in
     * command-line order into a list shared with another option: {@code --var} and {@code --var-file}, applied
     * as Terraform applies {@code -var} and {@code -var-file}. Left to itself picocli would hand a setter the
     * option's values so far each time, or take a single-value setter only once. A list field needs no
     * consumer: picocli repeats it and keeps its values in order.
     */
    static final class InCommandLineOrder implements CommandLine.IParameterConsumer {
        @Override
        public void consumeParameters(Stack<String> args, CommandLine.Model.ArgSpec argSpec,
                CommandLine.Model.CommandSpec commandSpec) {
            CommandLine.Model.OptionSpec option = (CommandLine.Model.OptionSpec) argSpec;
            // picocli's own words for a missing value.
            if (args.isEmpty()) {
                throw new CommandLine.MissingParameterException(commandSpec.commandLine(), argSpec,
                        "Missing required parameter for option '" + option.longestName() + "' (" + option.paramLabel() + ")");
            }
            if (isOption(args.peek(), commandSpec)) {
                throw new CommandLine.MissingParameterException(commandSpec.commandLine(), argSpec,
                        "Expected parameter for option '" + option.longestName() + "' but found '" + args.peek() + "'");
            }
            List<String> value = new ArrayList<>(1);
            value.add(args.pop());
            argSpec.setValue(value);
        }

        /** Whether {@code arg} is one of the command's options ({@code --name} or {@code --name=value}), not a value. */
        private static boolean isOption(String arg, CommandLine.Model.CommandSpec commandSpec) {
            int eq = arg.indexOf('=');
            return commandSpec.optionsMap().containsKey(eq > 0 ? arg.substring(0, eq) : arg);
        }
    }
}
