package dev.isolint.core.internal.fix;

import dev.isolint.core.rule.Finding;
import java.util.List;

/**
 * A result the plan fixes, with the warnings that deploying the fix brings (SPEC §12). Impact analysis proper
 * (consumers, {@code create-before-destroy}) is the report's; until it is joined here, {@code hazards} holds what
 * the edited file itself shows: a custom name that must change too.
 *
 * @param finding the result
 * @param hazards what deploying the fix brings
 */
public record FixedResult(Finding finding, List<Hazard> hazards) {

    public FixedResult {
        hazards = List.copyOf(hazards);
    }

    /**
     * One warning of SPEC §12.
     *
     * @param kind    {@code custom-name}, {@code create-before-destroy} or {@code unused}
     * @param message one sentence
     */
    public record Hazard(String kind, String message) {
    }
}
