package dev.isolint.core.internal.plan;

import dev.isolint.core.model.Evidence;
import dev.isolint.core.model.Range;
import dev.isolint.core.model.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides one planned instance's boolean attribute at a path as SPEC §4 says for plans:
 * {@code after_unknown} makes it UNKNOWN, unless the configuration has no expression for it
 * ({@code awscc} plans omitted optional attributes as computed: nothing sets it, so the service
 * default, off, applies); {@code null} or a missing value is absent, as is a missing object or block
 * that would hold it; {@code true}/{@code "true"} is true.
 */
final class PlanBoolean {

    private PlanBoolean() {
    }

    /**
     * @param path     the attribute's path, named in evidence and reasons
     * @param value    the planned value, or {@code null} when the values do not have it
     * @param source   where {@code value} was read ({@code planned_values}, {@code resource_changes …after})
     * @param resource the opening brace of the resource object, for evidence about a missing value
     * @param unknown  the {@code after_unknown} flag that covers the path, or {@code null}
     * @param config   the resource's configuration block, or {@code null} when the plan does not show it
     * @param expr     the configuration's expression for the path, or {@code null} when {@code config} has none
     * @param presence whether the value is only tested for being set (true when it is not null), not read as a bool
     */
    static Value<Boolean> evaluate(PlanPath path, PlanScalar value, String source, Range resource, PlanScalar unknown,
            ConfiguredResource config, ConfiguredResource.Expression expr, boolean presence) {
        String attribute = path.toString();
        List<Evidence> chain = new ArrayList<>();
        if (config != null) {
            chain.add(expr != null
                    ? new Evidence(expr.location(), "configuration: " + expr.at() + " " + expr.describe())
                    : new Evidence(config.location(), "configuration: " + config.type() + "." + config.name()
                            + " has no " + attribute + " expression (not set)"));
        }
        if (value != null) {
            chain.add(new Evidence(value.location(), source + ": " + attribute + " = " + value.json()));
        } else if (unknown == null) {
            chain.add(new Evidence(resource, source + ": " + attribute + " is not in the values"));
        }
        if (unknown != null) {
            chain.add(new Evidence(unknown.location(),
                    "resource_changes: after_unknown marks " + attribute + " as known only after apply"));
            if (config != null && expr == null && inBlock(path)) {
                // The aws provider plans an omitted attribute as null, never unknown; an unknown one in a nested block
                // that the configuration does not show was written in a dynamic block, which plans leave out.
                return Value.unknown(attribute + " is known only after apply; its block is not in the plan's"
                        + " configuration, as a dynamic block is not", chain);
            }
            if (config != null && expr == null) {
                return Value.absent(attribute + " is not set in the configuration, and the service default is false;"
                        + " the provider only plans the omitted attribute as known after apply", chain);
            }
            if (expr != null && expr.isNullConstant()) {
                return Value.absent(attribute + " is set to null in the configuration: not set, and the service default is false",
                        chain);
            }
            String refs = expr != null && !expr.references().isEmpty()
                    ? " (it references " + String.join(", ", expr.references()) + ")" : "";
            return Value.unknown(attribute + " is known only after apply" + refs, chain);
        }
        if (value == null) {
            return Value.absent(attribute + " is not in the planned values: not set, and the service default is false",
                    chain);
        }
        if (presence && value.kind() != PlanScalar.Kind.NULL) {
            return Value.known(true, chain);
        }
        switch (value.kind()) {
            case TRUE:
                return Value.known(true, chain);
            case FALSE:
                return Value.known(false, chain);
            case NULL:
                return Value.absent(attribute + " is null in the plan: not set, and the service default is false", chain);
            case STRING:
                // Terraform converts the strings "true" and "false" to booleans; a hand-made plan may keep them.
                if (value.text().equals("true") || value.text().equals("false")) {
                    return Value.known(Boolean.parseBoolean(value.text()), chain);
                }
                break;
            default:
                break;
        }
        return Value.unknown(attribute + " has a planned value that is not a boolean: " + value.json(), chain);
    }

    /** Whether the path runs through a nested block ({@code network_config[0].enable_network_isolation}). */
    private static boolean inBlock(PlanPath path) {
        for (PlanPath.Segment s : path.segments()) {
            if (s.isIndex()) {
                return true;
            }
        }
        return false;
    }
}
