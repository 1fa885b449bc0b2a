package dev.isolint.core.internal.fix;

import dev.isolint.core.api.ScanResult;
import dev.isolint.core.rule.Finding;
import dev.isolint.core.rule.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What {@code isolint fix} would do for one scan: the files it edits, the results those edits fix, and the failing
 * results it leaves, each with the reason and the manual step.
 *
 * @param files    one entry per edited file, in path order
 * @param fixed    the results the edits fix, with their hazards
 * @param notFixed the unsuppressed FAIL/UNKNOWN results left as they are
 */
public record FixPlan(List<FileFix> files, List<FixedResult> fixed, List<NotFixed> notFixed) {

    public FixPlan {
        files = List.copyOf(files);
        fixed = List.copyOf(fixed);
        notFixed = List.copyOf(notFixed);
    }

    /**
     * The fixed results that do not pass in {@code after}, a scan of the same paths once the edits are written: the
     * proof {@code fix --write} gives (empty when it holds).
     */
    public List<Unproven> unproven(ScanResult after) {
        List<Unproven> out = new ArrayList<>();
        for (FixedResult f : fixed) {
            Finding now = sameResult(f.finding(), after);
            if (now == null || now.verdict() != Verdict.PASS) {
                out.add(new Unproven(f, now));
            }
        }
        return out;
    }

    /** The result of {@code after} with {@code f}'s rule, address, call path and file, or {@code null}. */
    private static Finding sameResult(Finding f, ScanResult after) {
        for (Finding g : after.findings()) {
            if (g.rule().id().equals(f.rule().id()) && g.resource().address().equals(f.resource().address())
                    && Objects.equals(g.resource().callPath(), f.resource().callPath())
                    && g.resource().location().file().equals(f.resource().location().file())) {
                return g;
            }
        }
        return null;
    }

    /**
     * A fixed result that does not pass after the edits.
     *
     * @param fixed the result as fixed
     * @param now   the same result in the re-scan, or {@code null} when it is gone
     */
    public record Unproven(FixedResult fixed, Finding now) {
    }

    /** True when nothing is failing any more: no edit to make and no result left. */
    public boolean nothingToDo() {
        return files.isEmpty() && notFixed.isEmpty();
    }
}
