package dev.isolint.core.internal.suppress;

import dev.isolint.core.api.ScanResult;
import dev.isolint.core.api.UnknownPolicy;
import dev.isolint.core.rule.Finding;
import dev.isolint.core.model.Range;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds the ignore file {@code isolint baseline} writes: the entries already there, plus one entry
 * per result that fails the run today and is not suppressed, so a team adopts isolint and blocks
 * only new findings. An existing entry for the same rule, address, file and call path is never replaced,
 * even when it no longer suppresses (a missing reason, a passed expiry): re-running the baseline
 * must not quietly renew a risk whose acceptance ran out.
 */
public final class Baseline {

    /**
     * The outcome of an update.
     *
     * @param file       the entries to write, in stable order (file, address, call path, rule)
     * @param added      the entries added now
     * @param notRenewed existing entries that matched a failing result but do not suppress it
     */
    public record Update(IgnoreFile file, List<IgnoreEntry> added, List<IgnoreEntry> notRenewed) {
        public Update {
            added = List.copyOf(added);
            notRenewed = List.copyOf(notRenewed);
        }
    }

    private Baseline() {
    }

    /** The reason written on every new entry. */
    public static String reason(LocalDate today) {
        return "accepted at baseline on " + today;
    }

    /**
     * Adds to {@code existing} (entries of the file at {@code existing.path()}, possibly none) one
     * entry per failing unsuppressed result of {@code result}.
     */
    public static Update update(IgnoreFile existing, ScanResult result, UnknownPolicy policy, LocalDate today) {
        Path base = existing.baseDirectory();
        List<IgnoreEntry> all = new ArrayList<>(existing.entries());
        List<IgnoreEntry> added = new ArrayList<>();
        List<IgnoreEntry> notRenewed = new ArrayList<>();
        for (Finding f : result.findings()) {
            if (!ScanResult.failsRun(f, policy)) {
                continue;
            }
            boolean onDisk = f.resource().location().file().isAbsolute(); // standard input has no path to pin to
            String file = onDisk ? IgnoreMatcher.relative(base, f.resource().location().file()) : null;
            // A Terraform result is accepted for its call path only: a new caller of the module is a new finding.
            String callPath = onDisk && f.resource().callPath() != null
                    ? IgnoreMatcher.callPath(base, f.resource().callPath()) : null;
            IgnoreEntry same = find(all, f, file, callPath);
            if (same != null) {
                if (!notRenewed.contains(same)) {
                    notRenewed.add(same);
                }
                continue;
            }
            IgnoreEntry e = new IgnoreEntry(f.rule().id(), f.resource().address(), file, callPath, reason(today), null,
                    Range.fileStart(existing.path()));
            all.add(e);
            added.add(e);
        }
        all.sort(ORDER);
        return new Update(new IgnoreFile(existing.path(), all), added, notRenewed);
    }

    private static final Comparator<IgnoreEntry> ORDER = Comparator
            .comparing((IgnoreEntry e) -> e.file() == null ? "" : e.file())
            .thenComparing(IgnoreEntry::address)
            .thenComparing((IgnoreEntry e) -> e.callPath() == null ? "" : e.callPath())
            .thenComparing(IgnoreEntry::rule);

    /** An existing entry written for exactly this result (not a glob that happens to match it). */
    private static IgnoreEntry find(List<IgnoreEntry> entries, Finding f, String file, String callPath) {
        for (IgnoreEntry e : entries) {
            if (f.rule().isNamedOrAlias(e.rule()) && e.address().equals(f.resource().address())
                    && (e.file() == null || e.file().equals(file))
                    && (e.callPath() == null || e.callPath().equals(callPath))) {
                return e;
            }
        }
        return null;
    }
}
