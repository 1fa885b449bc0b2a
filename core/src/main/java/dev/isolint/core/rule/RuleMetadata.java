package dev.isolint.core.rule;

import dev.isolint.core.model.SourceFormat;
import java.util.List;

/**
 * What a rule is, and every word the reports, {@code explain} and both faces say about it: none of them names a
 * rule, so adding one changes none of them.
 *
 * @param id                short id ({@code ISO001})
 * @param slug              readable id ({@code sagemaker-model-network-isolation})
 * @param title             one-line name
 * @param shortDescription  one sentence
 * @param severity          severity
 * @param securitySeverity  CVSS-like score for SARIF consumers ({@code "8.0"})
 * @param aliases           the same check in peer tools, honoured in suppressions (Checkov's {@code CKV_AWS_370})
 * @param helpResource      classpath resource holding the markdown help text ({@code explain}, SARIF help)
 * @param resourceNoun      what the rule judges, as reports name it ({@code SageMaker model}); the plural adds "s"
 * @param resourceShortNoun the same once the context says which ({@code model}: "so every model is checked")
 * @param flagged           what the rule flags, as the tool's help says it ({@code Amazon SageMaker models deployed
 *                          without network isolation})
 * @param shortfall         what a failing resource lacks, after its noun ({@code without proven network isolation})
 * @param tags              SARIF rule tags
 * @param fix               the remediation in each format's words
 */
public record RuleMetadata(
        String id,
        String slug,
        String title,
        String shortDescription,
        Severity severity,
        String securitySeverity,
        List<Alias> aliases,
        String helpResource,
        String resourceNoun,
        String resourceShortNoun,
        String flagged,
        String shortfall,
        List<String> tags,
        Fix fix) {

    public RuleMetadata {
        aliases = List.copyOf(aliases);
        tags = List.copyOf(tags);
    }

    /**
     * The id of the same check in a peer tool, which suppressions written for that tool name.
     *
     * @param tool the peer tool ({@code Checkov})
     * @param id   its id there ({@code CKV_AWS_370})
     */
    public record Alias(String tool, String id) {
    }

    /**
     * The remediation reports print next to a failing finding.
     *
     * @param cloudFormation the setting in CloudFormation's words ({@code EnableNetworkIsolation: true})
     * @param terraform      the setting in Terraform's words ({@code enable_network_isolation = true})
     * @param target         what the setting goes on ({@code a new model}: models are immutable)
     * @param action         the fix as a summary names it, without the setting ({@code Enable network isolation})
     */
    public record Fix(String cloudFormation, String terraform, String target, String action) {

        /** E.g. {@code set EnableNetworkIsolation: true on a new model}. */
        public String hint(SourceFormat format) {
            return "set " + (format == SourceFormat.CLOUDFORMATION ? cloudFormation : terraform) + " on " + target;
        }

        /** E.g. {@code Enable network isolation on a new model}: the fix of every failing result of the rule at once. */
        public String summary() {
            return action + " on " + target;
        }
    }

    /** True when {@code name} names this rule (id or slug, case-insensitive). */
    public boolean isNamed(String name) {
        return name != null && (name.equalsIgnoreCase(id) || name.equalsIgnoreCase(slug));
    }

    /** True when {@code name} names this rule or one of its peer-tool aliases. */
    public boolean isNamedOrAlias(String name) {
        if (isNamed(name)) {
            return true;
        }
        for (Alias alias : aliases) {
            if (alias.id().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
