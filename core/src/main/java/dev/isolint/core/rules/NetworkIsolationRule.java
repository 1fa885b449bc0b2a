package dev.isolint.core.rules;

import dev.isolint.core.rule.Finding;
import dev.isolint.core.rule.Rule;
import dev.isolint.core.rule.RuleMetadata;
import dev.isolint.core.rule.Severity;
import dev.isolint.core.rule.Verdict;

import dev.isolint.core.model.Evidence;
import dev.isolint.core.model.ModelInstance;
import dev.isolint.core.model.SageMakerModel;
import dev.isolint.core.model.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * ISO001: every SageMaker model must have network isolation provably enabled. PASS only for a
 * known {@code true}; FAIL for a known {@code false} or an absent value (the service default is
 * off); UNKNOWN when the value cannot be known before deployment. Repeated blocks take the worst
 * of their instances.
 */
public final class NetworkIsolationRule implements Rule {

    public static final RuleMetadata METADATA = new RuleMetadata(
            "ISO001",
            "sagemaker-model-network-isolation",
            "SageMaker model without network isolation",
            "SageMaker models must enable network isolation so their containers cannot make outbound network calls.",
            Severity.HIGH,
            "8.0",
            List.of("CKV_AWS_370"),
            "/dev/isolint/core/rule/ISO001.md");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Finding judge(SageMakerModel model) {
        List<Evidence> evidence = new ArrayList<>(model.context());
        Verdict verdict;
        Value<Boolean> decisive;
        if (model.instances().isEmpty()) {
            decisive = model.asWritten();
            verdict = verdictOf(decisive);
            evidence.addAll(decisive.evidence());
        } else {
            verdict = Verdict.PASS;
            decisive = null;
            List<String> failing = new ArrayList<>();
            for (ModelInstance i : model.instances()) {
                Verdict v = verdictOf(i.networkIsolation());
                if (decisive == null || v.compareTo(verdict) < 0) {
                    decisive = i.networkIsolation();
                }
                verdict = verdict.worst(v);
                if (v != Verdict.PASS && i.key() != null) {
                    failing.add(i.key() + " " + v);
                }
            }
            evidence.addAll(decisive.evidence());
            if (model.instances().size() > 1 && !failing.isEmpty()) {
                evidence.add(new Evidence(model.location(), "instances not passing: " + String.join(", ", failing)));
            }
        }
        return new Finding(METADATA, verdict, model, message(model, verdict, decisive), evidence, null);
    }

    /** The verdict a single evaluated value gets. */
    public static Verdict verdictOf(Value<Boolean> value) {
        if (value instanceof Value.Known<Boolean> k) {
            return Boolean.TRUE.equals(k.value()) ? Verdict.PASS : Verdict.FAIL;
        }
        return value instanceof Value.Unknown ? Verdict.UNKNOWN : Verdict.FAIL;
    }

    private static String message(SageMakerModel model, Verdict verdict, Value<Boolean> decisive) {
        String subject = "SageMaker model " + model.address();
        StringBuilder m = new StringBuilder(subject);
        switch (verdict) {
            case PASS -> m.append(" has network isolation enabled");
            case FAIL -> {
                m.append(" has network isolation disabled");
                if (decisive instanceof Value.Absent<Boolean> a) {
                    m.append(" (").append(a.reason()).append(")");
                }
            }
            default -> m.append(" cannot be proven to have network isolation: ")
                    .append(((Value.Unknown<Boolean>) decisive).reason());
        }
        for (String note : model.notes()) {
            m.append("; ").append(note);
        }
        return m.toString();
    }
}
