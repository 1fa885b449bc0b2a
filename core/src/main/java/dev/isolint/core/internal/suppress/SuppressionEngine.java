package dev.isolint.core.internal.suppress;

import dev.isolint.core.api.Today;
import dev.isolint.core.model.InlineSuppression;
import dev.isolint.core.rule.Finding;
import dev.isolint.core.rule.Suppression;
import dev.isolint.core.rule.Verdict;
import dev.isolint.core.internal.scan.ScanContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies suppressions to findings: first those written at the resource (comments, {@code Metadata},
 * Checkov's {@code CKV_AWS_370} forms), then the ignore files. A suppression needs a reason and must
 * not be past its expiry; otherwise it does not suppress and is reported as a notice. Suppressed
 * findings stay in every report, marked. A PASS is never marked: there is no risk to accept.
 */
public final class SuppressionEngine {

    private final ScanContext context;
    private final Today today;
    private final IgnoreMatcher ignoreFiles;

    /** Reads the scan's ignore files now; a malformed one is reported to {@code context} as an input error. */
    public SuppressionEngine(ScanContext context) {
        this.context = context;
        this.today = context.request().today();
        List<IgnoreMatcher.Active> active = new ArrayList<>();
        for (IgnoreFile file : IgnoreFiles.load(context)) {
            for (IgnoreEntry e : file.entries()) {
                String why = whyInert(e.reason(), e.expires());
                if (why == null) {
                    active.add(IgnoreMatcher.compile(file, e));
                } else {
                    context.notice(e.location(), "ignore entry for " + e.rule() + " " + e.address() + " ignored: " + why);
                }
            }
        }
        this.ignoreFiles = new IgnoreMatcher(active);
    }

    public List<Finding> apply(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            out.add(f.verdict() == Verdict.PASS ? f : suppress(f));
        }
        return out;
    }

    private Finding suppress(Finding f) {
        for (InlineSuppression s : f.resource().suppressions()) {
            if (!f.rule().isNamedOrAlias(s.ruleId())) {
                continue;
            }
            String why = whyInert(s.reason(), s.expires());
            if (why != null) {
                context.notice(s.location(), "suppression of " + s.ruleId() + " for " + f.resource().address()
                        + " ignored: " + why);
                continue;
            }
            return f.withSuppression(new Suppression(s.kind(), s.reason(), s.location()));
        }
        IgnoreEntry e = ignoreFiles.match(f);
        if (e != null) {
            return f.withSuppression(new Suppression(Suppression.IGNORE_FILE, e.reason(), e.location()));
        }
        return f;
    }

    /** Why a suppression with this reason and expiry does not suppress today, or {@code null} when it does. */
    private String whyInert(String reason, LocalDate expires) {
        if (reason == null || reason.isBlank()) {
            return "a reason is required";
        }
        if (expires != null && expires.equals(LocalDate.MIN)) {
            return "its expiry is not a date (YYYY-MM-DD)";
        }
        if (expires != null && today.date().isAfter(expires)) {
            return "expired on " + expires;
        }
        return null;
    }
}
