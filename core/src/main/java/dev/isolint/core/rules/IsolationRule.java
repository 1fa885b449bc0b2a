package dev.isolint.core.rules;

import dev.isolint.core.model.Evidence;
import dev.isolint.core.model.Resource;
import dev.isolint.core.model.ServiceResource;
import dev.isolint.core.model.Setting;
import dev.isolint.core.model.Value;
import dev.isolint.core.rule.Finding;
import dev.isolint.core.rule.Rule;
import dev.isolint.core.rule.RuleMetadata;
import dev.isolint.core.rule.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * What every network-isolation rule decides (SPEC §4): PASS only for a known {@code true}; FAIL for a known
 * {@code false} or an absent value (the service default is off); UNKNOWN when the value cannot be known before
 * deployment. A repeated resource takes the worst of its instances and names those that do not pass; one without
 * instances is judged on the worst of its values as written. A rule of the family says which record it judges and
 * which of its settings is the switch.
 *
 * @param <T> the typed record judged
 */
public abstract class IsolationRule<T extends ServiceResource> implements Rule<T> {

    private final RuleMetadata metadata;
    private final Class<T> subject;

    protected IsolationRule(RuleMetadata metadata, Class<T> subject) {
        this.metadata = metadata;
        this.subject = subject;
    }

    /** The isolation switch of {@code resource}. */
    protected abstract Setting<Boolean> isolation(T resource);

    @Override
    public final RuleMetadata metadata() {
        return metadata;
    }

    @Override
    public final Class<T> subject() {
        return subject;
    }

    @Override
    public final Finding judge(T judged) {
        Resource resource = judged.resource();
        Setting<Boolean> setting = isolation(judged);
        List<Evidence> evidence = new ArrayList<>(resource.context());
        Verdict verdict;
        Value<Boolean> decisive;
        if (setting.instances().isEmpty()) {
            decisive = worst(setting.asWritten());
            verdict = verdictOf(decisive);
            evidence.addAll(decisive.evidence());
        } else {
            verdict = Verdict.PASS;
            decisive = null;
            List<String> failing = new ArrayList<>();
            for (Setting.Instance<Boolean> i : setting.instances()) {
                Verdict v = verdictOf(i.value());
                if (decisive == null || v.compareTo(verdict) < 0) {
                    decisive = i.value();
                }
                verdict = verdict.worst(v);
                if (v != Verdict.PASS && i.key() != null) {
                    failing.add(i.key() + " " + v);
                }
            }
            evidence.addAll(decisive.evidence());
            if (setting.instances().size() > 1 && !failing.isEmpty()) {
                evidence.add(new Evidence(resource.location(), "instances not passing: " + String.join(", ", failing)));
            }
        }
        return new Finding(metadata, verdict, resource, message(resource, verdict, decisive), evidence, null);
    }

    /** The verdict a single evaluated value gets. */
    public static Verdict verdictOf(Value<Boolean> value) {
        if (value instanceof Value.Known<Boolean> k) {
            return Boolean.TRUE.equals(k.value()) ? Verdict.PASS : Verdict.FAIL;
        }
        return value instanceof Value.Unknown ? Verdict.UNKNOWN : Verdict.FAIL;
    }

    /** The first of the worst values: FAIL over UNKNOWN over PASS. */
    private static Value<Boolean> worst(List<Value<Boolean>> values) {
        Value<Boolean> worst = null;
        for (Value<Boolean> v : values) {
            if (worst == null || verdictOf(v).compareTo(verdictOf(worst)) < 0) {
                worst = v;
            }
        }
        return worst;
    }

    private String message(Resource resource, Verdict verdict, Value<Boolean> decisive) {
        StringBuilder m = new StringBuilder(metadata.resourceNoun()).append(' ').append(resource.address());
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
        for (String note : resource.notes()) {
            m.append("; ").append(note);
        }
        return m.toString();
    }
}
