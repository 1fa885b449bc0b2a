package dev.isolint.core.rule;

import dev.isolint.core.model.Evidence;
import dev.isolint.core.model.Impact;
import dev.isolint.core.model.Resource;
import java.util.List;

/**
 * A rule's judgement of one resource. Every resource gets one, PASS included.
 *
 * @param rule        the rule that judged
 * @param verdict     PASS, FAIL or UNKNOWN
 * @param resource    the resource judged
 * @param message     one sentence for people
 * @param evidence    the evaluation chain, each step with file:line
 * @param suppression the suppression that applies, or {@code null}
 * @param impact      what deploying the fix touches and its hazards (SPEC §12); {@link Impact#NONE} until linked
 */
public record Finding(
        RuleMetadata rule,
        Verdict verdict,
        Resource resource,
        String message,
        List<Evidence> evidence,
        Suppression suppression,
        Impact impact) {

    public Finding {
        evidence = Evidence.chain(evidence);
        if (impact == null) {
            impact = Impact.NONE;
        }
    }

    /** A finding whose impact is not linked (yet). */
    public Finding(RuleMetadata rule, Verdict verdict, Resource resource, String message, List<Evidence> evidence,
            Suppression suppression) {
        this(rule, verdict, resource, message, evidence, suppression, Impact.NONE);
    }

    public boolean suppressed() {
        return suppression != null;
    }

    /** This finding with a suppression applied. */
    public Finding withSuppression(Suppression s) {
        return new Finding(rule, verdict, resource, message, evidence, s, impact);
    }

    /** This finding with {@code linked} as its impact. */
    public Finding withImpact(Impact linked) {
        return new Finding(rule, verdict, resource, message, evidence, suppression, linked);
    }
}
