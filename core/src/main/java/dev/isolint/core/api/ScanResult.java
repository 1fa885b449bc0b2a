package dev.isolint.core.api;

import dev.isolint.core.rule.Finding;
import dev.isolint.core.rule.Verdict;
import java.util.List;

/**
 * What a scan found: one finding per resource and rule that judges it (PASS included), input errors and notices,
 * each in a stable order (file, line, address).
 *
 * @param files    number of IaC files read (templates, plans, Terraform files), readable or not: every Terraform
 *                 file, every template or plan candidate, and every JSON/YAML file that could not be read at all
 * @param findings every resource's judgement
 * @param errors   input errors (exit code 2)
 * @param notices  things worth knowing that are not errors (remote module not scanned, ignored suppression)
 */
public record ScanResult(int files, List<Finding> findings, List<Diagnostic> errors, List<Diagnostic> notices) {

    public ScanResult {
        findings = List.copyOf(findings);
        errors = List.copyOf(errors);
        notices = List.copyOf(notices);
    }

    /** Count of findings with {@code verdict}, suppressed ones included (summaries say how many of them are). */
    public long count(Verdict verdict) {
        long n = 0;
        for (Finding f : findings) {
            n += f.verdict() == verdict ? 1 : 0;
        }
        return n;
    }

    public long suppressedCount() {
        long n = 0;
        for (Finding f : findings) {
            n += f.suppressed() ? 1 : 0;
        }
        return n;
    }

    /** True when a finding is not suppressed and fails the run under {@code policy}. */
    public static boolean failsRun(Finding f, UnknownPolicy policy) {
        if (f.suppressed()) {
            return false;
        }
        return f.verdict() == Verdict.FAIL || (f.verdict() == Verdict.UNKNOWN && policy == UnknownPolicy.FAIL);
    }

    /** The exit code the contract gives this result: ERROR on input errors, else FINDINGS on a failing finding, else OK. */
    public ExitCode exitCode(UnknownPolicy policy) {
        return exitCode(policy, false);
    }

    /**
     * The exit code under {@code --soft-fail} when {@code softFail}: findings then do not fail the run (OK), input
     * errors still do (ERROR), as a soft gate must still say when it could not read its input.
     */
    public ExitCode exitCode(UnknownPolicy policy, boolean softFail) {
        if (!errors.isEmpty()) {
            return ExitCode.ERROR;
        }
        if (softFail) {
            return ExitCode.OK;
        }
        for (Finding f : findings) {
            if (failsRun(f, policy)) {
                return ExitCode.FINDINGS;
            }
        }
        return ExitCode.OK;
    }
}
