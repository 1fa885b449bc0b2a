package dev.isolint.core.rule;

import dev.isolint.core.model.SourceFormat;
import java.util.List;

/**
 * What a rule is, for reports and {@code explain}.
 *
 * @param id               short id ({@code ISO001})
 * @param slug             readable id ({@code sagemaker-model-network-isolation})
 * @param title            one-line name
 * @param shortDescription one sentence
 * @param severity         severity
 * @param securitySeverity CVSS-like score for SARIF consumers ({@code "8.0"})
 * @param aliases          ids of the same check in peer tools, honoured in suppressions ({@code CKV_AWS_370})
 * @param helpResource     classpath resource holding the markdown help text ({@code explain}, SARIF help)
 * @param resourceNoun     what the rule judges, as reports name it ({@code SageMaker model})
 * @param tags             SARIF rule tags
 * @param fix              the one-line remediation in each format's words
 */
public record RuleMetadata(
        String id,
        String slug,
        String title,
        String shortDescription,
        Severity severity,
        String securitySeverity,
        List<String> aliases,
        String helpResource,
        String resourceNoun,
        List<String> tags,
        Fix fix) {

    public RuleMetadata {
        aliases = List.copyOf(aliases);
        tags = List.copyOf(tags);
    }

    /**
     * The remediation reports print next to a failing finding.
     *
     * @param cloudFormation the setting in CloudFormation's words ({@code EnableNetworkIsolation: true})
     * @param terraform      the setting in Terraform's words ({@code enable_network_isolation = true})
     * @param target         what the setting goes on ({@code a new model}: models are immutable)
     */
    public record Fix(String cloudFormation, String terraform, String target) {

        /** E.g. {@code set EnableNetworkIsolation: true on a new model}. */
        public String hint(SourceFormat format) {
            return "set " + (format == SourceFormat.CLOUDFORMATION ? cloudFormation : terraform) + " on " + target;
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
        for (String alias : aliases) {
            if (alias.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
