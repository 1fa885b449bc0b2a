package dev.isolint.core.rules;

import dev.isolint.core.rule.Rule;
import dev.isolint.core.rule.RuleMetadata;
import java.util.ArrayList;
import java.util.List;

/**
 * Every rule isolint has, in id order: the one list that the engine, the reporters, {@code explain} and both
 * faces read. Adding a rule is one line here.
 */
public final class RuleRegistry {

    private static final List<Rule<?>> RULES = List.of(
            new NetworkIsolationRule(),
            new DataQualityJobIsolationRule(),
            new ModelBiasJobIsolationRule(),
            new ModelExplainabilityJobIsolationRule(),
            new ModelQualityJobIsolationRule(),
            new MonitoringScheduleIsolationRule());

    private RuleRegistry() {
    }

    /** The rules, in id order. */
    public static List<Rule<?>> rules() {
        return RULES;
    }

    /** Their metadata, in id order. */
    public static List<RuleMetadata> metadata() {
        List<RuleMetadata> out = new ArrayList<>(RULES.size());
        for (Rule<?> r : RULES) {
            out.add(r.metadata());
        }
        return out;
    }

    /** The rule named {@code name} (id or slug, any case; peer aliases too), or {@code null}. */
    public static RuleMetadata find(String name) {
        for (Rule<?> r : RULES) {
            if (r.metadata().isNamedOrAlias(name)) {
                return r.metadata();
            }
        }
        return null;
    }
}
