package dev.isolint.core.internal.fix;

import dev.isolint.core.api.ScanResult;
import dev.isolint.core.internal.source.SourceFile;
import dev.isolint.core.model.CallPath;
import dev.isolint.core.model.Range;
import dev.isolint.core.model.SourceFormat;
import dev.isolint.core.rule.Finding;
import dev.isolint.core.rule.Verdict;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code isolint fix} (SPEC §13): the edits that make every unsuppressed FAIL or UNKNOWN of a scan pass, made on
 * each file's text through the ranges its parser keeps, or the reason a result is left with the manual step. Nothing
 * is written here; {@link FileFix#newBytes()} is what a caller writes.
 */
public final class Fixer {

    private Fixer() {
    }

    /**
     * The plan for {@code result}. {@code sharedModules}: also edit a block in a module that is called more than
     * once (the edit reaches every caller).
     */
    public static FixPlan plan(ScanResult result, boolean sharedModules) {
        Map<String, Set<CallPath>> callers = callers(result.findings());
        List<NotFixed> notFixed = new ArrayList<>();
        Map<Path, List<Finding>> byFile = new TreeMap<>();
        for (Finding f : result.findings()) {
            if (f.suppressed() || f.verdict() == Verdict.PASS) {
                continue;
            }
            Refusal r = precheck(f, callers, sharedModules);
            if (r != null) {
                notFixed.add(new NotFixed(f, r.reason(), r.manualStep()));
            } else {
                byFile.computeIfAbsent(f.resource().location().file(), k -> new ArrayList<>()).add(f);
            }
        }
        List<FileFix> files = new ArrayList<>();
        List<FixedResult> fixed = new ArrayList<>();
        for (Map.Entry<Path, List<Finding>> e : byFile.entrySet()) {
            fixFile(e.getKey(), e.getValue(), files, fixed, notFixed);
        }
        return new FixPlan(files, fixed, notFixed);
    }

    private static Refusal precheck(Finding f, Map<String, Set<CallPath>> callers, boolean sharedModules) {
        Path file = f.resource().location().file();
        if (f.resource().format() == SourceFormat.TERRAFORM_PLAN) {
            return new Refusal("a Terraform plan is generated from the configuration",
                    "fix the configuration the plan was made from, then plan again");
        }
        if (file.equals(SourceFile.STDIN) || !file.isAbsolute()) {
            return new Refusal("read from standard input", "run isolint fix on the file itself");
        }
        Refusal generated = GeneratedFiles.refusal(file);
        if (generated != null) {
            return generated;
        }
        Set<CallPath> paths = callers.get(key(f));
        if (!sharedModules && paths != null && paths.size() > 1) {
            return new Refusal("the block is in a module reached through " + paths.size()
                    + " call paths; an edit there changes every caller",
                    "run isolint fix --shared-modules to edit it for all of them, or set it from each caller");
        }
        return null;
    }

    /** The call paths each Terraform block is reached through, whatever its verdict there. */
    private static Map<String, Set<CallPath>> callers(List<Finding> findings) {
        Map<String, Set<CallPath>> out = new HashMap<>();
        for (Finding f : findings) {
            if (f.resource().format() == SourceFormat.TERRAFORM && f.resource().callPath() != null) {
                out.computeIfAbsent(key(f), k -> new HashSet<>()).add(f.resource().callPath());
            }
        }
        return out;
    }

    private static String key(Finding f) {
        Range at = f.resource().location();
        return f.rule().id() + "\u0000" + at.file() + "\u0000" + at.line() + ":" + at.column();
    }

    private static void fixFile(Path file, List<Finding> findings, List<FileFix> files, List<FixedResult> fixed,
            List<NotFixed> notFixed) {
        SourceFile source;
        try {
            source = SourceFile.read(file);
        } catch (IOException e) {
            refuseAll(findings, new Refusal("cannot read the file again: " + e.getMessage(), "fix it by hand"), notFixed);
            return;
        }
        if (source.decodeError() != null) {
            refuseAll(findings, new Refusal("the file is not valid " + source.charset().name() + " ("
                    + source.decodeError() + "); rewriting it would change bytes the fix must keep",
                    "fix the encoding, or set the value by hand"), notFixed);
            return;
        }
        String text = source.text();
        byte[] bytes = source.bytes();
        byte[] body = text.getBytes(source.charset());
        int prefixLength = bytes.length - body.length;
        if (prefixLength < 0 || !Arrays.equals(bytes, prefixLength, bytes.length, body, 0, body.length)) {
            refuseAll(findings, new Refusal("the file's bytes do not survive decoding and encoding unchanged",
                    "set the value by hand"), notFixed);
            return;
        }
        FormatFixer fixer;
        try {
            fixer = fixerFor(file, text, findings.get(0).resource().format());
        } catch (Refusal r) {
            refuseAll(findings, r, notFixed);
            return;
        }
        List<Change> changes = new ArrayList<>();
        List<Finding> fixing = new ArrayList<>();
        for (Finding f : findings) {
            try {
                FormatFixer.Fix fix = fixer.fix(f);
                List<Change> merged = new ArrayList<>(changes);
                for (Change c : fix.changes()) {
                    merge(merged, c);
                }
                changes.clear();
                changes.addAll(merged);
                fixing.add(f);
            } catch (Refusal r) {
                notFixed.add(new NotFixed(f, r.reason(), r.manualStep()));
            }
        }
        if (changes.isEmpty()) {
            return;
        }
        FileFix fileFix = new FileFix(file, text, source.charset(), Arrays.copyOf(bytes, prefixLength), changes,
                fixer.source());
        if (!fixer.parses(file, fileFix.newText())) {
            refuseAll(fixing, new Refusal("the edited file would not parse (an isolint bug:"
                    + " please report it)", "set the value by hand"), notFixed);
            return;
        }
        files.add(fileFix);
        for (Finding f : fixing) {
            fixed.add(new FixedResult(f));
        }
    }

    /** Adds {@code c} to {@code changes}, joined with the same edit of another call path; refused when it overlaps one. */
    private static void merge(List<Change> changes, Change c) throws Refusal {
        for (int i = 0; i < changes.size(); i++) {
            Change other = changes.get(i);
            if (c.sameEdit(other)) {
                changes.set(i, other.alsoFixing(c));
                return;
            }
            if (c.overlaps(other)) {
                throw new Refusal("its edit overlaps the edit of " + other.fixes().get(0).resource().address(),
                        "run isolint fix again after this run's edits");
            }
        }
        changes.add(c);
    }

    private static FormatFixer fixerFor(Path file, String text, SourceFormat format) throws Refusal {
        if (format == SourceFormat.CLOUDFORMATION) {
            return new TemplateFixer(file, text);
        }
        String name = file.getFileName().toString();
        if (name.endsWith(".tf.json")) {
            return new TerraformJsonFixer(file, text);
        }
        return new HclFixer(file, text);
    }

    private static void refuseAll(List<Finding> findings, Refusal r, List<NotFixed> notFixed) {
        for (Finding f : findings) {
            notFixed.add(new NotFixed(f, r.reason(), r.manualStep()));
        }
    }
}
