package dev.isolint.core.report;

import dev.isolint.core.api.ScanResult;
import dev.isolint.core.api.UnknownPolicy;
import dev.isolint.core.rule.Finding;
import dev.isolint.core.rule.Verdict;

/**
 * Counts for summary lines: verdicts over all results (suppressed ones included, as every verdict
 * partitions the resources), how many of each are suppressed, and how many fail the run.
 */
record Tally(int resources, int pass, int fail, int unknown, int failSuppressed, int unknownSuppressed,
        int failing) {

    /** {@code 1 file}, {@code 2 files}: summary lines read as sentences. */
    static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static Tally of(ScanResult result, UnknownPolicy policy) {
        int pass = 0;
        int fail = 0;
        int unknown = 0;
        int failSuppressed = 0;
        int unknownSuppressed = 0;
        int failing = 0;
        for (Finding f : result.findings()) {
            if (f.verdict() == Verdict.PASS) {
                pass++;
            } else if (f.verdict() == Verdict.FAIL) {
                fail++;
                failSuppressed += f.suppressed() ? 1 : 0;
            } else {
                unknown++;
                unknownSuppressed += f.suppressed() ? 1 : 0;
            }
            failing += ScanResult.failsRun(f, policy) ? 1 : 0;
        }
        return new Tally(result.findings().size(), pass, fail, unknown, failSuppressed, unknownSuppressed, failing);
    }
}
