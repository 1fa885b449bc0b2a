package dev.isolint.maven;

import dev.isolint.core.api.Diagnostic;
import dev.isolint.core.api.ExitCode;
import dev.isolint.core.Isolint;
import dev.isolint.core.api.Limits;
import dev.isolint.core.api.ScanRequest;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.api.UnknownPolicy;
import dev.isolint.core.api.VariableInput;
import dev.isolint.core.model.Evidence;
import dev.isolint.core.report.Reporter;
import dev.isolint.core.report.ReportFormat;
import dev.isolint.core.report.Reports;
import dev.isolint.core.rule.Finding;
import dev.isolint.core.rule.Verdict;
import dev.isolint.maven.internal.FindingMessages;
import dev.isolint.maven.internal.SourceSelection;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
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
 * base directory without its child modules, so a build from the root reads every file exactly once.
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
     * violation, {@code warn} only reports it.
     *
     * @since 1.0.0
     */
    @Parameter(property = "isolint.unknown", defaultValue = "fail")
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
     * the absolute path and the file name, e.g. {@code examples/**} or {@code *.draft.yaml}.
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
     * Where the report is written.
     *
     * @since 1.0.0
     */
    @Parameter(property = "isolint.outputFile", defaultValue = "${project.build.directory}/isolint.sarif")
    private File outputFile;

    /**
     * The report's format: {@code sarif}, {@code json} or {@code text}.
     *
     * @since 1.0.0
     */
    @Parameter(property = "isolint.outputFormat", defaultValue = "sarif")
    private String outputFormat;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("isolint: skipped");
            return;
        }
        UnknownPolicy policy = unknownPolicy();
        Limits bounds = limits(limits);
        ReportFormat format = ReportFormat.named(outputFormat.strip())
                .orElseThrow(() -> new MojoExecutionException(
                        "isolint: unknown outputFormat '" + outputFormat + "'; one of " + ReportFormat.names()));
        Path basedir = project.getBasedir().toPath().toAbsolutePath().normalize();
        FindingMessages messages = new FindingMessages(basedir);

        ScanResult result = Isolint.scan(request(basedir, bounds));
        // Log first: should the report not be writable, the findings are still in the build log.
        log(result, policy, messages);
        writeReport(format, result, policy, messages);

        ExitCode outcome = result.exitCode(policy);
        List<Finding> failing = result.findings().stream().filter(f -> ScanResult.failsRun(f, policy)).toList();
        if (outcome == ExitCode.ERROR) {
            // Broken input wins, as exit code 2 wins over 1 in the CLI; the findings still go into the message.
            String also = failOnViolation && !failing.isEmpty() ? System.lineSeparator() + messages.failure(failing) : "";
            throw new MojoExecutionException(messages.inputErrors(result.errors()) + also);
        }
        if (outcome == ExitCode.FINDINGS && failOnViolation) {
            throw new MojoFailureException(messages.failure(failing));
        }
    }

    /** The scan request the parameters describe (package-private for tests). */
    ScanRequest request(Path basedir, Limits bounds) throws MojoExecutionException {
        SourceSelection sources = SourceSelection.of(basedir, files(sourceDirectories),
                Path.of(project.getBuild().getDirectory()), project.getModules());
        if (workspace != null && workspace.isBlank()) {
            throw new MojoExecutionException("isolint: workspace must name a workspace, or be left out");
        }
        ScanRequest.Builder b = ScanRequest.builder().workingDirectory(basedir).environment(System.getenv())
                .limits(bounds).workspace(workspace == null ? null : workspace.strip());
        sources.roots().forEach(root -> b.path(root.toString()));
        sources.excludes().forEach(b::exclude);
        nonNull(includes).forEach(b::include);
        nonNull(excludes).forEach(b::exclude);
        if (parameters != null) {
            parameters.forEach(b::parameter);
        }
        files(varFiles).forEach(f -> b.variable(new VariableInput.VarFile(basedir.resolve(f))));
        if (variables != null) {
            variables.forEach((name, value) -> b.variable(new VariableInput.Var(name, value)));
        }
        return b.build();
    }

    /** The defaults changed by {@code settings} (names kebab- or camel-case); a bad entry fails the build. */
    static Limits limits(Map<String, String> settings) throws MojoExecutionException {
        Limits out = Limits.DEFAULT;
        if (settings == null) {
            return out;
        }
        for (Map.Entry<String, String> e : settings.entrySet()) {
            String name = e.getKey().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
            try {
                out = out.with(name, e.getValue() == null ? "" : e.getValue());
            } catch (IllegalArgumentException ex) {
                throw new MojoExecutionException("isolint: limits: " + ex.getMessage());
            }
        }
        return out;
    }

    private UnknownPolicy unknownPolicy() throws MojoExecutionException {
        String value = unknown == null ? "fail" : unknown.trim().toLowerCase(Locale.ROOT);
        if (!value.equals("fail") && !value.equals("warn")) {
            throw new MojoExecutionException("isolint: unknown must be 'fail' or 'warn', not '" + unknown + "'");
        }
        return value.equals("warn") ? UnknownPolicy.WARN : UnknownPolicy.FAIL;
    }

    private void writeReport(ReportFormat format, ScanResult result, UnknownPolicy policy, FindingMessages messages)
            throws MojoExecutionException {
        try {
            Reports.write(result, new Reporter.Options(messages.paths(), policy, false, false, false),
                    List.of(new Reports.Destination(format, outputFile.toPath().toAbsolutePath())), Writer.nullWriter());
        } catch (IOException e) {
            throw new MojoExecutionException("isolint: " + e.getMessage(), e);
        }
    }

    /** ERROR for what fails the build, WARN for what is only reported, INFO for suppressed, DEBUG for PASS. */
    private void log(ScanResult result, UnknownPolicy policy, FindingMessages messages) {
        for (Finding f : result.findings()) {
            Consumer<CharSequence> level;
            if (f.verdict() == Verdict.PASS) {
                level = getLog()::debug;
            } else if (f.suppressed()) {
                level = getLog()::info;
            } else if (failOnViolation && ScanResult.failsRun(f, policy)) {
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
        getLog().info(messages.summary(result, outputFile.toPath()));
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
