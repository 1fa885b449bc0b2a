package dev.isolint.core.internal.terraform.eval;

import dev.isolint.core.internal.terraform.eval.Val.Null;
import dev.isolint.core.internal.terraform.eval.Val.Obj;
import dev.isolint.core.internal.terraform.eval.Val.Seq;
import dev.isolint.core.internal.terraform.eval.Val.SeqKind;
import dev.isolint.core.internal.terraform.eval.Val.Unknown;
import dev.isolint.core.internal.terraform.hcl.Expr;
import dev.isolint.core.model.Range;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A variable's {@code type}: primitive, collection, structural, {@code any}, with
 * {@code optional(type, default)} attributes in object types. {@link #convert} converts a value
 * the way Terraform converts an input variable's value: primitives by cty's rules, extra object
 * attributes dropped, missing optional attributes given their default (also when null).
 */
public sealed interface TypeConstraint {

    /** {@code string}, {@code number}, {@code bool}, {@code any}. */
    enum Simple implements TypeConstraint { STRING, NUMBER, BOOL, ANY }

    /** {@code list(T)}, {@code set(T)}, {@code map(T)}. */
    record Collection(String kind, TypeConstraint element) implements TypeConstraint {
    }

    /** {@code object({...})}; {@code defaults} holds the defaults of {@code optional(T, default)} attributes. */
    record ObjectType(Map<String, TypeConstraint> attributes, List<String> optional, Map<String, Val> defaults)
            implements TypeConstraint {
    }

    /** {@code tuple([...])}. */
    record TupleType(List<TypeConstraint> elements) implements TypeConstraint {
    }

    /** Reads a type expression; an unknown form is an {@link EvalException}. */
    public static TypeConstraint parse(Expr e) {
        if (e instanceof Expr.Parens p) {
            return parse(p.inner());
        }
        if (e instanceof Expr.Variable v) {
            return switch (v.name()) {
                case "string" -> Simple.STRING;
                case "number" -> Simple.NUMBER;
                case "bool" -> Simple.BOOL;
                case "any" -> Simple.ANY;
                // Shorthands kept from Terraform 0.11: list(any) and map(any).
                case "list" -> new Collection("list", Simple.ANY);
                case "map" -> new Collection("map", Simple.ANY);
                default -> throw new EvalException("unknown type " + v.name(), v.range());
            };
        }
        // Terraform 0.11 wrote types as strings; they mean the obvious type.
        if (e instanceof Expr.Template t && t.parts().size() == 1 && t.parts().get(0) instanceof Expr.Literal l
                && l.value() instanceof String s) {
            return switch (s) {
                case "string" -> Simple.STRING;
                case "list" -> new Collection("list", Simple.ANY);
                case "map" -> new Collection("map", Simple.ANY);
                default -> throw new EvalException("unknown type \"" + s + "\"", e.range());
            };
        }
        if (e instanceof Expr.Call c) {
            switch (c.name()) {
                case "list", "set", "map" -> {
                    requireArgs(c, 1);
                    return new Collection(c.name(), parse(c.args().get(0)));
                }
                case "tuple" -> {
                    requireArgs(c, 1);
                    if (!(c.args().get(0) instanceof Expr.Tuple t)) {
                        throw new EvalException("tuple(...) needs a list of types", c.range());
                    }
                    List<TypeConstraint> elements = new ArrayList<>();
                    for (Expr i : t.items()) {
                        elements.add(parse(i));
                    }
                    return new TupleType(elements);
                }
                case "object" -> {
                    requireArgs(c, 1);
                    return object(c);
                }
                default -> throw new EvalException("unknown type constructor " + c.name() + "(...)", c.range());
            }
        }
        throw new EvalException("invalid type expression", e.range());
    }

    private static void requireArgs(Expr.Call c, int n) {
        if (c.args().size() != n) {
            throw new EvalException(c.name() + "(...) takes " + n + " argument", c.range());
        }
    }

    private static TypeConstraint object(Expr.Call c) {
        if (!(c.args().get(0) instanceof Expr.ObjectCons o)) {
            throw new EvalException("object(...) needs an object of attribute types", c.range());
        }
        Map<String, TypeConstraint> attributes = new LinkedHashMap<>();
        List<String> optional = new ArrayList<>();
        Map<String, Val> defaults = new LinkedHashMap<>();
        for (Expr.Item item : o.items()) {
            String name = keyName(item.key());
            Expr typeExpr = item.value();
            if (typeExpr instanceof Expr.Call oc && oc.name().equals("optional")) {
                if (oc.args().isEmpty() || oc.args().size() > 2) {
                    throw new EvalException("optional(...) takes a type and an optional default", oc.range());
                }
                TypeConstraint t = parse(oc.args().get(0));
                attributes.put(name, t);
                optional.add(name);
                if (oc.args().size() == 2) {
                    Val d = ExprEvaluator.constant(oc.args().get(1));
                    defaults.put(name, convert(d, t, oc.args().get(1).range()));
                }
            } else {
                attributes.put(name, parse(typeExpr));
            }
        }
        return new ObjectType(attributes, optional, defaults);
    }

    private static String keyName(Expr key) {
        if (key instanceof Expr.Variable v) {
            return v.name();
        }
        Val k = ExprEvaluator.constant(key);
        if (k instanceof Val.Str s) {
            return s.value();
        }
        throw new EvalException("object type attribute names must be strings", key.range());
    }

    /** {@code value} converted to {@code type}; a value that does not fit is an {@link EvalException}. */
    public static Val convert(Val value, TypeConstraint type, Range at) {
        if (value instanceof Unknown || value == Null.NULL || type == Simple.ANY) {
            return value;
        }
        if (type instanceof Simple s) {
            return switch (s) {
                case STRING -> Vals.toStr(value, at);
                case NUMBER -> Vals.toNum(value, at);
                default -> Vals.toBool(value, at);
            };
        }
        if (type instanceof Collection c) {
            if (c.kind().equals("map")) {
                if (!(value instanceof Obj o)) {
                    throw new EvalException("a map is required, not " + Vals.typeName(value), at);
                }
                Map<String, Val> out = new LinkedHashMap<>();
                for (Map.Entry<String, Val> e : o.attributes().entrySet()) {
                    out.put(e.getKey(), convert(e.getValue(), c.element(), at));
                }
                return new Obj(out, true);
            }
            if (!(value instanceof Seq seq)) {
                throw new EvalException("a " + c.kind() + " is required, not " + Vals.typeName(value), at);
            }
            List<Val> items = new ArrayList<>();
            for (Val v : seq.items()) {
                items.add(convert(v, c.element(), at));
            }
            return c.kind().equals("set") ? Vals.set(items) : new Seq(items, SeqKind.LIST);
        }
        if (type instanceof TupleType t) {
            if (!(value instanceof Seq seq) || seq.items().size() != t.elements().size()) {
                throw new EvalException("a tuple of " + t.elements().size() + " elements is required", at);
            }
            List<Val> items = new ArrayList<>();
            for (int i = 0; i < seq.items().size(); i++) {
                items.add(convert(seq.items().get(i), t.elements().get(i), at));
            }
            return Seq.tuple(items);
        }
        ObjectType ot = (ObjectType) type;
        if (!(value instanceof Obj o)) {
            throw new EvalException("an object is required, not " + Vals.typeName(value), at);
        }
        Map<String, Val> out = new LinkedHashMap<>();
        for (Map.Entry<String, TypeConstraint> a : ot.attributes().entrySet()) {
            String name = a.getKey();
            Val v = o.attributes().get(name);
            if (v == null && !ot.optional().contains(name)) {
                throw new EvalException("attribute \"" + name + "\" is required", at);
            }
            if (v == null || v == Null.NULL) {
                v = ot.defaults().getOrDefault(name, Null.NULL);
            }
            out.put(name, convert(v, a.getValue(), at));
        }
        return Obj.object(out);
    }
}
