package dev.isolint.core.suppress;

import dev.isolint.core.model.InlineSuppression;
import dev.isolint.core.rule.Finding;
import dev.isolint.core.rule.Suppression;
import dev.isolint.core.scan.ScanContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies suppressions to findings. A suppression needs a reason and must not be past its expiry;
 * otherwise it does not suppress and is reported as a notice. Suppressed findings stay in every
 * report, marked.
 */
public final class SuppressionEngine {

    private final ScanContext context;

    public SuppressionEngine(ScanContext context) {
        this.context = context;
    }

    public List<Finding> apply(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            out.add(applyInline(f));
        }
        return out;
    }

    private Finding applyInline(Finding f) {
        for (InlineSuppression s : f.resource().suppressions()) {
            if (!f.rule().isNamedOrAlias(s.ruleId())) {
                continue;
            }
            if (s.reason() == null) {
                context.notice(s.location(), "suppression of " + s.ruleId() + " for " + f.resource().address()
                        + " ignored: a reason is required");
                continue;
            }
            if (s.expires() != null && context.request().today().isAfter(s.expires())) {
                context.notice(s.location(), "suppression of " + s.ruleId() + " for " + f.resource().address()
                        + " ignored: expired on " + s.expires());
                continue;
            }
            return f.withSuppression(new Suppression(s.kind(), s.reason(), s.location()));
        }
        return f;
    }
}
