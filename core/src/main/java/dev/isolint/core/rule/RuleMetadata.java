package dev.isolint.core.rule;

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
 * @param helpResource     classpath resource holding the markdown help text
 */
public record RuleMetadata(
        String id,
        String slug,
        String title,
        String shortDescription,
        Severity severity,
        String securitySeverity,
        List<String> aliases,
        String helpResource) {

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
