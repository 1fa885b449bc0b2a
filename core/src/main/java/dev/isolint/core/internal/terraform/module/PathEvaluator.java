package dev.isolint.core.internal.terraform.module;

import dev.isolint.core.api.Limits;
import dev.isolint.core.model.Evidence;
import dev.isolint.core.model.Range;
import dev.isolint.core.model.Value;
import dev.isolint.core.internal.terraform.eval.EvalException;
import dev.isolint.core.internal.terraform.eval.EvalLimitException;
import dev.isolint.core.internal.terraform.eval.ExprEvaluator;
import dev.isolint.core.internal.terraform.eval.Scope;
import dev.isolint.core.internal.terraform.eval.Trail;
import dev.isolint.core.internal.terraform.eval.Val;
import dev.isolint.core.internal.terraform.eval.Vals;
import dev.isolint.core.internal.terraform.hcl.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a {@link TerraformPath} to a bool in one instance of a resource block (or one iteration it is judged
 * on as written), with the evidence of how: through its nested blocks (none: absent; a {@code dynamic} block
 * yields one per element of its {@code for_each}, its {@code content} evaluated with the iterator; several: a
 * value each), the attribute, and keys of the object the attribute holds. What Terraform would reject is unknown,
 * saying so; an attribute not set is absent, naming the default the adapter gives.
 */
final class PathEvaluator {

    /**
     * One value the path has in the instance.
     *
     * @param suffix the nested blocks it lies in, {@code .network_config[1]}; empty without blocks
     */
    record Found(String suffix, Value<Boolean> value, Val raw, Range at) {
        Found(String suffix, Value<Boolean> value) {
            this(suffix, value, null, null);
        }
    }

    /** A dynamic block's iterator for one element, inside those of enclosing dynamic blocks. */
    private record Iterator(String name, Val key, Val value, Evidence step, Iterator outer) {
    }

    private final ModuleInstance module;
    private final Decl resource;
    private final Iteration iteration;
    private final TerraformPath path;
    private final String full;
    private final String byDefault;
    /** Whether the path's value is only tested for being set (true when it is), not converted to a bool. */
    private final boolean presence;
    /** Whether the attribute's value is wanted as evaluated (keys not applied), for references and names. */
    private final boolean raw;
    /** In {@link #raw} mode: the value of the attribute just evaluated, and where it is written. */
    private Val lastRaw;
    private Range lastAt;
    private final List<Found> out = new ArrayList<>();
    /** The evidence of the last dynamic block that yielded no block. */
    private List<Evidence> lastEmpty;

    private PathEvaluator(ModuleInstance module, Decl resource, Iteration iteration, TerraformPath path,
            boolean byDefault, boolean presence) {
        this(module, resource, iteration, path, byDefault, presence, false);
    }

    private PathEvaluator(ModuleInstance module, Decl resource, Iteration iteration, TerraformPath path,
            boolean byDefault, boolean presence, boolean raw) {
        this.raw = raw;
        this.module = module;
        this.resource = resource;
        this.iteration = iteration;
        this.path = path;
        this.full = path.toString();
        this.byDefault = String.valueOf(byDefault);
        this.presence = presence;
    }

    /** The values of {@code path} in {@code resource}'s instance {@code iteration} of {@code module}: at least one. */
    static List<Found> values(ModuleInstance module, Decl resource, Iteration iteration, TerraformPath path,
            boolean byDefault) {
        return evaluate(new PathEvaluator(module, resource, iteration, path, byDefault, false));
    }

    /**
     * Whether {@code path} is set in {@code resource}'s instance {@code iteration}: true when it holds a value that
     * is not null, absent when it (or a block or object on the way) is not set, unknown when that cannot be known.
     */
    static List<Found> presence(ModuleInstance module, Decl resource, Iteration iteration, TerraformPath path) {
        return evaluate(new PathEvaluator(module, resource, iteration, path, false, true));
    }

    /**
     * The attribute of {@code path} as evaluated, in each block on the way ({@link Found#raw}, {@code null} where it
     * is not set), without looking up {@code path.keys()}: for what an attribute names, and a resource's own name.
     */
    static List<Found> raw(ModuleInstance module, Decl resource, Iteration iteration, TerraformPath path) {
        return evaluate(new PathEvaluator(module, resource, iteration, path, false, false, true));
    }

    private static List<Found> evaluate(PathEvaluator e) {
        e.blocks(e.resource.body(), null, 0, "", List.of());
        return e.out;
    }

    // ------------------------------------------------------------------ nested blocks

    /** Descends into the blocks of {@code path.blocks()[level]} below {@code body}; {@code before} leads to it. */
    private void blocks(BlockBody body, Iterator its, int level, String suffix, List<Evidence> before) {
        if (level == path.blocks().size()) {
            Value<Boolean> v = attribute(body, its, before);
            out.add(new Found(suffix, v, lastRaw, lastAt));
            lastRaw = null;
            lastAt = null;
            return;
        }
        String type = path.blocks().get(level);
        int mark = out.size();
        int index = 0;
        List<Evidence> none = null;
        for (NestedBlock b : body.blocks(type)) {
            String at = suffix + "." + type;
            if (b.invalid() != null) {
                out.add(new Found(at, Value.unknown(b.invalid(), with(before, new Evidence(b.at(), b.invalid())))));
            } else if (!b.dynamic()) {
                blocks(b.body(), its, level + 1, at + "[" + index++ + "]", before);
            } else {
                int yielded = dynamic(b, its, level, suffix, index, before);
                if (yielded < 0) {
                    none = lastEmpty;
                } else {
                    index += yielded;
                }
            }
        }
        if (out.size() == mark) {
            List<Evidence> chain = none != null ? new ArrayList<>(none) : new ArrayList<>(before);
            if (none == null) {
                chain.add(new Evidence(body.location(), "there is no " + type + " block: " + full + " defaults to "
                        + byDefault));
            }
            out.add(new Found(suffix, notSet(chain)));
        }
    }

    /**
     * Expands a dynamic block: its blocks numbered from {@code index}. Returns how many it yields, or -1 when it
     * yields none ({@link #lastEmpty} then says why); an unknown or rejected one adds an unknown value.
     */
    private int dynamic(NestedBlock b, Iterator its, int level, String suffix, int index, List<Evidence> before) {
        String type = b.type();
        String what = "dynamic \"" + type + "\"";
        String at = suffix + "." + type;
        BlockBody d = b.body();
        Arg forEach = d.arg("for_each");
        List<NestedBlock> content = d.blocks("content");
        String iterator = type;
        Arg named = d.arg("iterator");
        String problem = null;
        if (forEach == null) {
            problem = what + " has no for_each argument, Terraform would reject it";
        } else if (content.size() != 1 || content.get(0).dynamic() || content.get(0).invalid() != null) {
            problem = what + " needs exactly one content block, Terraform would reject it";
        } else if (named != null) {
            iterator = iteratorName(named);
            if (iterator == null) {
                problem = "the iterator of " + what + " must be a name, Terraform would reject it";
            }
        }
        if (problem != null) {
            out.add(new Found(at, Value.unknown(problem, with(before, new Evidence(b.at(), problem)))));
            return 0;
        }
        Trail trail = new Trail();
        trail.addAll(before);
        trail.add(forEach.evidence());
        String failed = null;
        Val v = null;
        try {
            v = new ExprEvaluator(scope(its, forEach.file()), trail, module.walk.budget).eval(forEach.expr());
        } catch (EvalException e) {
            failed = "the for_each of " + what + " cannot be evaluated, Terraform would reject it: " + e.getMessage();
        } catch (EvalLimitException e) {
            failed = "the for_each of " + what + ": " + e.getMessage();
        }
        List<Val> keys = new ArrayList<>();
        List<Val> values = new ArrayList<>();
        if (failed == null) {
            failed = elements(v, what, trail, keys, values);
        }
        if (failed != null) {
            out.add(new Found(at, Value.unknown(failed, trail.steps())));
            return 0;
        }
        if (keys.isEmpty()) {
            trail.add(forEach.evidence("for_each is empty: " + what + " yields no block, so " + full
                    + " defaults to " + byDefault));
            lastEmpty = trail.steps();
            return -1;
        }
        int limit = module.walk.context.limits().instances();
        // Counted with the values already found, so that nested dynamic blocks cannot multiply past the limit.
        if (out.size() + keys.size() > limit) {
            String reason = "the for_each of " + what + " has " + keys.size() + " elements, more blocks than isolint"
                    + " expands (" + limit + ") " + Limits.howToRaise("instances");
            module.walk.error(forEach.location(), reason);
            out.add(new Found(at, Value.unknown(reason, trail.steps())));
            return 0;
        }
        // Each block's chain starts with the for_each line; how its value came about stays with the unknown cases.
        List<Evidence> lead = with(before, forEach.evidence());
        for (int i = 0; i < keys.size(); i++) {
            Evidence step = forEach.evidence(iterator + ".key = " + Vals.show(keys.get(i)) + ", " + iterator
                    + ".value = " + Vals.show(values.get(i)));
            Iterator inner = new Iterator(iterator, keys.get(i), values.get(i), step, its);
            blocks(content.get(0).body(), inner, level + 1, at + "[" + (index + i) + "]", lead);
        }
        return keys.size();
    }

    /**
     * The elements a dynamic block's {@code for_each} iterates, as Terraform's dynamic blocks do: a list or tuple
     * by index, a set by value, a map or object by key. Returns why there are none to name, or {@code null}.
     */
    private static String elements(Val v, String what, Trail trail, List<Val> keys, List<Val> values) {
        if (v instanceof Val.Unknown u) {
            trail.addAll(u.evidence());
            return "the for_each of " + what + " is not known before apply: " + u.reason();
        }
        if (v instanceof Val.Obj o) {
            for (Map.Entry<String, Val> e : o.attributes().entrySet()) {
                keys.add(new Val.Str(e.getKey()));
                values.add(e.getValue());
            }
            return null;
        }
        if (v instanceof Val.Seq s) {
            for (int i = 0; i < s.items().size(); i++) {
                Val item = s.items().get(i);
                if (s.kind() == Val.SeqKind.SET && item instanceof Val.Unknown u) {
                    trail.addAll(u.evidence());
                    return "the for_each of " + what + " is not known before apply: " + u.reason();
                }
                keys.add(s.kind() == Val.SeqKind.SET ? item : Val.Num.of(i));
                values.add(item);
            }
            return null;
        }
        String type = v == Val.Null.NULL ? "null" : "a " + Vals.typeName(v);
        return "the for_each of " + what + " is " + type + "; Terraform needs a collection and would reject it";
    }

    /** {@code iterator = name} (native syntax: a bare name; JSON syntax: a string holding it), or {@code null}. */
    private static String iteratorName(Arg named) {
        Expr e = named.expr();
        if (e instanceof Expr.Variable v) {
            return v.name();
        }
        String text = named.file().json() ? JsonBlocks.keyText(e) : null;
        return text == null || text.isEmpty() ? null : text;
    }

    // ------------------------------------------------------------------ the attribute

    private Value<Boolean> attribute(BlockBody body, Iterator its, List<Evidence> before) {
        String name = path.attribute();
        Arg a = body.arg(name);
        if (a == null) {
            return notSet(with(before, new Evidence(body.location(), name + " is not set: "
                    + (name.equals(full) ? "" : full + " ") + "defaults to " + byDefault)));
        }
        Trail trail = new Trail();
        Val v = module.evaluate(a.expr(), scope(its, a.file()), trail, full);
        Trail chain = new Trail();
        chain.addAll(before);
        chain.add(a.evidence());
        chain.addAll(trail.steps());
        if (raw) {
            lastRaw = v;
            lastAt = a.location();
            return Value.known(true, chain.steps());
        }
        String shown = name;
        for (String key : path.keys()) {
            if (v instanceof Val.Unknown) {
                break;
            }
            if (v == Val.Null.NULL) {
                chain.add(a.evidence(shown + " = null: " + full + " defaults to " + byDefault));
                return Value.absent(shown + " is null, so " + full + " defaults to " + byDefault, chain.steps());
            }
            if (!(v instanceof Val.Obj o)) {
                return Value.unknown(shown + " = " + Vals.show(v) + " is not an object, Terraform would reject it",
                        chain.steps());
            }
            shown = shown + "." + key;
            v = o.attributes().get(key);
            if (v == null) {
                chain.add(a.evidence(shown + " is not set: defaults to " + byDefault));
                return notSet(chain.steps());
            }
        }
        if (v instanceof Val.Unknown u) {
            chain.addAll(u.evidence());
            return Value.unknown(u.reason(), chain.steps());
        }
        if (v == Val.Null.NULL) {
            chain.add(a.evidence(shown + " = null: defaults to " + byDefault));
            return Value.absent(shown + " is null, so it defaults to " + byDefault, chain.steps());
        }
        if (presence) {
            chain.add(a.evidence(shown + " is set"));
            return Value.known(true, chain.steps());
        }
        Val b;
        try {
            b = Vals.toBool(v, a.attribute().range());
        } catch (EvalException ex) {
            return Value.unknown(shown + " = " + Vals.show(v) + " is not a bool, Terraform would reject it",
                    chain.steps());
        }
        boolean value = ((Val.Bool) b).value();
        chain.add(a.evidence(shown + " = " + value));
        return Value.known(value, chain.steps());
    }

    private Value<Boolean> notSet(List<Evidence> chain) {
        return Value.absent(full + " is not set, and the service default is " + byDefault, chain);
    }

    /** The scope of an expression written in {@code file}: the resource instance's, inside the iterators. */
    private Scope scope(Iterator its, ConfigFile file) {
        if (its == null) {
            return new BlockScope(module, iteration, resource, file);
        }
        return new IteratorScope(scope(its.outer(), file), its.name(), its.key(), its.value(), its.step());
    }

    private static List<Evidence> with(List<Evidence> before, Evidence step) {
        List<Evidence> chain = new ArrayList<>(before);
        chain.add(step);
        return chain;
    }
}
