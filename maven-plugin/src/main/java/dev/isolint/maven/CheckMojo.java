package dev.isolint.maven;

import dev.isolint.core.Isolint;
import dev.isolint.core.api.Configuration;
import dev.isolint.core.api.Configuration.Key;
import dev.isolint.core.api.ConfigurationException;
import dev.isolint.core.api.Diagnostic;
import dev.isolint.core.api.ExitCode;
import dev.isolint.core.api.Limits;
import dev.isolint.core.api.RuleSelection;
import dev.isolint.core.api.ScanRequest;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.api.UnknownPolicy;
import dev.isolint.core.api.VariableInput;
import dev.isolint.core.model.Evidence;
import dev.isolint.core.report.PathFormatter;
import dev.isolint.core.report.Reporter;
import dev.isolint.core.report.Reports;
import dev.isolint.core.rule.Finding;
import dev.isolint.core.rule.Verdict;
import dev.isolint.maven.internal.FindingMessages;
import dev.isolint.maven.internal.ProjectRoot;
import dev.isolint.maven.internal.ReportFiles;
import dev.isolint.maven.internal.SourceSelection;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Fails the build when a resource in the project's CloudFormation templates, Terraform configurations or Terraform
 * plans fails one of isolint's rules ({@code isolint explain RULE} tells why and how to fix it). Each project of a reactor scans its own
 * base directory without its child modules, so a build from the root reads every file exactly once. The settings of
 * the repository's {@code .isolint.yml} apply where a parameter is not set, as they do for the CLI.
 *
 * @since 1.0.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractMojo {

    /**
     * Skips the check.
     *
     * @since 1.0.0
     */
    @Parameter(property = "isolint.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Whether a failing finding (FAIL, or UNKNOWN under {@code unknown=fail}) fails the build. When false, findings
     * are logged as warnings and the build goes on. Input errors fail the build either way.
     *
     * @since 1.0.0
     */
    @Parameter(property = "isolint.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /**
     * What an UNKNOWN verdict (a value that cannot be known before deployment) does: {@code fail} counts it as a
     * violation, {@code warn} only reports it. Default: the configuration file's {@code unknown}, else {@code fail}.
     *
     * @since 1.0.0
     */
    @Parameter(property = "isolint.unknown")
    private String unknown;

    /**
     * Directories (or files) to scan. Default: the project's base directory. Its build directory and the
     * directories of the project's own {@code <modules>} are left out, as those modules scan themselves.
     *
     * @since 1.0.0
     */
    @Parameter(property = "isolint.sourceDirectories")
    private List<File> sourceDirectories;

    /**
     * Glob patterns a file must match to be scanned (default: every file). Matched like {@code excludes}.
     *
     * @since 1.0.0
     */
    @Parameter(property = "isolint.includes")
    private List<String> includes;

    /**
     * Glob patterns of files and directories to skip, matched against the path relative to the base directory,
     * the absolute path and the file name, e.g. {@code examples/**} or {@code *.draft.yaml}. Set, they replace the
     * configuration file's {@code exclude} list.
     *
     * @since 1.0.0
     */
    @Parameter(property = "isolint.excludes")
    private List<String> excludes;

    /**
     * CloudFormation parameter values ({@code <Environment>prod</Environment>}), as a deployment would pass them.
     *
     * @since 1.0.0
     */
    @Parameter
    private Map<String, String> parameters;

    /**
     * Terraform variable values ({@code <isolate>true</isolate>}), as {@code -var} would pass them; they win over
     * {@code varFiles}.
     *
     * @since 1.0.0
     */
    @Parameter
    private Map<String, String> variables;

    /**
     * Terraform variable files ({@code .tfvars}, {@code .tfvars.json}), applied in order, before {@code variables}.
     *
     * @since 1.0.0
     */
    @Parameter(property = "isolint.varFiles")
    private List<File> varFiles;

    /**
     * The Terraform workspace, the value of {@code terraform.workspace}, as the CLI's {@code --workspace NAME} sets
     * it. Default, as in Terraform: the {@code TF_WORKSPACE} environment variable, else the root module's
     * {@code .terraform/environment}, else {@code default}.
     *
     * @since 1.0.0
     */
    @Parameter(property = "isolint.workspace")
    private String workspace;

    /**
     * Limits on input size and evaluation work, as the CLI's {@code --limit NAME=VALUE} sets them
     * ({@code <limits><file-size>512m</file-size><depth>100</depth></limits>}); the camel-case spelling
     * ({@code <fileSize>}) is accepted too. Names and defaults: README, "Limits". An unknown name or a bad
     * value fails the build before scanning.
     *
     * @since 1.0.0
     */
    @Parameter
    private Map<String, String> limits;

    /**
     * Where the {@code outputFormat} report is written. Default: {@code ${project.build.directory}/isolint.<ext>}, the
     * extension following the format ({@code isolint.sarif}, {@code isolint.json}, {@code isolint.xml} for junit,
     * {@code isolint.txt}, {@code isolint.gitlab.json}).
     *
     * @since 1.0.0
     */
    @Parameter(property = "isolint.outputFile")
    private File outputFile;

    /**
     * The report's format: {@code sarif} (default), {@code json}, {@code junit}, {@code text} or {@code gitlab}.
     * When {@code formats} is set too, this report is written only if this or {@code outputFile} is set.
     *
     * @since 1.0.0
     */
    @Parameter(property = "isolint.outputFormat")
    private String outputFormat;

    /**
     * Reports to write from the one scan, each to {@code ${project.build.directory}/isolint.<ext>}: {@code sarif},
     * {@code json}, {@code junit} ({@code isolint.xml}), {@code text} ({@code isolint.txt}), {@code gitlab}
     * ({@code isolint.gitlab.json}). Set, they replace the default SARIF report.
     *
     * @since 1.0.0
     */
    @Parameter(property = "isolint.formats")
    private List<String> formats;

    /**
     * The configuration file ({@code .isolint.yml}, README "Configuration file"), whose settings apply where a
     * parameter is not set. Default: {@code .isolint.yml} in the project's base directory, else the nearest parent
     * directory up to the repository root (the directory holding {@code .git}), else up to the top-level project.
     *
     * @since 1.0.0
     */
    @Parameter(property = "isolint.configFile")
    private File configFile;

    /**
     * The ignore file (accepted risks, a baseline); only this file is read. Default: the configuration file's
     * {@code ignore-file}, else {@code .isolint-ignore.yml} found like the configuration file, so a baseline at the
     * repository root holds in every module, and in each scanned directory.
     *
     * @since 1.0.0
     */
    @Parameter(property = "isolint.ignoreFile")
    private File ignoreFile;

    /**
     * Paths in the reports are relative to this directory. Default: the configuration file's {@code base-path}, else
     * the repository root (the directory holding {@code .git} above the project), else the top-level project's
     * directory, so that SARIF and GitLab reports name repository paths ({@code svc-b/infra/template.yaml}).
     *
     * @since 1.0.0
     */
    @Parameter(property = "isolint.basePath")
    private File basePath;

    /**
     * Run only these rules (ids or slugs, e.g. {@code ISO001}, {@code sagemaker-model-network-isolation}). Default:
     * the configuration file's {@code rules}, else every rule. An unknown name fails the build.
     *
     * @since 1.0.0
     */
    @Parameter(property = "isolint.rules")
    private List<String> rules;

    /**
     * Leave these rules out (ids or slugs). Default: the configuration file's {@code skip-rules}, else none.
     *
     * @since 1.0.0
     */
    @Parameter(property = "isolint.skipRules")
    private List<String> skipRules;

    /**
     * Findings do not fail the build (they are logged as warnings); input errors still do. As
     * {@code failOnViolation=false}, by the name Checkov and tfsec users know; also {@code soft-fail: true} in the
     * configuration file.
     *
     * @since 1.0.0
     */
    @Parameter(property = "isolint.softFail", defaultValue = "false")
    private boolean softFail;

    /**
     * Input that is not scanned (a remote Terraform module not downloaded into {@code .terraform/modules}) fails the
     * build as an input error instead of being a warning. Also {@code strict: true} in the configuration file.
     *
     * @since 1.0.0
     */
    @Parameter(property = "isolint.strict", defaultValue = "false")
    private boolean strict;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true)
    private MavenSession session;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("isolint: skipped");
            return;
        }
        Path basedir = project.getBasedir().toPath().toAbsolutePath().normalize();
        Configuration effective = effective(basedir);
        UnknownPolicy policy = effective.unknownPolicy();
        boolean soft = effective.flag(Key.SOFT_FAIL) || !failOnViolation;
        List<Reports.Destination> reports = reports();
        ScanRequest request = request(basedir, effective);
        FindingMessages messages = new FindingMessages(basedir);

        ScanResult result = Isolint.scan(request);
        // Log first: should a report not be writable, the findings are still in the build log.
        log(result, policy, soft, messages, reports);
        writeReports(reports, result, policy, request.basePath(), soft);

        ExitCode outcome = result.exitCode(policy, soft);
        List<Finding> failing = result.findings().stream().filter(f -> ScanResult.failsRun(f, policy)).toList();
        if (outcome == ExitCode.ERROR) {
            // Broken input wins, as exit code 2 wins over 1 in the CLI; the findings still go into the message.
            String also = !soft && !failing.isEmpty() ? System.lineSeparator() + messages.failure(failing) : "";
            throw new MojoExecutionException(messages.inputErrors(result.errors()) + also);
        }
        if (outcome == ExitCode.FINDINGS) {
            throw new MojoFailureException(messages.failure(failing));
        }
    }

    /**
     * The settings of this execution: the parameters over the environment over the configuration file over the
     * defaults, laid over each other by the code the CLI uses (package-private for tests).
     */
    Configuration effective(Path basedir) throws MojoExecutionException {
        Configuration file;
        try {
            file = Isolint.configuration(basedir, configFile != null ? configFile.toPath() : root(basedir).configFile());
        } catch (ConfigurationException e) {
            throw new MojoExecutionException("isolint: " + new FindingMessages(basedir).paths().format(e.file()) + ":"
                    + e.line() + ": " + e.reason(), e);
        }
        return parameters(basedir).over(Configuration.environment(System.getenv())).over(file);
    }

    /** The layer the parameters make: each one that is set, with "plugin parameter" as its source. */
    private Configuration parameters(Path basedir) throws MojoExecutionException {
        if (workspace != null && workspace.isBlank()) {
            throw new MojoExecutionException("isolint: workspace must name a workspace, or be left out");
        }
        try {
            RuleSelection.of(nonNull(rules), nonNull(skipRules), "rules", "skipRules");
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("isolint: " + e.getMessage());
        }
        Configuration.Builder b = Configuration.builder(new Configuration.Source(Configuration.Origin.PLUGIN_PARAMETER, null, 0))
                .string(Key.UNKNOWN, unknownPolicy()).list(Key.RULES, strip(rules)).list(Key.SKIP_RULES, strip(skipRules))
                .list(Key.EXCLUDE, nonNull(excludes)).path(Key.IGNORE_FILE, absolute(basedir, ignoreFile))
                .path(Key.BASE_PATH, absolute(basedir, basePath)).flag(Key.SOFT_FAIL, softFail).flag(Key.STRICT, strict)
                .string(Key.WORKSPACE, workspace == null ? null : workspace.strip());
        List<Path> tfvars = new ArrayList<>();
        for (Path f : files(varFiles)) {
            tfvars.add(basedir.resolve(f));
        }
        b.paths(Key.VAR_FILES, tfvars);
        entries(b, Key.PARAMETERS, parameters);
        entries(b, Key.VARS, variables);
        for (Map.Entry<String, String> e : limitSettings(limits).entrySet()) {
            b.entry(Key.LIMITS, e.getKey(), e.getValue());
        }
        return b.build();
    }

    /** The scan request the effective settings describe (package-private for tests). */
    ScanRequest request(Path basedir, Configuration effective) throws MojoExecutionException {
        SourceSelection sources = SourceSelection.of(basedir, files(sourceDirectories),
                Path.of(project.getBuild().getDirectory()), project.getModules());
        ScanRequest.Builder b = ScanRequest.builder().workingDirectory(basedir).environment(System.getenv());
        sources.roots().forEach(root -> b.path(root.toString()));
        try {
            b.configuration(effective);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("isolint: " + e.getMessage());
        }
        // The parameters' own variables after the file's, so they win: files first, then values.
        if (effective.source(Key.VAR_FILES).kind() == Configuration.Origin.PLUGIN_PARAMETER) {
            effective.paths(Key.VAR_FILES).forEach(f -> b.variable(new VariableInput.VarFile(f)));
        }
        effective.entries(Key.VARS).forEach((name, v) -> {
            if (v.source().kind() == Configuration.Origin.PLUGIN_PARAMETER) {
                b.variable(new VariableInput.Var(name, (String) v.value()));
            }
        });
        // The child modules and the build directory are left out whatever the excludes say: they are not ours.
        sources.excludes().forEach(b::exclude);
        nonNull(includes).forEach(b::include);
        ProjectRoot root = root(basedir);
        if (!effective.has(Key.BASE_PATH)) {
            b.basePath(root.basePath());
        }
        if (!effective.has(Key.IGNORE_FILE)) {
            b.ignoreFile(root.ignoreFile()); // null: the scan's own lookup finds it
        }
        return b.build();
    }

    /** The reports to write; a format that is unknown or cannot go to a file fails the build before scanning. */
    private List<Reports.Destination> reports() throws MojoExecutionException {
        try {
            return ReportFiles.plan(outputFormat, outputFile == null ? null : outputFile.toPath(), strip(formats),
                    Path.of(project.getBuild().getDirectory()));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("isolint: " + e.getMessage());
        }
    }

    private ProjectRoot root(Path basedir) {
        MavenProject top = session == null ? null : session.getTopLevelProject();
        return new ProjectRoot(basedir, top == null || top.getBasedir() == null ? basedir : top.getBasedir().toPath());
    }

    /** The defaults changed by {@code settings} (names kebab- or camel-case); a bad entry fails the build. */
    static Limits limits(Map<String, String> settings) throws MojoExecutionException {
        Limits out = Limits.DEFAULT;
        for (Map.Entry<String, String> e : limitSettings(settings).entrySet()) {
            out = out.with(e.getKey(), e.getValue());
        }
        return out;
    }

    /** {@code settings} with the CLI's kebab-case names, each checked; a bad entry fails the build. */
    private static Map<String, String> limitSettings(Map<String, String> settings) throws MojoExecutionException {
        Map<String, String> out = new LinkedHashMap<>();
        if (settings == null) {
            return out;
        }
        for (Map.Entry<String, String> e : settings.entrySet()) {
            String name = e.getKey().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
            String value = e.getValue() == null ? "" : e.getValue();
            try {
                Limits.DEFAULT.with(name, value);
            } catch (IllegalArgumentException ex) {
                throw new MojoExecutionException("isolint: limits: " + ex.getMessage());
            }
            out.put(name, value);
        }
        return out;
    }

    /** The {@code unknown} parameter, checked, or {@code null} when it is not set. */
    private String unknownPolicy() throws MojoExecutionException {
        if (unknown == null) {
            return null;
        }
        String value = unknown.trim().toLowerCase(Locale.ROOT);
        if (!value.equals("fail") && !value.equals("warn")) {
            throw new MojoExecutionException("isolint: unknown must be 'fail' or 'warn', not '" + unknown + "'");
        }
        return value;
    }

    private void writeReports(List<Reports.Destination> reports, ScanResult result, UnknownPolicy policy, Path base,
            boolean soft) throws MojoExecutionException {
        try {
            Reports.write(result, new Reporter.Options(new PathFormatter(base), policy, false, false, false,
                    System.getenv(), soft), absolute(reports), Writer.nullWriter());
        } catch (IOException e) {
            throw new MojoExecutionException("isolint: " + e.getMessage(), e);
        }
    }

    /** ERROR for what fails the build, WARN for what is only reported, INFO for suppressed, DEBUG for PASS. */
    private void log(ScanResult result, UnknownPolicy policy, boolean soft, FindingMessages messages,
            List<Reports.Destination> reports) {
        for (Finding f : result.findings()) {
            Consumer<CharSequence> level;
            if (f.verdict() == Verdict.PASS) {
                level = getLog()::debug;
            } else if (f.suppressed()) {
                level = getLog()::info;
            } else if (!soft && ScanResult.failsRun(f, policy)) {
                level = getLog()::error;
            } else {
                level = getLog()::warn;
            }
            level.accept(messages.line(f));
            for (Evidence e : f.evidence()) {
                level.accept(messages.evidence(e));
            }
        }
        for (Diagnostic d : result.errors()) {
            getLog().error(messages.diagnostic(d));
            if (d.cause() != null && getLog().isDebugEnabled()) {
                // An internal error's stack trace, as the CLI's --debug prints it: only with mvn -X.
                getLog().debug(messages.diagnostic(d), d.cause());
            }
        }
        for (Diagnostic d : result.notices()) {
            getLog().warn(messages.diagnostic(d));
        }
        List<Path> files = new ArrayList<>();
        reports.forEach(d -> files.add(d.file()));
        getLog().info(messages.summary(result, files));
    }

    private static List<String> strip(List<String> list) {
        List<String> out = new ArrayList<>();
        for (String s : nonNull(list)) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** A map parameter's entries into the layer; an empty element ({@code <Name/>}) is the empty string. */
    private static void entries(Configuration.Builder b, Key key, Map<String, String> map) {
        if (map != null) {
            map.forEach((name, value) -> b.entry(key, name, value == null ? "" : value));
        }
    }

    private static Path absolute(Path basedir, File file) {
        return file == null ? null : basedir.resolve(file.toPath()).normalize();
    }

    private static List<Reports.Destination> absolute(List<Reports.Destination> reports) {
        List<Reports.Destination> out = new ArrayList<>();
        reports.forEach(d -> out.add(new Reports.Destination(d.format(), d.file().toAbsolutePath())));
        return out;
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static List<Path> files(List<File> list) {
        List<Path> out = new ArrayList<>();
        nonNull(list).forEach(f -> out.add(f.toPath()));
        return out;
    }
}
