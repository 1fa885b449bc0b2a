package dev.isolint.core.internal.plan;

import dev.isolint.core.model.Location;
import java.util.List;

/**
 * A SageMaker model resource block as the plan's {@code configuration} section describes it (the
 * configuration has no source lines, only expressions).
 *
 * @param module    the module call path, names joined by dots ({@code svc.shadow}); empty for the root module
 * @param type      the resource type
 * @param name      the resource name
 * @param location  the opening brace of the configuration object in the plan
 * @param isolation the {@code enable_network_isolation} expression, or {@code null} when the block has none
 */
record ConfiguredResource(String module, String type, String name, Location location, Expression isolation) {

    /**
     * An attribute's expression as Terraform renders it: a constant, or the references it uses.
     *
     * @param location   where the expression object stands in the plan
     * @param constant   {@code constant_value}, or {@code null} when the expression is not constant
     * @param references {@code references}, in the plan's order
     */
    record Expression(Location location, PlanScalar constant, List<String> references) {
        Expression {
            references = List.copyOf(references);
        }

        /** True for {@code enable_network_isolation = null}: as good as not written. */
        boolean isNullConstant() {
            return constant != null && constant.kind() == PlanScalar.Kind.NULL;
        }

        /** {@code = false}, {@code references var.isolate, …} — for evidence notes. */
        String describe() {
            if (constant != null) {
                return "= " + constant.json();
            }
            if (!references.isEmpty()) {
                return "references " + String.join(", ", references);
            }
            return "is an expression without references (a function call or operator)";
        }
    }
}
