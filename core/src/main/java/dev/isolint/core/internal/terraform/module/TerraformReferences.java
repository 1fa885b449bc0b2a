package dev.isolint.core.internal.terraform.module;

import dev.isolint.core.model.NameSetting;
import dev.isolint.core.model.Range;
import dev.isolint.core.model.Reference;
import dev.isolint.core.internal.terraform.eval.Val;
import java.util.ArrayList;
import java.util.List;

/** Turns evaluated attribute values into the references and name settings of SPEC §12. */
final class TerraformReferences {

    private TerraformReferences() {
    }

    /** The values at {@code keys[from..]} below {@code v}, looked up in objects and in every item of a list. */
    static void leaves(Val v, List<String> keys, int from, List<Val> out) {
        if (from == keys.size() || v instanceof Val.Unknown) {
            out.add(v);
            return;
        }
        if (v instanceof Val.Seq s) {
            for (Val item : s.items()) {
                leaves(item, keys, from, out);
            }
        } else if (v instanceof Val.Obj o && o.attributes().get(keys.get(from)) != null) {
            leaves(o.attributes().get(keys.get(from)), keys, from + 1, out);
        }
    }

    /** Adds what {@code v}, written at {@code at}, names, unless an equal reference is there already. */
    static void add(Val v, Range at, List<Reference> out) {
        Reference r;
        if (v instanceof Val.Unknown u) {
            r = u.origin() != null ? new Reference.ToResource(u.origin(), at) : new Reference.Unresolvable(u.reason(), at);
        } else if (v instanceof Val.Str s) {
            r = new Reference.ByName(s.value(), at);
        } else {
            return;
        }
        for (Reference seen : out) {
            if (same(seen, r)) {
                return;
            }
        }
        out.add(r);
    }

    // Compared by hand: a record's generated equals bootstraps through invokedynamic (bench/README.md).
    private static boolean same(Reference a, Reference b) {
        if (a instanceof Reference.ToResource x && b instanceof Reference.ToResource y) {
            return x.address().equals(y.address());
        }
        if (a instanceof Reference.ByName x && b instanceof Reference.ByName y) {
            return x.name().equals(y.name());
        }
        return a instanceof Reference.Unresolvable x && b instanceof Reference.Unresolvable y
                && x.reason().equals(y.reason());
    }

    /** The name setting {@code found} (the name attribute in each instance) gives; {@code block} when not set. */
    static NameSetting name(String property, List<PathEvaluator.Found> found, Range block) {
        List<String> literals = new ArrayList<>();
        Range at = null;
        boolean expression = false;
        for (PathEvaluator.Found f : found) {
            if (f.raw() == null || f.raw() == Val.Null.NULL) {
                continue;
            }
            at = at == null ? f.at() : at;
            if (f.raw() instanceof Val.Str s) {
                if (!literals.contains(s.value())) {
                    literals.add(s.value());
                }
            } else {
                expression = true;
            }
        }
        if (at == null) {
            return NameSetting.notSet(property, block);
        }
        return expression ? new NameSetting(property, NameSetting.Kind.EXPRESSION, List.of(), at)
                : new NameSetting(property, NameSetting.Kind.LITERAL, literals, at);
    }
}
