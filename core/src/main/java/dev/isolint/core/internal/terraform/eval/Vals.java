package dev.isolint.core.internal.terraform.eval;

import dev.isolint.core.internal.terraform.eval.Val.Bool;
import dev.isolint.core.internal.terraform.eval.Val.Null;
import dev.isolint.core.internal.terraform.eval.Val.Num;
import dev.isolint.core.internal.terraform.eval.Val.Obj;
import dev.isolint.core.internal.terraform.eval.Val.Seq;
import dev.isolint.core.internal.terraform.eval.Val.SeqKind;
import dev.isolint.core.internal.terraform.eval.Val.Str;
import dev.isolint.core.internal.terraform.eval.Val.Unknown;
import dev.isolint.core.model.Range;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Terraform's rules for values: type names, equality, primitive conversions, display. */
public final class Vals {

    private Vals() {
    }

    /** The type name Terraform would use in a message. */
    public static String typeName(Val v) {
        if (v instanceof Str) {
            return "string";
        }
        if (v instanceof Num) {
            return "number";
        }
        if (v instanceof Bool) {
            return "bool";
        }
        if (v instanceof Seq s) {
            return switch (s.kind()) {
                case TUPLE -> "tuple";
                case LIST -> "list";
                default -> "set";
            };
        }
        if (v instanceof Obj o) {
            return o.map() ? "map" : "object";
        }
        return v instanceof Unknown ? "unknown" : "null";
    }

    /**
     * {@code a == b} as HCL decides it: values of different types are unequal; numbers compare
     * numerically. Returns {@code null} when an unknown makes the answer unknown.
     */
    public static Boolean equal(Val a, Val b) {
        if (a instanceof Unknown || b instanceof Unknown) {
            return null;
        }
        if (a instanceof Seq sa && b instanceof Seq sb) {
            if (sa.kind() != sb.kind() || sa.items().size() != sb.items().size()) {
                return false;
            }
            Boolean all = true;
            for (int i = 0; i < sa.items().size(); i++) {
                Boolean e = equal(sa.items().get(i), sb.items().get(i));
                if (Boolean.FALSE.equals(e)) {
                    return false;
                }
                if (e == null) {
                    all = null;
                }
            }
            return all;
        }
        if (a instanceof Obj oa && b instanceof Obj ob) {
            if (oa.map() != ob.map() || !oa.attributes().keySet().equals(ob.attributes().keySet())) {
                return false;
            }
            Boolean all = true;
            for (Map.Entry<String, Val> e : oa.attributes().entrySet()) {
                Boolean eq = equal(e.getValue(), ob.attributes().get(e.getKey()));
                if (Boolean.FALSE.equals(eq)) {
                    return false;
                }
                if (eq == null) {
                    all = null;
                }
            }
            return all;
        }
        // Primitives compared by hand: a record's generated equals costs a bootstrap on a cold start.
        if (a instanceof Str x && b instanceof Str y) {
            return x.value().equals(y.value());
        }
        if (a instanceof Num x && b instanceof Num y) {
            return x.value().compareTo(y.value()) == 0;
        }
        if (a instanceof Bool x && b instanceof Bool y) {
            return x.value() == y.value();
        }
        return a == b;
    }

    /** Whether {@code v} holds an unknown anywhere. */
    public static boolean hasUnknown(Val v) {
        if (v instanceof Unknown) {
            return true;
        }
        return firstUnknown(v) != null;
    }

    /** The first unknown inside {@code v}, or {@code null}. */
    public static Unknown firstUnknown(Val v) {
        if (v instanceof Unknown u) {
            return u;
        }
        if (v instanceof Seq s) {
            for (Val i : s.items()) {
                Unknown u = firstUnknown(i);
                if (u != null) {
                    return u;
                }
            }
        }
        if (v instanceof Obj o) {
            for (Val i : o.attributes().values()) {
                Unknown u = firstUnknown(i);
                if (u != null) {
                    return u;
                }
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ primitive conversions

    /** A string, as Terraform converts a primitive to one; {@code null} stays null. */
    public static Val toStr(Val v, Range at) {
        if (v instanceof Str || v instanceof Unknown || v == Null.NULL) {
            return v;
        }
        if (v instanceof Num n) {
            return new Str(n.text());
        }
        if (v instanceof Bool b) {
            return new Str(Boolean.toString(b.value()));
        }
        throw new EvalException("a string is required, not " + typeName(v), at);
    }

    /** A number; strings holding a number convert. */
    public static Val toNum(Val v, Range at) {
        if (v instanceof Num || v instanceof Unknown || v == Null.NULL) {
            return v;
        }
        if (v instanceof Str s) {
            try {
                return new Num(new BigDecimal(s.value().strip()));
            } catch (NumberFormatException e) {
                throw new EvalException("a number is required, not the string \"" + s.value() + "\"", at);
            }
        }
        throw new EvalException("a number is required, not " + typeName(v), at);
    }

    /** A bool; the strings {@code "true"}/{@code "false"} (and {@code "1"}/{@code "0"}) convert, as cty's do. */
    public static Val toBool(Val v, Range at) {
        if (v instanceof Bool || v instanceof Unknown || v == Null.NULL) {
            return v;
        }
        if (v instanceof Str s) {
            switch (s.value()) {
                case "true", "1":
                    return Bool.TRUE;
                case "false", "0":
                    return Bool.FALSE;
                default:
                    throw new EvalException("a bool is required, not the string \"" + s.value() + "\"", at);
            }
        }
        throw new EvalException("a bool is required, not " + typeName(v), at);
    }

    /** Requires a known, non-null bool (conditions, logical operators). */
    public static boolean bool(Val v, Range at, String what) {
        return ((Bool) nonNull(toBool(v, at), at, what)).value();
    }

    /** Requires a known, non-null string. */
    public static String str(Val v, Range at, String what) {
        return ((Str) nonNull(toStr(v, at), at, what)).value();
    }

    /** Requires a known, non-null number. */
    public static BigDecimal num(Val v, Range at, String what) {
        return ((Num) nonNull(toNum(v, at), at, what)).value();
    }

    private static Val nonNull(Val v, Range at, String what) {
        if (v == Null.NULL) {
            throw new EvalException(what + " must not be null", at);
        }
        return v;
    }

    /** Requires a whole number that fits an int. */
    public static int wholeNumber(Val v, Range at, String what) {
        BigDecimal d = num(v, at, what);
        try {
            return d.intValueExact();
        } catch (ArithmeticException e) {
            throw new EvalException(what + " must be a whole number, not " + d.toPlainString(), at);
        }
    }

    /** The items of a tuple, list or set. */
    public static List<Val> items(Val v, Range at, String what) {
        if (v instanceof Seq s) {
            return s.items();
        }
        throw new EvalException(what + " must be a list, tuple or set, not " + typeName(v), at);
    }

    // ------------------------------------------------------------------ construction

    /** A set of {@code items}: duplicates removed, ordered as Terraform orders set elements. */
    public static Seq set(List<Val> items) {
        List<Val> unique = new ArrayList<>();
        for (Val v : items) {
            boolean seen = false;
            for (Val u : unique) {
                if (Boolean.TRUE.equals(equal(u, v))) {
                    seen = true;
                    break;
                }
            }
            if (!seen) {
                unique.add(v);
            }
        }
        // cty orders strings lexically and numbers numerically; other kinds keep their first-seen order.
        if (unique.stream().allMatch(v -> v instanceof Str)) {
            unique.sort((x, y) -> ((Str) x).value().compareTo(((Str) y).value()));
        } else if (unique.stream().allMatch(v -> v instanceof Num)) {
            unique.sort((x, y) -> ((Num) x).value().compareTo(((Num) y).value()));
        }
        return new Seq(unique, SeqKind.SET);
    }

    /** Converts plain Java values (JSON syntax literals, decoded JSON) to values. */
    @SuppressWarnings("unchecked")
    public static Val fromPlain(Object o) {
        if (o == null) {
            return Null.NULL;
        }
        if (o instanceof String s) {
            return new Str(s);
        }
        if (o instanceof Boolean b) {
            return Bool.of(b);
        }
        if (o instanceof BigDecimal d) {
            return new Num(d);
        }
        if (o instanceof Number n) {
            return new Num(new BigDecimal(n.toString()));
        }
        if (o instanceof List<?> l) {
            List<Val> items = new ArrayList<>();
            for (Object i : l) {
                items.add(fromPlain(i));
            }
            return Seq.tuple(items);
        }
        Map<String, Val> attrs = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : ((Map<String, Object>) o).entrySet()) {
            attrs.put(e.getKey(), fromPlain(e.getValue()));
        }
        return Obj.object(attrs);
    }

    // ------------------------------------------------------------------ display

    /** The value written as HCL, shortened for evidence notes. */
    public static String show(Val v) {
        StringBuilder sb = new StringBuilder();
        show(v, sb);
        if (sb.length() > 120) {
            sb.setLength(117);
            sb.append("...");
        }
        return sb.toString();
    }

    private static void show(Val v, StringBuilder sb) {
        if (sb.length() > 200) {
            return;
        }
        if (v instanceof Str s) {
            sb.append('"').append(s.value().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")).append('"');
        } else if (v instanceof Num n) {
            sb.append(n.text());
        } else if (v instanceof Bool b) {
            sb.append(b.value());
        } else if (v instanceof Seq s) {
            sb.append(s.kind() == SeqKind.SET ? "toset([" : "[");
            for (int i = 0; i < s.items().size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                show(s.items().get(i), sb);
            }
            sb.append(s.kind() == SeqKind.SET ? "])" : "]");
        } else if (v instanceof Obj o) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<String, Val> e : o.attributes().entrySet()) {
                sb.append(first ? "" : ", ").append(e.getKey()).append(" = ");
                show(e.getValue(), sb);
                first = false;
            }
            sb.append('}');
        } else if (v instanceof Unknown) {
            sb.append("(known after apply)");
        } else {
            sb.append("null");
        }
    }
}
