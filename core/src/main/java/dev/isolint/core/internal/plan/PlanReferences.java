package dev.isolint.core.internal.plan;

import dev.isolint.core.model.Range;
import dev.isolint.core.model.Reference;
import java.util.ArrayList;
import java.util.List;

/**
 * Follows a planned attribute's {@code configuration} references to the resources they name (SPEC §12):
 * {@code aws_sagemaker_model.m.name} in module {@code svc} is {@code module.svc.aws_sagemaker_model.m};
 * {@code var.x} goes on in the caller's {@code module_calls[…].expressions.x}; {@code module.c.out} in module
 * {@code c}'s {@code outputs.out.expression}. Locals are not in a plan's configuration.
 */
final class PlanReferences {

    /** Deepest chain of module inputs and outputs followed (a configuration cannot loop, a hand-made plan might). */
    private static final int MAX_HOPS = 64;

    private final PlanFacts facts;
    private final Range at;
    private final List<Reference> out = new ArrayList<>();
    private String unresolved;

    private PlanReferences(PlanFacts facts, Range at) {
        this.facts = facts;
        this.at = at;
    }

    /**
     * What the attribute names: the resources its references lead to; else its constant or planned string (a name);
     * else, when it is known only after apply, a name not known before deployment.
     *
     * @param module  the call path of the resource's module ({@code svc.shadow}), empty for the root module
     * @param planned the planned value, or {@code null}
     * @param unknown the {@code after_unknown} flag, or {@code null}
     * @param at      where the reference is reported (the planned resource)
     */
    static List<Reference> of(PlanFacts facts, String module, ConfiguredResource.Expression expr, PlanScalar planned,
            PlanScalar unknown, Range at) {
        PlanReferences r = new PlanReferences(facts, at);
        if (expr != null) {
            r.follow(module, expr.references(), 0);
        }
        if (r.out.isEmpty()) {
            String name = planned != null && planned.kind() == PlanScalar.Kind.STRING ? planned.text()
                    : expr != null && expr.constant() != null && expr.constant().kind() == PlanScalar.Kind.STRING
                            ? expr.constant().text() : null;
            if (name != null) {
                r.out.add(new Reference.ByName(name, at));
            } else if (unknown != null && unknown.isTrue() || r.unresolved != null) {
                r.out.add(new Reference.Unresolvable(r.unresolved != null ? r.unresolved
                        : "the name is known only after apply", at));
            }
        }
        return r.out;
    }

    private void follow(String module, List<String> references, int hops) {
        if (hops > MAX_HOPS) {
            return;
        }
        for (String ref : references) {
            List<String> parts = parts(ref);
            if (parts.size() < 2) {
                continue;
            }
            String root = parts.get(0);
            switch (root) {
                case "var" -> passed(facts.inputs.get(module + "|" + parts.get(1)), parent(module), hops);
                case "module" -> {
                    if (parts.size() >= 3) {
                        String child = module.isEmpty() ? parts.get(1) : module + "." + parts.get(1);
                        passed(facts.outputs.get(child + "|" + parts.get(2)), child, hops);
                    }
                }
                case "local" -> unresolved = ref + " is a local value, which a plan's configuration does not show";
                case "data", "count", "each", "path", "terraform", "self" -> {
                }
                default -> add(prefix(module) + root + "." + parts.get(1));
            }
        }
    }

    private void passed(PlanFacts.Passed p, String module, int hops) {
        if (p == null) {
            return;
        }
        if (p.constant() != null && p.references().isEmpty()) {
            out.add(new Reference.ByName(p.constant(), at));
        }
        follow(module, p.references(), hops + 1);
    }

    private void add(String address) {
        for (Reference r : out) {
            if (r instanceof Reference.ToResource t && t.address().equals(address)) {
                return;
            }
        }
        out.add(new Reference.ToResource(address, at));
    }

    /** {@code a.b[0].c} as {@code [a, b, c]}: instance keys dropped (references name blocks, not instances). */
    private static List<String> parts(String ref) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (depth == 0 && c == '.') {
                parts.add(current.toString());
                current.setLength(0);
            } else if (depth == 0) {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private static String parent(String module) {
        int dot = module.lastIndexOf('.');
        return dot < 0 ? "" : module.substring(0, dot);
    }

    /** {@code module.a.module.b.} for call path {@code a.b}. */
    private static String prefix(String module) {
        if (module.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String call : module.split("\\.")) {
            sb.append("module.").append(call).append('.');
        }
        return sb.toString();
    }
}
