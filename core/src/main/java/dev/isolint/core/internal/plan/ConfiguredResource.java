package dev.isolint.core.internal.plan;

import dev.isolint.core.model.Range;
import java.util.List;

/**
 * A kept resource block as the plan's {@code configuration} section describes it (the configuration has no
 * source lines, only expressions).
 *
 * @param module      the module call path, names joined by dots ({@code svc.shadow}); empty for the root module
 * @param type        the resource type
 * @param name        the resource name
 * @param location    the opening brace of the configuration object in the plan
 * @param expressions the expression that sets each kept path ({@link PlanSelection#paths}), or {@code null} where
 *                    the block has none
 */
record ConfiguredResource(String module, String type, String name, Range location, Expression[] expressions) {

    /**
     * An attribute's expression as Terraform renders it: a constant, or the references it uses. For a path inside
     * an object attribute ({@code network_config.enable_network_isolation} of {@code network_config = {…}}) it is the
     * object's expression: the constant found inside the object's constant value, or the object's references.
     *
     * @param at         the path the expression is written at: the kept path itself, or the attribute holding it
     * @param location   where the expression (or the constant inside an object's constant) stands in the plan
     * @param constant   the constant value at the kept path, or {@code null} when the expression is not constant
     * @param references {@code references}, in the plan's order
     */
    record Expression(PlanPath at, Range location, PlanScalar constant, List<String> references) {
        Expression {
            references = List.copyOf(references);
        }

        /** True for {@code = null}: as good as not written. */
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
