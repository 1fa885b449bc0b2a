package dev.isolint.core.api;

import dev.isolint.core.rule.Rule;
import dev.isolint.core.rules.RuleRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * Which of the registered rules a scan runs ({@code --rule} / {@code --skip-rule}, SPEC §3): all of them by default,
 * only the named ones when some are named, less the skipped ones. A rule that is off yields no result at all. Names
 * are ids or slugs in any case; an unknown name is refused when the selection is made, so a typo never silently
 * turns a check off.
 */
public final class RuleSelection {

    /** Every registered rule. */
    public static final RuleSelection ALL = new RuleSelection(List.of(), List.of(), RuleRegistry.rules());

    private final List<String> only;
    private final List<String> skipped;
    private final List<Rule<?>> rules;

    private RuleSelection(List<String> only, List<String> skipped, List<Rule<?>> rules) {
        this.only = List.copyOf(only);
        this.skipped = List.copyOf(skipped);
        this.rules = List.copyOf(rules);
    }

    /**
     * The rules {@code only} names (every rule when it is empty), less those {@code skipped} names, in registry order.
     *
     * @throws IllegalArgumentException naming the unknown name and the valid rules
     */
    public static RuleSelection of(List<String> only, List<String> skipped) {
        return of(only, skipped, "--rule", "--skip-rule");
    }

    /**
     * As {@link #of(List, List)}, an unknown name's message naming the setting as the face calls it
     * ({@code rules}, {@code skipRules} in the Maven plugin).
     *
     * @throws IllegalArgumentException naming the setting, the unknown name and the valid rules
     */
    public static RuleSelection of(List<String> only, List<String> skipped, String onlyName, String skippedName) {
        if (only.isEmpty() && skipped.isEmpty()) {
            return ALL;
        }
        check(only, onlyName);
        check(skipped, skippedName);
        List<Rule<?>> out = new ArrayList<>();
        for (Rule<?> r : RuleRegistry.rules()) {
            if ((only.isEmpty() || names(only, r)) && !names(skipped, r)) {
                out.add(r);
            }
        }
        return new RuleSelection(only, skipped, out);
    }

    /** The selected rules, in registry order; may be empty (every rule skipped). */
    public List<Rule<?>> rules() {
        return rules;
    }

    /** The names given to run only those rules, as given. */
    public List<String> only() {
        return only;
    }

    /** The names given to leave rules out, as given. */
    public List<String> skipped() {
        return skipped;
    }

    /** Whether the rule with id {@code id} runs. */
    public boolean runs(String id) {
        for (Rule<?> r : rules) {
            if (r.metadata().id().equals(id)) {
                return true;
            }
        }
        return false;
    }

    /** The valid names, for messages: {@code ISO001 (sagemaker-model-network-isolation), …}. */
    public static String validNames() {
        StringBuilder b = new StringBuilder();
        for (Rule<?> r : RuleRegistry.rules()) {
            b.append(b.length() == 0 ? "" : ", ").append(r.metadata().id()).append(" (").append(r.metadata().slug())
                    .append(')');
        }
        return b.toString();
    }

    private static boolean names(List<String> names, Rule<?> rule) {
        for (String n : names) {
            if (rule.metadata().isNamed(n.strip())) {
                return true;
            }
        }
        return false;
    }

    private static void check(List<String> names, String option) {
        for (String n : names) {
            boolean known = false;
            for (Rule<?> r : RuleRegistry.rules()) {
                known |= r.metadata().isNamed(n.strip());
            }
            if (!known) {
                throw new IllegalArgumentException(option + ": unknown rule '" + n + "' (valid rules: " + validNames() + ")");
            }
        }
    }
}
