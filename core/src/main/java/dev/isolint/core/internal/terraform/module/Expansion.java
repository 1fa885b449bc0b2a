package dev.isolint.core.internal.terraform.module;

import dev.isolint.core.api.Limits;
import dev.isolint.core.model.Evidence;
import dev.isolint.core.internal.terraform.eval.EvalException;
import dev.isolint.core.internal.terraform.eval.EvalLimitException;
import dev.isolint.core.internal.terraform.eval.ExprEvaluator;
import dev.isolint.core.internal.terraform.eval.Trail;
import dev.isolint.core.internal.terraform.eval.Val;
import dev.isolint.core.internal.terraform.eval.Vals;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The instances a resource or module block yields under the evaluated inputs, as
 * {@code terraform plan} expands {@code count} and {@code for_each}: one (neither set), several,
 * none, or unknown (the count or keys cannot be known before apply, or Terraform would reject them).
 *
 * @param kind       which case
 * @param iterations the instances, in Terraform's order (count index, or lexical key order)
 * @param byKey      whether instances are keyed ({@code for_each}) rather than indexed
 * @param reason     for {@link Kind#EMPTY} and {@link Kind#UNKNOWN}: why there is no instance
 * @param evidence   how the count or keys were evaluated
 */
record Expansion(Kind kind, List<Iteration> iterations, boolean byKey, String reason, List<Evidence> evidence) {

    enum Kind { SINGLE, REPEATED, EMPTY, UNKNOWN }

    static final Expansion SINGLE = new Expansion(Kind.SINGLE, List.of(Iteration.PLAIN), false, null, List.of());

    /** Whether the block has real instances. */
    boolean hasInstances() {
        return kind == Kind.SINGLE || kind == Kind.REPEATED;
    }

    /** Expands {@code decl} in {@code scope}'s module instance. */
    static Expansion of(Decl decl, String what, ModuleInstance instance) {
        Arg count = decl.arg("count");
        Arg forEach = decl.arg("for_each");
        if (count == null && forEach == null) {
            return SINGLE;
        }
        if (count != null && forEach != null) {
            return none(Kind.UNKNOWN, "count and for_each are both set, which Terraform rejects", false,
                    List.of(count.evidence(), forEach.evidence()));
        }
        Arg arg = count != null ? count : forEach;
        Trail trail = new Trail();
        trail.add(arg.evidence());
        Val v;
        try {
            v = new ExprEvaluator(new BlockScope(instance, Iteration.PLAIN, decl, arg.file()), trail, instance.walk.budget)
                    .eval(arg.expr());
        } catch (EvalException e) {
            return none(Kind.UNKNOWN, arg.attribute().name() + " of " + what + " cannot be evaluated: Terraform would"
                    + " reject it (" + e.getMessage() + ")", forEach != null, trail.steps());
        } catch (EvalLimitException e) {
            return none(Kind.UNKNOWN, arg.attribute().name() + " of " + what + ": " + e.getMessage(), forEach != null,
                    trail.steps());
        }
        return count != null ? byCount(v, arg, what, trail, instance.walk)
                : byForEach(v, arg, what, trail, instance.walk);
    }

    private static Expansion byCount(Val v, Arg arg, String what, Trail trail, Walk walk) {
        if (v instanceof Val.Unknown u) {
            return none(Kind.UNKNOWN, "the count of " + what + " is not known before apply: " + u.reason(), false,
                    with(trail, u.evidence()));
        }
        int n;
        try {
            if (v == Val.Null.NULL) {
                throw new EvalException("count must not be null", arg.attribute().range());
            }
            n = Vals.wholeNumber(v, arg.attribute().range(), "count");
        } catch (EvalException e) {
            return none(Kind.UNKNOWN, "count of " + what + " is invalid, Terraform would reject it: " + e.getMessage(),
                    false, trail.steps());
        }
        if (n < 0) {
            return none(Kind.UNKNOWN, "count of " + what + " is negative (" + n + "), Terraform would reject it",
                    false, trail.steps());
        }
        if (n == 0) {
            trail.add(arg.evidence("count = 0: " + what + " has no instance with these inputs"));
            return none(Kind.EMPTY, "count = 0", false, trail.steps());
        }
        if (n > walk.context.limits().instances()) {
            return tooMany(walk, arg, "count of " + what + " is " + n, false, trail);
        }
        List<Iteration> its = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            its.add(Iteration.count(i, arg.evidence("count.index = " + i + " (count = " + n + ")")));
        }
        return new Expansion(Kind.REPEATED, its, false, null, trail.steps());
    }

    private static Expansion byForEach(Val v, Arg arg, String what, Trail trail, Walk walk) {
        if (v instanceof Val.Unknown u) {
            return none(Kind.UNKNOWN, "the for_each keys of " + what + " are not known before apply: " + u.reason(),
                    true, with(trail, u.evidence()));
        }
        List<Iteration> its = new ArrayList<>();
        if (v instanceof Val.Obj o) {
            for (Map.Entry<String, Val> e : o.attributes().entrySet()) {
                its.add(Iteration.each(e.getKey(), e.getValue(), arg.evidence("each.key = \"" + e.getKey()
                        + "\", each.value = " + Vals.show(e.getValue()))));
            }
        } else if (v instanceof Val.Seq s && s.kind() == Val.SeqKind.SET) {
            for (Val item : s.items()) {
                if (item instanceof Val.Unknown u) {
                    return none(Kind.UNKNOWN, "the for_each keys of " + what + " are not known before apply: "
                            + u.reason(), true, with(trail, u.evidence()));
                }
                if (!(item instanceof Val.Str str)) {
                    return none(Kind.UNKNOWN, "for_each of " + what + " is a set of " + Vals.typeName(item)
                            + " values; Terraform needs a map or a set of strings and would reject it", true,
                            trail.steps());
                }
                its.add(Iteration.each(str.value(), str, arg.evidence("each.key = each.value = \"" + str.value() + "\"")));
            }
        } else {
            String type = v == Val.Null.NULL ? "null" : "a " + Vals.typeName(v);
            return none(Kind.UNKNOWN, "for_each of " + what + " is " + type + "; Terraform needs a map or a set of"
                    + " strings (toset(...)) and would reject it", true, trail.steps());
        }
        if (its.isEmpty()) {
            trail.add(arg.evidence("for_each is empty: " + what + " has no instance with these inputs"));
            return none(Kind.EMPTY, "for_each is empty", true, trail.steps());
        }
        if (its.size() > walk.context.limits().instances()) {
            return tooMany(walk, arg, "for_each of " + what + " has " + its.size() + " keys", true, trail);
        }
        return new Expansion(Kind.REPEATED, its, true, null, trail.steps());
    }

    /** Past the {@code instances} limit: an error naming it, and the block judged as written. */
    private static Expansion tooMany(Walk walk, Arg arg, String what, boolean byKey, Trail trail) {
        String reason = what + ", more instances than isolint expands (" + walk.context.limits().instances() + ") "
                + Limits.howToRaise("instances");
        walk.error(arg.location(), reason);
        return none(Kind.UNKNOWN, reason, byKey, trail.steps());
    }

    private static List<Evidence> with(Trail trail, List<Evidence> more) {
        trail.addAll(more);
        return trail.steps();
    }

    private static Expansion none(Kind kind, String reason, boolean byKey, List<Evidence> evidence) {
        return new Expansion(kind, List.of(), byKey, reason, evidence);
    }
}
