package dev.isolint.core.api;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a scan needs, as the CLI and the Maven plugin translate it from their options.
 *
 * @param paths             files or directories; {@code "-"} reads {@link #stdin()}
 * @param stdin             the standard input's content when a path is {@code "-"}, else {@code null}
 * @param parameters        CloudFormation {@code --parameter NAME=VALUE}, applied after parameter files
 * @param parameterFiles    CloudFormation {@code --parameters-file} (list or template-configuration form)
 * @param variables         Terraform {@code --var} / {@code --var-file}, in command-line order
 * @param environment       process environment ({@code TF_VAR_name})
 * @param includes          glob patterns a walked file must match to be read (empty: every file), matched like
 *                          {@code excludes}; files named directly in {@code paths} are always read
 * @param excludes          glob patterns of paths to skip, matched against paths relative to the working directory
 * @param ignoreFile        an explicit ignore file, or {@code null} for {@code .isolint-ignore.yml} at the scan roots
 * @param workingDirectory  the directory report paths are relative to
 * @param today             the date suppressions' expiry is judged against, found out when first asked
 * @param limits            bounds on input size and evaluation work ({@code --limit NAME=VALUE})
 * @param workspace         the value of {@code terraform.workspace} ({@code --workspace}), or {@code null} to find it
 *                          as Terraform does: {@code TF_WORKSPACE}, else the root's {@code .terraform/environment},
 *                          else {@code default}
 * @param stdinFilename     the name standard input's content has in reports, and so its format
 *                          ({@code --stdin-filename}), or {@code null} to sniff it as a template or plan
 * @param rules             the rules that run ({@code --rule} / {@code --skip-rule}); a rule that is off yields no result
 * @param basePath          the directory report paths and messages are relative to ({@code --base-path}); by default
 *                          the working directory
 * @param strict            whether input that is not scanned (a remote module not downloaded, standard input that is
 *                          not IaC) is an input error rather than a notice ({@code --strict})
 */
public record ScanRequest(
        List<String> paths,
        byte[] stdin,
        Map<String, String> parameters,
        List<Path> parameterFiles,
        List<VariableInput> variables,
        Map<String, String> environment,
        List<String> includes,
        List<String> excludes,
        Path ignoreFile,
        Path workingDirectory,
        Today today,
        Limits limits,
        String workspace,
        String stdinFilename,
        RuleSelection rules,
        Path basePath,
        boolean strict) {

    public ScanRequest {
        paths = List.copyOf(paths);
        parameters = Map.copyOf(parameters);
        parameterFiles = List.copyOf(parameterFiles);
        variables = List.copyOf(variables);
        environment = Map.copyOf(environment);
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(rules, "rules");
        basePath = basePath == null ? workingDirectory : workingDirectory.resolve(basePath).toAbsolutePath().normalize();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a request; every field has a sensible default (scan ".", no inputs, today's date). */
    public static final class Builder {
        private final List<String> paths = new ArrayList<>();
        private byte[] stdin;
        private final Map<String, String> parameters = new LinkedHashMap<>();
        private final List<Path> parameterFiles = new ArrayList<>();
        private final List<VariableInput> variables = new ArrayList<>();
        private Map<String, String> environment = Map.of();
        private final List<String> includes = new ArrayList<>();
        private final List<String> excludes = new ArrayList<>();
        private Path ignoreFile;
        private Path workingDirectory = Path.of("").toAbsolutePath();
        private Today today = Today.system();
        private Limits limits = Limits.DEFAULT;
        private String workspace;
        private String stdinFilename;
        private RuleSelection rules = RuleSelection.ALL;
        private Path basePath;
        private boolean strict;

        public Builder path(String path) {
            paths.add(path);
            return this;
        }

        public Builder paths(List<String> more) {
            paths.addAll(more);
            return this;
        }

        public Builder stdin(byte[] content) {
            this.stdin = content;
            return this;
        }

        public Builder parameter(String name, String value) {
            parameters.put(name, value);
            return this;
        }

        public Builder parameterFile(Path file) {
            parameterFiles.add(file);
            return this;
        }

        public Builder variable(VariableInput input) {
            variables.add(input);
            return this;
        }

        public Builder environment(Map<String, String> env) {
            this.environment = env;
            return this;
        }

        public Builder include(String glob) {
            includes.add(glob);
            return this;
        }

        public Builder exclude(String glob) {
            excludes.add(glob);
            return this;
        }

        public Builder ignoreFile(Path file) {
            this.ignoreFile = file;
            return this;
        }

        public Builder workingDirectory(Path dir) {
            this.workingDirectory = dir.toAbsolutePath().normalize();
            return this;
        }

        public Builder today(LocalDate date) {
            this.today = Today.fixed(date);
            return this;
        }

        public Builder today(Today date) {
            this.today = date;
            return this;
        }

        public Builder limits(Limits bounds) {
            this.limits = bounds;
            return this;
        }

        /** The value of {@code terraform.workspace}; {@code null} finds it as Terraform does. */
        public Builder workspace(String name) {
            this.workspace = name;
            return this;
        }

        /** The name standard input has in reports (and so its format); {@code null} sniffs it. */
        public Builder stdinFilename(String name) {
            this.stdinFilename = name;
            return this;
        }

        /** The rules that run; {@link RuleSelection#ALL} by default. */
        public Builder rules(RuleSelection selection) {
            this.rules = selection;
            return this;
        }

        /** The directory report paths are relative to (resolved against the working directory); {@code null}: that one. */
        public Builder basePath(Path dir) {
            this.basePath = dir;
            return this;
        }

        /** Whether input that is not scanned is an input error ({@code --strict}). */
        public Builder strict(boolean on) {
            this.strict = on;
            return this;
        }

        /**
         * Sets what the effective configuration of a run gives (SPEC §14), so that the CLI and the Maven plugin apply
         * the precedence face &gt; environment &gt; {@code .isolint.yml} &gt; default by this one piece of code: the
         * ignore file, base path, strictness, rules, limits, excludes, CloudFormation parameters and the workspace.
         * Of the Terraform variables only the file's are added here (its variables files, then its values not
         * overridden by the face); the face adds its own afterwards, in its own order, so they win. A workspace from
         * the environment is left to the scan, which reads {@code TF_WORKSPACE} itself.
         *
         * @throws IllegalArgumentException a rule name or limit the face did not check first
         */
        public Builder configuration(Configuration effective) {
            ignoreFile(effective.path(Configuration.Key.IGNORE_FILE));
            basePath(effective.path(Configuration.Key.BASE_PATH));
            strict(effective.flag(Configuration.Key.STRICT));
            rules(RuleSelection.of(effective.list(Configuration.Key.RULES), effective.list(Configuration.Key.SKIP_RULES)));
            Limits bounds = Limits.DEFAULT;
            // Loops, not forEach with method references: a lambda's first use costs a one-file scan milliseconds.
            for (Map.Entry<String, String> e : effective.map(Configuration.Key.LIMITS).entrySet()) {
                bounds = bounds.with(e.getKey(), e.getValue());
            }
            limits(bounds);
            for (Path f : effective.paths(Configuration.Key.PARAMETERS_FILES)) {
                parameterFile(f);
            }
            for (Map.Entry<String, String> p : effective.map(Configuration.Key.PARAMETERS).entrySet()) {
                parameter(p.getKey(), p.getValue());
            }
            if (effective.source(Configuration.Key.VAR_FILES).kind() == Configuration.Origin.FILE) {
                for (Path f : effective.paths(Configuration.Key.VAR_FILES)) {
                    variable(new VariableInput.VarFile(f));
                }
            }
            for (Map.Entry<String, Configuration.Value> v : effective.entries(Configuration.Key.VARS).entrySet()) {
                if (v.getValue().source().kind() == Configuration.Origin.FILE) {
                    variable(new VariableInput.Var(v.getKey(), (String) v.getValue().value()));
                }
            }
            for (String glob : effective.list(Configuration.Key.EXCLUDE)) {
                exclude(glob);
            }
            Configuration.Origin ws = effective.source(Configuration.Key.WORKSPACE).kind();
            workspace(ws == Configuration.Origin.DEFAULT || ws == Configuration.Origin.ENVIRONMENT
                    ? null : effective.string(Configuration.Key.WORKSPACE));
            return this;
        }

        public ScanRequest build() {
            List<String> p = paths.isEmpty() ? List.of(".") : paths;
            return new ScanRequest(p, stdin, parameters, parameterFiles, variables, environment, includes, excludes,
                    ignoreFile, workingDirectory, today, limits, workspace, stdinFilename, rules, basePath, strict);
        }
    }
}
