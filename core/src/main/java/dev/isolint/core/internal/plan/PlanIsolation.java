package dev.isolint.core.internal.plan;

import dev.isolint.core.model.Evidence;
import dev.isolint.core.model.Value;
import dev.isolint.core.model.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides one planned instance's {@code enable_network_isolation} as SPEC §4 says for plans:
 * {@code after_unknown} makes it UNKNOWN, unless the configuration has no expression for it
 * ({@code awscc} plans omitted optional attributes as computed: nothing sets it, so the service
 * default, off, applies); {@code null} or a missing value is absent; {@code true}/{@code "true"} is true.
 */
final class PlanIsolation {

    private static final String ATTRIBUTE = PlanStreamReader.ATTRIBUTE;

    private PlanIsolation() {
    }

    /**
     * @param value     the planned value, or {@code null} when the values do not have the key
     * @param source    where {@code value} was read ({@code planned_values}, {@code resource_changes …after})
     * @param resource  the opening brace of the resource object, for evidence about a missing value
     * @param change    the instance's change, or {@code null} when the plan has none for it
     * @param config    the resource's configuration block, or {@code null} when the plan does not show it
     */
    static Value<Boolean> evaluate(PlanScalar value, String source, Location resource, PlannedChange change,
            ConfiguredResource config) {
        List<Evidence> chain = new ArrayList<>();
        ConfiguredResource.Expression expr = config == null ? null : config.isolation();
        if (config != null) {
            chain.add(expr != null
                    ? new Evidence(expr.location(), "configuration: " + ATTRIBUTE + " " + expr.describe())
                    : new Evidence(config.location(), "configuration: " + config.type() + "." + config.name()
                            + " has no " + ATTRIBUTE + " expression (not set)"));
        }
        PlanScalar unknown = change == null ? null : change.afterUnknown();
        if (value != null) {
            chain.add(new Evidence(value.location(), source + ": " + ATTRIBUTE + " = " + value.json()));
        } else if (unknown == null) {
            chain.add(new Evidence(resource, source + ": " + ATTRIBUTE + " is not in the values"));
        }
        if (unknown != null) {
            chain.add(new Evidence(unknown.location(),
                    "resource_changes: after_unknown marks " + ATTRIBUTE + " as known only after apply"));
            if (config != null && expr == null) {
                return Value.absent(ATTRIBUTE + " is not set in the configuration, and the service default is false;"
                        + " the provider only plans the omitted attribute as known after apply", chain);
            }
            if (expr != null && expr.isNullConstant()) {
                return Value.absent(ATTRIBUTE + " is set to null in the configuration: not set, and the service default is false",
                        chain);
            }
            String refs = expr != null && !expr.references().isEmpty()
                    ? " (it references " + String.join(", ", expr.references()) + ")" : "";
            return Value.unknown(ATTRIBUTE + " is known only after apply" + refs, chain);
        }
        if (value == null) {
            return Value.absent(ATTRIBUTE + " is not in the planned values: not set, and the service default is false",
                    chain);
        }
        switch (value.kind()) {
            case TRUE:
                return Value.known(true, chain);
            case FALSE:
                return Value.known(false, chain);
            case NULL:
                return Value.absent(ATTRIBUTE + " is null in the plan: not set, and the service default is false", chain);
            case STRING:
                // Terraform converts the strings "true" and "false" to booleans; a hand-made plan may keep them.
                if (value.text().equals("true") || value.text().equals("false")) {
                    return Value.known(Boolean.parseBoolean(value.text()), chain);
                }
                break;
            default:
                break;
        }
        return Value.unknown(ATTRIBUTE + " has a planned value that is not a boolean: " + value.json(), chain);
    }
}
