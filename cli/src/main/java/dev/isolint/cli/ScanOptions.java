package dev.isolint.cli;

import dev.isolint.core.Limits;
import dev.isolint.core.ScanRequest;
import dev.isolint.core.Today;
import dev.isolint.core.UnknownPolicy;
import dev.isolint.core.VariableInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What to scan and with which inputs: shared by {@code scan} and {@code baseline}, so both judge alike. */
final class ScanOptions {

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or directories, walked recursively; \"-\" reads stdin.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--unknown", paramLabel = "fail|warn", description = "Whether UNKNOWN fails the run (default: fail).")
    UnknownPolicy unknown = UnknownPolicy.FAIL;

    @Option(names = "--parameter", paramLabel = "NAME=VALUE", description = "CloudFormation parameter value (repeatable).")
    List<String> parameters = new ArrayList<>();

    @Option(names = "--parameters-file", paramLabel = "FILE", description = "CloudFormation parameters file: [{\"ParameterKey\",\"ParameterValue\"}] or {\"Parameters\": {...}} (repeatable).")
    List<Path> parameterFiles = new ArrayList<>();

    private final List<VariableInput> variables = new ArrayList<>();

    @Option(names = "--var", paramLabel = "NAME=VALUE", description = "Terraform variable value (repeatable; applied in order with --var-file).")
    void var(String assignment) {
        String[] kv = split(assignment, "--var");
        variables.add(new VariableInput.Var(kv[0], kv[1]));
    }

    @Option(names = "--var-file", paramLabel = "FILE", description = "Terraform .tfvars or .tfvars.json file (repeatable).")
    void varFile(Path file) {
        variables.add(new VariableInput.VarFile(file));
    }

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Skip paths matching GLOB (repeatable).")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--ignore-file", paramLabel = "FILE",
            description = "Accepted risks; only FILE is read. By default isolint reads .isolint-ignore.yml in the"
                    + " working directory and in the directories scanned.")
    Path ignoreFile;

    @Option(names = "--limit", paramLabel = "NAME=VALUE",
            description = "Raise or lower one limit (repeatable): file-size (bytes, k/m suffix), files, depth,"
                    + " alias-expansion, string-length, tokens, module-depth, instances, evaluation-steps."
                    + " See README \"Limits\".")
    List<String> limits = new ArrayList<>();

    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    boolean debug;

    /** The scan request these options describe; reads standard input when a path is "-". */
    ScanRequest request(Map<String, String> environment, InputStream stdin) throws IOException {
        ScanRequest.Builder b = ScanRequest.builder().paths(paths).environment(environment).ignoreFile(ignoreFile)
                .today(today(environment)).limits(limits());
        for (String p : parameters) {
            String[] kv = split(p, "--parameter");
            b.parameter(kv[0], kv[1]);
        }
        // Loops, not forEach with method references: a lambda's first use costs a one-file scan milliseconds.
        for (Path f : parameterFiles) {
            b.parameterFile(f);
        }
        for (VariableInput v : variables) {
            b.variable(v);
        }
        for (String glob : excludes) {
            b.exclude(glob);
        }
        if (paths.contains("-")) {
            b.stdin(stdin.readAllBytes());
        }
        return b.build();
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
}
