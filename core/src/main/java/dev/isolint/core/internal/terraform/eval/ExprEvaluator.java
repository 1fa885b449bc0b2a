package dev.isolint.core.internal.terraform.eval;

import dev.isolint.core.api.Limits;
import dev.isolint.core.internal.terraform.eval.Val.Bool;
import dev.isolint.core.internal.terraform.eval.Val.Null;
import dev.isolint.core.internal.terraform.eval.Val.Num;
import dev.isolint.core.internal.terraform.eval.Val.Obj;
import dev.isolint.core.internal.terraform.eval.Val.Seq;
import dev.isolint.core.internal.terraform.eval.Val.SeqKind;
import dev.isolint.core.internal.terraform.eval.Val.Str;
import dev.isolint.core.internal.terraform.eval.Val.Unknown;
import dev.isolint.core.internal.terraform.hcl.Expr;
import dev.isolint.core.internal.terraform.hcl.HclPrinter;
import dev.isolint.core.model.Range;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates HCL expressions as Terraform does before apply: operators (both operands evaluated,
 * as HCL does; {@code &&}/{@code ||} known when one side decides), conditionals, index and
 * attribute access, splats, templates, {@code for} expressions, and the functions of
 * {@link Functions}. References go to the {@link Scope}; a reference to a resource or data
 * source is unknown and named. Nesting and steps are bounded.
 */
public final class ExprEvaluator {

    /** Reference roots that are not resources; everything else at the root of a reference is a resource type. */
    private static final Set<String> NON_RESOURCE_ROOTS =
            Set.of("var", "local", "module", "path", "terraform", "count", "each", "self", "data", "ephemeral");
    private static final String SPLAT_ITEM = "\u0000splat";
    private static final MathContext DIVISION = new MathContext(160);

    private final Scope scope;
    private final Trail trail;
    private final Budget budget;
    private Map<String, Val> bindings = Map.of();
    private int depth;

    public ExprEvaluator(Scope scope, Trail trail, Budget budget) {
        this.scope = scope;
        this.trail = trail;
        this.budget = budget;
    }

    /** Evaluates an expression that may not refer to anything (a type default, a {@code .tfvars} value). */
    public static Val constant(Expr e) {
        return new ExprEvaluator(null, new Trail(), Budget.forConstant()).eval(e);
    }

    public Trail trail() {
        return trail;
    }

    /**
     * The value of {@code e}. Terraform-level errors surface as {@link EvalException}, isolint's
     * limits as {@link EvalLimitException}.
     */
    public Val eval(Expr e) {
        budget.step();
        if (++depth > budget.maxDepth()) {
            depth--;
            throw new EvalLimitException("expression nested deeper than " + budget.maxDepth() + " levels"
                    + (budget.maxDepth() < Budget.MAX_DEPTH ? " " + Limits.howToRaise("depth") : ""));
        }
        try {
            Val v = evalInner(e);
            if (!(e instanceof Expr.Variable || e instanceof Expr.GetAttr || e instanceof Expr.Index
                    || e instanceof Expr.Literal || e instanceof Expr.Parens || e instanceof Expr.SplatItem)) {
                // A new value was built: count its size.
                budget.grow(v);
            }
            return v;
        } finally {
            depth--;
        }
    }

    private Val evalInner(Expr e) {
        if (e instanceof Expr.Literal l) {
            return Vals.fromPlain(l.value());
        }
        if (e instanceof Expr.Template t) {
            return template(t);
        }
        if (e instanceof Expr.TemplateWrap w) {
            return eval(w.wrapped());
        }
        if (e instanceof Expr.TemplateJoin j) {
            return join(j);
        }
        if (e instanceof Expr.Variable v) {
            return variable(v);
        }
        if (e instanceof Expr.GetAttr g) {
            return getAttr(g);
        }
        if (e instanceof Expr.Index i) {
            Unknown resource = resourceReference(i);
            if (resource != null) {
                return resource;
            }
            Val coll = eval(i.source());
            Val key = eval(i.key());
            return index(coll, key, i.range());
        }
        if (e instanceof Expr.Splat s) {
            return splat(s);
        }
        if (e instanceof Expr.SplatItem si) {
            Val item = bindings.get(SPLAT_ITEM);
            if (item == null) {
                throw new EvalException("splat item used outside a splat", si.range());
            }
            return item;
        }
        if (e instanceof Expr.Call c) {
            return call(c);
        }
        if (e instanceof Expr.Tuple t) {
            List<Val> items = new ArrayList<>(t.items().size());
            for (Expr item : t.items()) {
                items.add(eval(item));
            }
            return Seq.tuple(items);
        }
        if (e instanceof Expr.ObjectCons o) {
            return object(o);
        }
        if (e instanceof Expr.For f) {
            return forExpr(f);
        }
        if (e instanceof Expr.Conditional c) {
            return conditional(c);
        }
        if (e instanceof Expr.Binary b) {
            return binary(b);
        }
        if (e instanceof Expr.Unary u) {
            return unary(u);
        }
        return eval(((Expr.Parens) e).inner());
    }

    // ------------------------------------------------------------------ references

    private Val variable(Expr.Variable v) {
        Val bound = bindings.get(v.name());
        if (bound != null) {
            return bound;
        }
        if (scope == null) {
            throw new EvalException("references are not allowed here (" + v.name() + ")", v.range());
        }
        if (NON_RESOURCE_ROOTS.contains(v.name())) {
            if (v.name().equals("self")) {
                return Unknown.because("self is known only when the resource is created");
            }
            throw new EvalException("\"" + v.name() + "\" must be followed by an attribute name", v.range());
        }
        return Unknown.because("resource " + v.name() + " is known only after apply");
    }

    private Val getAttr(Expr.GetAttr g) {
        Unknown resource = resourceReference(g);
        if (resource != null) {
            return resource;
        }
        if (g.source() instanceof Expr.Variable root && !bindings.containsKey(root.name()) && scope != null
                && scope.resolves(root.name())) {
            return scope.reference(root.name(), g.name(), g.range(), trail);
        }
        // module.call.output and module.call[key].output: ask for the one output, so its evidence is its own.
        if (isModuleCall(g.source())) {
            Expr.GetAttr call = (Expr.GetAttr) g.source();
            return scope.moduleOutput(call.name(), null, g.name(), g.range(), trail);
        }
        if (g.source() instanceof Expr.Index i && isModuleCall(i.source())) {
            Val key = eval(i.key());
            if (key instanceof Unknown) {
                return key;
            }
            return scope.moduleOutput(((Expr.GetAttr) i.source()).name(), key, g.name(), g.range(), trail);
        }
        return attribute(eval(g.source()), g.name(), g.range());
    }

    private boolean isModuleCall(Expr e) {
        return e instanceof Expr.GetAttr g && g.source() instanceof Expr.Variable v && v.name().equals("module")
                && !bindings.containsKey("module") && scope != null && scope.resolves("module");
    }

    /**
     * A reference to a resource, data source or {@code self} (its whole traversal written out), or
     * {@code null} when {@code e} is not one. Such values exist only after apply.
     */
    private Unknown resourceReference(Expr e) {
        Expr root = e;
        while (true) {
            if (root instanceof Expr.GetAttr g) {
                root = g.source();
            } else if (root instanceof Expr.Index i) {
                root = i.source();
            } else if (root instanceof Expr.Splat s) {
                root = s.source();
            } else {
                break;
            }
        }
        if (!(root instanceof Expr.Variable v) || bindings.containsKey(v.name()) || scope == null) {
            return null;
        }
        String name = v.name();
        String text = HclPrinter.print(e);
        if (name.equals("data") || name.equals("ephemeral")) {
            return Unknown.because(text + " is read from a data source at plan or apply time");
        }
        if (name.equals("self")) {
            return Unknown.because(text + " is known only when the resource is created");
        }
        if (NON_RESOURCE_ROOTS.contains(name) || scope.resolves(name)) {
            return null;
        }
        return Unknown.of(text + " is an attribute of resource " + name + ", known only after apply",
                scope.resourceAddress(name, resourceName(e)));
    }

    /** The name label of the resource {@code e} refers to ({@code m} in {@code aws_x.m[0].name}), or null. */
    private static String resourceName(Expr e) {
        Expr at = e;
        while (true) {
            if (at instanceof Expr.GetAttr g) {
                if (g.source() instanceof Expr.Variable) {
                    return g.name();
                }
                at = g.source();
            } else if (at instanceof Expr.Index i) {
                at = i.source();
            } else if (at instanceof Expr.Splat s) {
                at = s.source();
            } else {
                return null;
            }
        }
    }

    /** {@code value.name}. */
    public static Val attribute(Val value, String name, Range at) {
        if (value instanceof Unknown) {
            return value;
        }
        if (value instanceof Obj o) {
            Val v = o.attributes().get(name);
            if (v == null) {
                throw new EvalException((o.map() ? "the map has no element \"" : "the object has no attribute \"")
                        + name + "\"", at);
            }
            return v;
        }
        if (value == Null.NULL) {
            throw new EvalException("attempt to get attribute \"" + name + "\" from a null value", at);
        }
        throw new EvalException("cannot access attribute \"" + name + "\" on a " + Vals.typeName(value)
                + (value instanceof Seq ? " (did you mean [*]." + name + "?)" : ""), at);
    }

    /** {@code coll[key]}. */
    public static Val index(Val coll, Val key, Range at) {
        if (coll instanceof Unknown) {
            return coll;
        }
        if (key instanceof Unknown) {
            return key;
        }
        if (coll == Null.NULL) {
            throw new EvalException("cannot index a null value", at);
        }
        if (key == Null.NULL) {
            throw new EvalException("cannot index with null", at);
        }
        if (coll instanceof Seq s) {
            if (s.kind() == SeqKind.SET) {
                throw new EvalException("elements of a set cannot be accessed by index; convert it with tolist()", at);
            }
            int i = Vals.wholeNumber(key, at, "the index");
            if (i < 0 || i >= s.items().size()) {
                throw new EvalException("index " + i + " is out of range for a " + Vals.typeName(coll) + " of "
                        + s.items().size() + " elements", at);
            }
            return s.items().get(i);
        }
        if (coll instanceof Obj o) {
            String k = Vals.str(key, at, "the key");
            Val v = o.attributes().get(k);
            if (v == null) {
                throw new EvalException("the " + Vals.typeName(coll) + " has no element \"" + k + "\"", at);
            }
            return v;
        }
        throw new EvalException("a " + Vals.typeName(coll) + " cannot be indexed", at);
    }

    private Val splat(Expr.Splat s) {
        Unknown resource = resourceReference(s);
        if (resource != null) {
            return resource;
        }
        Val source = eval(s.source());
        if (source instanceof Unknown) {
            return source;
        }
        if (source == Null.NULL) {
            return Seq.tuple(List.of());
        }
        List<Val> items = source instanceof Seq seq ? seq.items() : List.of(source);
        List<Val> out = new ArrayList<>(items.size());
        Map<String, Val> saved = bindings;
        try {
            for (Val item : items) {
                bindings = with(saved, SPLAT_ITEM, item);
                out.add(eval(s.each()));
            }
        } finally {
            bindings = saved;
        }
        SeqKind kind = source instanceof Seq seq && seq.kind() != SeqKind.TUPLE ? SeqKind.LIST : SeqKind.TUPLE;
        return new Seq(out, kind);
    }

    private static Map<String, Val> with(Map<String, Val> base, String name, Val value) {
        Map<String, Val> m = new HashMap<>(base);
        m.put(name, value);
        return m;
    }

    // ------------------------------------------------------------------ templates

    private Val template(Expr.Template t) {
        StringBuilder sb = new StringBuilder();
        Val unknown = null;
        for (Expr part : t.parts()) {
            Val v = eval(part);
            if (v instanceof Unknown) {
                unknown = unknown == null ? v : unknown;
                continue;
            }
            if (v == Null.NULL) {
                throw new EvalException("a template cannot include a null value", part.range());
            }
            if (v instanceof Seq || v instanceof Obj) {
                throw new EvalException("a template cannot include a " + Vals.typeName(v) + " value", part.range());
            }
            sb.append(((Str) Vals.toStr(v, part.range())).value());
        }
        return unknown != null ? unknown : new Str(sb.toString());
    }

    private Val join(Expr.TemplateJoin j) {
        Val tuple = forExpr(j.loop());
        if (tuple instanceof Unknown) {
            return tuple;
        }
        StringBuilder sb = new StringBuilder();
        for (Val v : ((Seq) tuple).items()) {
            if (v instanceof Unknown) {
                return v;
            }
            sb.append(Vals.str(v, j.range(), "a template part"));
        }
        return new Str(sb.toString());
    }

    // ------------------------------------------------------------------ collections

    private Val object(Expr.ObjectCons o) {
        Map<String, Val> attrs = new LinkedHashMap<>();
        Val unknown = null;
        for (Expr.Item item : o.items()) {
            String key;
            if (!item.forceExpression() && item.key() instanceof Expr.Variable v) {
                key = v.name();
            } else {
                Val k = eval(item.key());
                if (k instanceof Unknown) {
                    unknown = unknown == null ? k : unknown;
                    eval(item.value());
                    continue;
                }
                if (k == Null.NULL) {
                    throw new EvalException("an object key must not be null", item.key().range());
                }
                key = Vals.str(k, item.key().range(), "an object key");
            }
            attrs.put(key, eval(item.value()));
        }
        return unknown != null ? unknown : Obj.object(attrs);
    }

    private Val forExpr(Expr.For f) {
        Val coll = eval(f.collection());
        if (coll instanceof Unknown) {
            return coll;
        }
        if (coll == Null.NULL) {
            throw new EvalException("a for expression cannot iterate over null", f.collection().range());
        }
        List<Val[]> pairs = new ArrayList<>();
        if (coll instanceof Seq s) {
            for (int i = 0; i < s.items().size(); i++) {
                Val item = s.items().get(i);
                pairs.add(new Val[] {s.kind() == SeqKind.SET ? item : Num.of(i), item});
            }
        } else if (coll instanceof Obj o) {
            for (Map.Entry<String, Val> e : o.attributes().entrySet()) {
                pairs.add(new Val[] {new Str(e.getKey()), e.getValue()});
            }
        } else {
            throw new EvalException("a for expression cannot iterate over a " + Vals.typeName(coll),
                    f.collection().range());
        }
        Map<String, Val> saved = bindings;
        List<Val> tuple = new ArrayList<>();
        Map<String, Val> object = new LinkedHashMap<>();
        Map<String, List<Val>> groups = new LinkedHashMap<>();
        Val unknown = null;
        try {
            for (Val[] pair : pairs) {
                Map<String, Val> b = new HashMap<>(saved);
                if (f.keyVar() != null) {
                    b.put(f.keyVar(), pair[0]);
                }
                b.put(f.valueVar(), pair[1]);
                bindings = b;
                if (f.condition() != null) {
                    Val c = eval(f.condition());
                    if (c instanceof Unknown) {
                        unknown = unknown == null ? c : unknown;
                        continue;
                    }
                    if (!Vals.bool(c, f.condition().range(), "a for expression's condition")) {
                        continue;
                    }
                }
                if (!f.object()) {
                    tuple.add(eval(f.valueExpr()));
                    continue;
                }
                Val k = eval(f.keyExpr());
                Val v = eval(f.valueExpr());
                if (k instanceof Unknown) {
                    unknown = unknown == null ? k : unknown;
                    continue;
                }
                String key = Vals.str(k, f.keyExpr().range(), "a for expression's key");
                if (f.group()) {
                    groups.putIfAbsent(key, new ArrayList<>());
                    groups.get(key).add(v);
                } else if (object.containsKey(key)) {
                    throw new EvalException("two items produced the key \"" + key + "\" in this for expression;"
                            + " use \"...\" to group them", f.keyExpr().range());
                } else {
                    object.put(key, v);
                }
            }
        } finally {
            bindings = saved;
        }
        if (unknown != null) {
            return unknown;
        }
        if (!f.object()) {
            return Seq.tuple(tuple);
        }
        if (f.group()) {
            for (Map.Entry<String, List<Val>> g : groups.entrySet()) {
                object.put(g.getKey(), Seq.tuple(g.getValue()));
            }
        }
        return Obj.object(object);
    }

    // ------------------------------------------------------------------ operators

    private Val conditional(Expr.Conditional c) {
        Val cond = eval(c.condition());
        if (cond instanceof Unknown) {
            return cond;
        }
        if (cond == Null.NULL) {
            throw new EvalException("the condition must not be null", c.condition().range());
        }
        boolean b = Vals.bool(cond, c.condition().range(), "the condition");
        return eval(b ? c.whenTrue() : c.whenFalse());
    }

    private Val binary(Expr.Binary b) {
        Val l = eval(b.left());
        Val r = eval(b.right());
        Range at = b.range();
        switch (b.op()) {
            case AND, OR -> {
                return logical(b.op() == Expr.Operator.AND, l, r, b);
            }
            case EQ, NE -> {
                Boolean eq = Vals.equal(l, r);
                if (eq == null) {
                    Unknown u = Vals.firstUnknown(l);
                    return u != null ? u : Vals.firstUnknown(r);
                }
                return Bool.of(b.op() == Expr.Operator.EQ ? eq : !eq);
            }
            default -> {
                if (l instanceof Unknown) {
                    return l;
                }
                if (r instanceof Unknown) {
                    return r;
                }
                BigDecimal x = Vals.num(l, b.left().range(), "the left operand of " + b.op().symbol());
                BigDecimal y = Vals.num(r, b.right().range(), "the right operand of " + b.op().symbol());
                return arithmetic(b.op(), x, y, at);
            }
        }
    }

    private static Val logical(boolean and, Val l, Val r, Expr.Binary b) {
        Boolean x = l instanceof Unknown ? null : Vals.bool(l, b.left().range(), "an operand of " + b.op().symbol());
        Boolean y = r instanceof Unknown ? null : Vals.bool(r, b.right().range(), "an operand of " + b.op().symbol());
        // One known operand can decide: false && anything is false, true || anything is true.
        if (and && (Boolean.FALSE.equals(x) || Boolean.FALSE.equals(y))) {
            return Bool.FALSE;
        }
        if (!and && (Boolean.TRUE.equals(x) || Boolean.TRUE.equals(y))) {
            return Bool.TRUE;
        }
        if (x == null) {
            return l;
        }
        if (y == null) {
            return r;
        }
        return Bool.of(and ? x && y : x || y);
    }

    private static Val arithmetic(Expr.Operator op, BigDecimal x, BigDecimal y, Range at) {
        return switch (op) {
            case LT -> Bool.of(x.compareTo(y) < 0);
            case GT -> Bool.of(x.compareTo(y) > 0);
            case LE -> Bool.of(x.compareTo(y) <= 0);
            case GE -> Bool.of(x.compareTo(y) >= 0);
            case ADD -> new Num(x.add(y));
            case SUB -> new Num(x.subtract(y));
            case MUL -> new Num(x.multiply(y));
            case DIV -> {
                if (y.signum() == 0) {
                    throw new EvalException("division by zero", at);
                }
                yield new Num(x.divide(y, DIVISION));
            }
            default -> {
                if (y.signum() == 0) {
                    throw new EvalException("modulo by zero", at);
                }
                yield new Num(x.remainder(y));
            }
        };
    }

    private Val unary(Expr.Unary u) {
        Val v = eval(u.operand());
        if (v instanceof Unknown) {
            return v;
        }
        if (u.op() == Expr.Operator.NOT) {
            return Bool.of(!Vals.bool(v, u.operand().range(), "the operand of !"));
        }
        return new Num(Vals.num(v, u.operand().range(), "the operand of -").negate());
    }

    // ------------------------------------------------------------------ functions

    private Val call(Expr.Call c) {
        switch (c.name()) {
            case "try" -> {
                return tryCall(c);
            }
            case "can" -> {
                if (c.args().size() != 1) {
                    throw new EvalException("can() takes one argument", c.range());
                }
                try {
                    Val v = eval(c.args().get(0));
                    Unknown u = Vals.firstUnknown(v);
                    return u != null ? u : Bool.TRUE;
                } catch (EvalException e) {
                    return Bool.FALSE;
                }
            }
            default -> {
                List<Val> args = new ArrayList<>(c.args().size());
                for (Expr a : c.args()) {
                    args.add(eval(a));
                }
                if (c.expandFinal() && !args.isEmpty()) {
                    Val last = args.remove(args.size() - 1);
                    if (last instanceof Unknown) {
                        return last;
                    }
                    args.addAll(Vals.items(last, c.args().get(c.args().size() - 1).range(), "an expanded argument"));
                }
                return Functions.call(c.name(), args, c.range());
            }
        }
    }

    private Val tryCall(Expr.Call c) {
        if (c.args().isEmpty()) {
            throw new EvalException("try() needs at least one argument", c.range());
        }
        List<String> errors = new ArrayList<>();
        for (Expr a : c.args()) {
            try {
                Val v = eval(a);
                // An argument that is not wholly known might still fail at apply: Terraform returns unknown.
                Unknown u = Vals.firstUnknown(v);
                return u != null ? u : v;
            } catch (EvalException e) {
                errors.add(e.getMessage());
            }
        }
        throw new EvalException("no argument of try() could be evaluated: " + String.join("; ", errors), c.range());
    }
}
