package dev.isolint.core.report;

import dev.isolint.core.rule.Finding;
import dev.isolint.core.rule.RuleMetadata;
import dev.isolint.core.rules.RuleRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * The words a report or a face uses for the rules behind some findings, so that none of them names a rule and a new
 * rule changes none of them. When the findings are all one rule's (or there are none and isolint has one rule), that
 * rule's words from its {@link RuleMetadata} (its resource noun, its fix); otherwise words that fit any rule:
 * {@code 3 resources}, {@code Fix each as its fix line says}.
 */
public final class RuleWords {

    private static final String NOUN = "resource";

    /** The distinct rules, in the order their findings came; never empty unless no rule is known at all. */
    private final List<RuleMetadata> rules;

    private RuleWords(List<RuleMetadata> rules) {
        this.rules = rules;
    }

    /** The words for the rules of {@code findings}; for no findings, those of every rule isolint has. */
    public static RuleWords of(List<Finding> findings) {
        if (findings.isEmpty()) {
            return registered();
        }
        List<RuleMetadata> rules = new ArrayList<>(1);
        for (Finding f : findings) {
            // By id, not the record's equals: a one-file scan's summary must not start ObjectMethods.
            boolean seen = false;
            for (RuleMetadata r : rules) {
                seen |= r.id().equals(f.rule().id());
            }
            if (!seen) {
                rules.add(f.rule());
            }
        }
        return new RuleWords(rules);
    }

    /** The words for one rule; for {@code null} (a name no rule has), the words that fit any rule. */
    public static RuleWords of(RuleMetadata rule) {
        return new RuleWords(rule == null ? List.of() : List.of(rule));
    }

    /** The words for every rule isolint has: what an unreadable file may hide, what the tool's help says it flags. */
    public static RuleWords registered() {
        return new RuleWords(RuleRegistry.metadata());
    }

    /** The one rule, or {@code null} when there are several (or none). */
    private RuleMetadata single() {
        return rules.size() == 1 ? rules.get(0) : null;
    }

    /** What was judged: the rule's {@link RuleMetadata#resourceNoun()}, or {@code resource}. */
    public String noun() {
        RuleMetadata r = single();
        return r == null ? NOUN : r.resourceNoun();
    }

    /** The same with its article: {@code a resource}, {@code an endpoint config}. */
    public String aNoun() {
        String noun = noun();
        return ("aeiouAEIOU".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    /** What was judged once the context says which: the rule's {@link RuleMetadata#resourceShortNoun()}, or {@code resource}. */
    public String shortNoun() {
        RuleMetadata r = single();
        return r == null ? NOUN : r.resourceShortNoun();
    }

    /** {@code 1 resource}, {@code 2 resources}: a count of what was judged, in the words of {@link #noun()}. */
    public String count(long n) {
        return Tally.plural(n, noun());
    }

    /** What a failing resource lacks, after its noun: the rule's {@link RuleMetadata#shortfall()}, or {@code that fail a rule}. */
    public String shortfall() {
        RuleMetadata r = single();
        return r == null ? "that fail a rule" : r.shortfall();
    }

    /** The rules by id: {@code rule <id>}, {@code rules <id>, <id>}. */
    public String ruleIds() {
        StringBuilder b = new StringBuilder(rules.size() == 1 ? "rule " : "rules ");
        for (int i = 0; i < rules.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(rules.get(i).id());
        }
        return b.toString();
    }

    /**
     * What to do about each failing result, for a summary: {@code <the rule's Fix.summary()> for each (isolint explain
     * <id> shows how)}, or {@code Fix each as its fix line says (isolint explain RULE shows how)}.
     */
    public String remedy() {
        RuleMetadata r = single();
        return r == null ? "Fix each as its fix line says (isolint explain RULE shows how)"
                : r.fix().summary() + " for each (isolint explain " + r.id() + " shows how)";
    }

    /**
     * What the tool flags, for its help: the rule's {@link RuleMetadata#flagged()}, or {@code resources that break
     * one of isolint's rules}.
     */
    public String flagged() {
        RuleMetadata r = single();
        return r == null ? "resources that break one of isolint's rules" : r.flagged();
    }
}
