package dev.isolint.cli;

import dev.isolint.core.model.Impact;
import dev.isolint.core.Isolint;
import dev.isolint.core.api.Configuration;
import dev.isolint.core.api.ConfigurationException;
import dev.isolint.core.api.Diagnostic;
import dev.isolint.core.api.ExitCode;
import dev.isolint.core.api.ScanRequest;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.internal.fix.Change;
import dev.isolint.core.internal.fix.FileFix;
import dev.isolint.core.internal.fix.FixJson;
import dev.isolint.core.internal.fix.FixPlan;
import dev.isolint.core.internal.fix.FixedResult;
import dev.isolint.core.internal.fix.Fixer;
import dev.isolint.core.internal.fix.NotFixed;
import dev.isolint.core.internal.fix.UnifiedDiff;
import dev.isolint.core.report.PathFormatter;
import dev.isolint.core.rule.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code isolint fix [PATH...]} (SPEC §13): scans as {@code scan} does, then prints the edits that make every
 * unsuppressed FAIL/UNKNOWN pass as a unified diff (or JSON), or with {@code --write} makes them and re-scans to
 * prove each fixed result passes. The edits themselves are the core's ({@link Fixer}); this only prints and writes.
 */
@Command(name = "fix", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Print the fix of every failing result as a unified diff (nothing is changed); --write applies it"
                + " and re-scans. Plans, generated files (cdk.out, .terraform/) and modules called more than once are"
                + " not edited: each is listed with the manual step.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:nothing left to fix",
            "1:without --write: there is something to fix; with --write: results remain that were not fixed,"
                    + " or a fixed result does not pass on the re-scan",
            "2:usage error or input error (wins over 1)"})
final class FixCommand extends ScanningCommand {

    /** The two outputs of {@code fix}. */
    enum Format { diff, json }

    @Option(names = {"-f", "--format"}, paramLabel = "diff|json", description = "Output: a unified diff (default) or a"
            + " JSON list of edits with file, range, old and new text and the results they fix.")
    Format format = Format.diff;

    @Option(names = "--write", description = "Make the edits, then re-scan the same paths: exit 1 when a fixed result"
            + " does not pass.")
    boolean write;

    @Option(names = "--shared-modules", description = "Also edit a block in a module called more than once (the edit"
            + " changes it for every caller).")
    boolean sharedModules;

    FixCommand(Map<String, String> environment, InputStream stdin) {
        super(environment, stdin);
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Configuration effective;
        try {
            // The file's format, output and soft-fail are the scan report's; fix prints its own output.
            effective = effective(Configuration.builder(Configuration.Source.COMMAND_LINE));
        } catch (ConfigurationException e) {
            return usageError(err, e);
        }
        if (scan.paths.contains("-")) {
            // The edits go to files: standard input has none to write, and a --stdin-filename may name a file on disk
            // whose text is not what was scanned.
            return usageError(err, "fix edits files: name them instead of reading standard input (\"-\")");
        }
        ScanRequest request = request(effective);
        ScanResult result = Isolint.scan(request);
        printCauses(result, err);
        PathFormatter paths = new PathFormatter(request.basePath());
        printErrors(result, paths, err);
        FixPlan plan = Fixer.plan(result, sharedModules);
        if (format == Format.json) {
            FixJson.write(plan, paths, out);
        } else if (!write) {
            for (FileFix file : plan.files()) {
                out.print(UnifiedDiff.of(file, paths.format(file.file())));
            }
        }
        PrintWriter messages = write ? out : err; // a dry run's standard output is the diff alone
        boolean failed = !plan.notFixed().isEmpty();
        if (write) {
            for (FileFix file : plan.files()) {
                Files.write(file.file(), file.newBytes());
            }
            boolean proven = proven(plan, Isolint.scan(request), paths, err);
            failed |= !proven;
            if (format == Format.diff) {
                describe(plan, paths, messages);
                if (proven && !plan.fixed().isEmpty()) {
                    out.println("isolint: re-scanned: all " + plan.fixed().size() + " fixed results pass");
                }
            }
        } else {
            failed |= !plan.files().isEmpty();
            if (format == Format.diff) {
                describe(plan, paths, messages);
            }
        }
        out.flush();
        err.flush();
        if (!result.errors().isEmpty()) {
            return ExitCode.ERROR.code();
        }
        return failed ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
    }

    /** What the plan fixes (with hazards and notes) and leaves (with the manual step), one line each. */
    private void describe(FixPlan plan, PathFormatter paths, PrintWriter w) {
        String verb = write ? "fixed" : "would fix";
        Set<String> notes = new LinkedHashSet<>();
        for (FileFix file : plan.files()) {
            for (Change c : file.changes()) {
                for (String n : c.notes()) {
                    notes.add(paths.format(file.file()) + ":" + file.range(c).line() + ": " + n);
                }
            }
        }
        for (FixedResult f : plan.fixed()) {
            w.println("isolint: " + verb + ": " + name(f.finding(), paths));
            for (Impact.Hazard h : f.hazards()) {
                w.println("  hazard " + h.kind().id() + ": " + h.message());
            }
        }
        for (String n : notes) {
            w.println("isolint: note: " + n);
        }
        for (NotFixed n : plan.notFixed()) {
            w.println("isolint: not fixed: " + name(n.finding(), paths) + ": " + n.reason() + ". Manual step: "
                    + n.manualStep());
        }
        if (plan.nothingToDo()) {
            w.println("isolint: nothing to fix");
        }
    }

    /** True when every result the plan fixed passes in {@code after}; each one that does not is named on {@code err}. */
    private static boolean proven(FixPlan plan, ScanResult after, PathFormatter paths, PrintWriter err) {
        List<FixPlan.Unproven> unproven = plan.unproven(after);
        for (FixPlan.Unproven u : unproven) {
            err.println("isolint: still " + (u.now() == null ? "missing" : u.now().verdict()) + " after the fix: "
                    + name(u.fixed().finding(), paths));
        }
        return unproven.isEmpty();
    }

    private static String name(Finding f, PathFormatter paths) {
        return paths.format(f.resource().location().file()) + ":" + f.resource().location().line() + " "
                + f.resource().address() + paths.callPathSuffix(f.resource()) + " " + f.rule().id() + " "
                + f.verdict();
    }

    private static void printErrors(ScanResult result, PathFormatter paths, PrintWriter err) {
        for (Diagnostic d : result.errors()) {
            err.println("isolint: " + paths.format(d.location().file()) + ":" + d.location().line() + ":"
                    + d.location().column() + ": " + d.message());
        }
    }
}
