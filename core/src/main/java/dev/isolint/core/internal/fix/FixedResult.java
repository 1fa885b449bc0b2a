package dev.isolint.core.internal.fix;

import dev.isolint.core.model.Impact;
import dev.isolint.core.rule.Finding;
import java.util.List;

/**
 * A result the plan fixes. What deploying the fix brings (SPEC §12: a custom name that must change too, a
 * {@code create_before_destroy} collision, nothing using the resource) is the impact analysis' finding, read from it.
 *
 * @param finding the result
 */
public record FixedResult(Finding finding) {

    /** The hazards of deploying the fix. */
    public List<Impact.Hazard> hazards() {
        return finding.impact().hazards();
    }
}
