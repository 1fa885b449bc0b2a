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
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Terraform's pure built-in functions that configurations use around flags: conversions,
 * collection and string functions, JSON. Any other function (file access, time, regular
 * expressions whose engine differs, provider functions) is unknown, naming the function, rather
 * than guessed. {@code try} and {@code can} are in {@link ExprEvaluator}, as their arguments are
 * evaluated lazily.
 */
final class Functions {

    /** Functions that work on collections holding unknowns: only a wholly unknown argument makes them unknown. */
    private static final Set<String> STRUCTURAL = Set.of("length", "lookup", "merge", "concat", "element", "keys",
            "values", "tomap", "tolist", "coalesce", "coalescelist", "flatten", "one", "slice", "reverse", "zipmap",
            "sensitive", "nonsensitive", "contains", "compact", "chunklist", "type");

    private Functions() {
    }

    static Val call(String name, List<Val> args, Range at) {
        if (!SUPPORTED.contains(name)) {
            return Unknown.because("function " + name + "() is not evaluated by isolint");
        }
        for (Val a : args) {
            Unknown u = STRUCTURAL.contains(name) ? (a instanceof Unknown w ? w : null) : Vals.firstUnknown(a);
            if (u != null && !name.equals("coalesce") && !name.equals("contains")) {
                return u;
            }
        }
        return switch (name) {
            case "tobool" -> { arity(name, args, 1, at); yield Vals.toBool(args.get(0), at); }
            case "tostring" -> { arity(name, args, 1, at); yield Vals.toStr(args.get(0), at); }
            case "tonumber" -> { arity(name, args, 1, at); yield Vals.toNum(args.get(0), at); }
            case "tolist" -> { arity(name, args, 1, at); yield new Seq(Vals.items(args.get(0), at, "tolist's argument"), SeqKind.LIST); }
            case "toset" -> { arity(name, args, 1, at); yield Vals.set(Vals.items(args.get(0), at, "toset's argument")); }
            case "tomap" -> { arity(name, args, 1, at); yield new Obj(obj(args.get(0), at, "tomap's argument").attributes(), true); }
            case "sensitive", "nonsensitive" -> { arity(name, args, 1, at); yield args.get(0); }
            case "length" -> { arity(name, args, 1, at); yield length(args.get(0), at); }
            case "lookup" -> lookup(args, at);
            case "contains" -> { arity(name, args, 2, at); yield contains(args.get(0), args.get(1), at); }
            case "element" -> { arity(name, args, 2, at); yield element(args.get(0), args.get(1), at); }
            case "index" -> { arity(name, args, 2, at); yield indexOf(args.get(0), args.get(1), at); }
            case "keys" -> { arity(name, args, 1, at); yield keys(args.get(0), at); }
            case "values" -> { arity(name, args, 1, at); yield Seq.tuple(new ArrayList<>(obj(args.get(0), at, "values' argument").attributes().values())); }
            case "merge" -> merge(args, at);
            case "concat" -> concat(args, at);
            case "flatten" -> { arity(name, args, 1, at); List<Val> out = new ArrayList<>(); flatten(args.get(0), out, at); yield Seq.tuple(out); }
            case "distinct" -> { arity(name, args, 1, at); yield distinct(args.get(0), at); }
            case "compact" -> { arity(name, args, 1, at); yield compact(args.get(0), at); }
            case "coalesce" -> coalesce(args, at);
            case "coalescelist" -> coalesceList(args, at);
            case "zipmap" -> { arity(name, args, 2, at); yield zipmap(args.get(0), args.get(1), at); }
            case "slice" -> { arity(name, args, 3, at); yield slice(args, at); }
            case "reverse" -> { arity(name, args, 1, at); List<Val> l = new ArrayList<>(Vals.items(args.get(0), at, "reverse's argument")); java.util.Collections.reverse(l); yield Seq.tuple(l); }
            case "sort" -> { arity(name, args, 1, at); yield sort(args.get(0), at); }
            case "range" -> range(args, at);
            case "one" -> { arity(name, args, 1, at); yield one(args.get(0), at); }
            case "alltrue", "anytrue" -> { arity(name, args, 1, at); yield allAny(name.equals("alltrue"), args.get(0), at); }
            case "setunion", "setintersection", "setsubtract" -> sets(name, args, at);
            case "chunklist" -> { arity(name, args, 2, at); yield chunk(args.get(0), args.get(1), at); }
            case "sum", "max", "min" -> numbers(name, args, at);
            case "abs", "ceil", "floor", "signum" -> { arity(name, args, 1, at); yield math(name, Vals.num(args.get(0), at, name + "'s argument")); }
            case "lower" -> new Str(string(args, name, at).toLowerCase(java.util.Locale.ROOT));
            case "upper" -> new Str(string(args, name, at).toUpperCase(java.util.Locale.ROOT));
            case "title" -> new Str(title(string(args, name, at)));
            case "trimspace" -> new Str(string(args, name, at).strip());
            case "chomp" -> new Str(string(args, name, at).replaceAll("[\\r\\n]+$", ""));
            case "strrev" -> new Str(new StringBuilder(string(args, name, at)).reverse().toString());
            case "trim", "trimprefix", "trimsuffix", "startswith", "endswith", "strcontains", "split", "join" ->
                    twoStrings(name, args, at);
            case "replace" -> replace(args, at);
            case "substr" -> substr(args, at);
            case "format" -> Format.format(args, at);
            case "jsondecode" -> { arity(name, args, 1, at); yield Json.decode(Vals.str(args.get(0), at, "jsondecode's argument"), at); }
            case "jsonencode" -> { arity(name, args, 1, at); yield new Str(Json.encode(args.get(0))); }
            case "type" -> { arity(name, args, 1, at); yield new Str(Vals.typeName(args.get(0))); }
            default -> Unknown.because("function " + name + "() is not evaluated by isolint");
        };
    }

    private static final Set<String> SUPPORTED = Set.of("tobool", "tostring", "tonumber", "tolist", "toset", "tomap",
            "sensitive", "nonsensitive", "length", "lookup", "contains", "element", "index", "keys", "values", "merge",
            "concat", "flatten", "distinct", "compact", "coalesce", "coalescelist", "zipmap", "slice", "reverse",
            "sort", "range", "one", "alltrue", "anytrue", "setunion", "setintersection", "setsubtract", "chunklist",
            "sum", "max", "min", "abs", "ceil", "floor", "signum", "lower", "upper", "title", "trimspace", "chomp",
            "strrev", "trim", "trimprefix", "trimsuffix", "startswith", "endswith", "strcontains", "split", "join",
            "replace", "substr", "format", "jsondecode", "jsonencode");

    private static void arity(String name, List<Val> args, int n, Range at) {
        if (args.size() != n) {
            throw new EvalException(name + "() takes " + n + " argument" + (n == 1 ? "" : "s") + ", not "
                    + args.size(), at);
        }
    }

    private static Obj obj(Val v, Range at, String what) {
        if (v instanceof Obj o) {
            return o;
        }
        throw new EvalException(what + " must be a map or object, not " + Vals.typeName(v), at);
    }

    private static String string(List<Val> args, String name, Range at) {
        arity(name, args, 1, at);
        return Vals.str(args.get(0), at, name + "'s argument");
    }

    private static Val length(Val v, Range at) {
        if (v instanceof Seq s) {
            return Num.of(s.items().size());
        }
        if (v instanceof Obj o) {
            return Num.of(o.attributes().size());
        }
        if (v instanceof Str s) {
            return Num.of(s.value().codePointCount(0, s.value().length()));
        }
        throw new EvalException("length() of a " + Vals.typeName(v) + " is not defined", at);
    }

    private static Val lookup(List<Val> args, Range at) {
        if (args.size() < 2 || args.size() > 3) {
            throw new EvalException("lookup() takes 2 or 3 arguments", at);
        }
        Obj m = obj(args.get(0), at, "lookup's first argument");
        Val k = args.get(1);
        if (k instanceof Unknown) {
            return k;
        }
        Val v = m.attributes().get(Vals.str(k, at, "lookup's key"));
        if (v != null) {
            return v;
        }
        if (args.size() == 3) {
            return args.get(2);
        }
        throw new EvalException("lookup() found no key \"" + ((Str) Vals.toStr(k, at)).value() + "\" and has no default", at);
    }

    private static Val contains(Val list, Val value, Range at) {
        if (list instanceof Unknown) {
            return list;
        }
        if (value == Null.NULL) {
            throw new EvalException("contains()'s value must not be null", at);
        }
        Unknown pending = Vals.firstUnknown(value);
        if (pending != null) {
            return pending;
        }
        for (Val item : Vals.items(list, at, "contains' first argument")) {
            Boolean eq = Vals.equal(item, value);
            if (Boolean.TRUE.equals(eq)) {
                return Bool.TRUE;
            }
            if (eq == null && pending == null) {
                pending = Vals.firstUnknown(item);
            }
        }
        return pending != null ? pending : Bool.FALSE;
    }

    private static Val element(Val list, Val index, Range at) {
        List<Val> items = Vals.items(list, at, "element's first argument");
        if (index instanceof Unknown) {
            return index;
        }
        int i = Vals.wholeNumber(index, at, "element's index");
        if (items.isEmpty()) {
            throw new EvalException("element() cannot use an empty list", at);
        }
        if (i < 0) {
            throw new EvalException("element()'s index must not be negative", at);
        }
        return items.get(i % items.size());
    }

    private static Val indexOf(Val list, Val value, Range at) {
        List<Val> items = Vals.items(list, at, "index's first argument");
        for (int i = 0; i < items.size(); i++) {
            if (Boolean.TRUE.equals(Vals.equal(items.get(i), value))) {
                return Num.of(i);
            }
        }
        throw new EvalException("index() found no such item", at);
    }

    private static Val keys(Val v, Range at) {
        Obj o = obj(v, at, "keys' argument");
        List<Val> keys = new ArrayList<>();
        o.attributes().keySet().forEach(k -> keys.add(new Str(k)));
        return new Seq(keys, o.map() ? SeqKind.LIST : SeqKind.TUPLE);
    }

    private static Val merge(List<Val> args, Range at) {
        Map<String, Val> out = new LinkedHashMap<>();
        boolean allMaps = true;
        for (Val a : args) {
            if (a == Null.NULL) {
                continue;
            }
            Obj o = obj(a, at, "merge's arguments");
            allMaps &= o.map();
            out.putAll(o.attributes());
        }
        return new Obj(out, allMaps && !args.isEmpty());
    }

    private static Val concat(List<Val> args, Range at) {
        List<Val> out = new ArrayList<>();
        for (Val a : args) {
            out.addAll(Vals.items(a, at, "concat's arguments"));
        }
        return Seq.tuple(out);
    }

    private static void flatten(Val v, List<Val> out, Range at) {
        for (Val item : Vals.items(v, at, "flatten's argument")) {
            if (item instanceof Seq) {
                flatten(item, out, at);
            } else {
                out.add(item);
            }
        }
    }

    private static Val distinct(Val v, Range at) {
        List<Val> out = new ArrayList<>();
        for (Val item : Vals.items(v, at, "distinct's argument")) {
            if (out.stream().noneMatch(o -> Boolean.TRUE.equals(Vals.equal(o, item)))) {
                out.add(item);
            }
        }
        return Seq.tuple(out);
    }

    private static Val compact(Val v, Range at) {
        List<Val> out = new ArrayList<>();
        for (Val item : Vals.items(v, at, "compact's argument")) {
            if (item instanceof Unknown) {
                return item;
            }
            if (item != Null.NULL && !(item instanceof Str s && s.value().isEmpty())) {
                out.add(Vals.toStr(item, at));
            }
        }
        return Seq.tuple(out);
    }

    private static Val coalesce(List<Val> args, Range at) {
        for (Val a : args) {
            if (a instanceof Unknown) {
                return a;
            }
            if (a == Null.NULL || (a instanceof Str s && s.value().isEmpty())) {
                continue;
            }
            return a;
        }
        throw new EvalException("coalesce() found no non-null, non-empty argument", at);
    }

    private static Val coalesceList(List<Val> args, Range at) {
        for (Val a : args) {
            if (!Vals.items(a, at, "coalescelist's arguments").isEmpty()) {
                return a;
            }
        }
        return Seq.tuple(List.of());
    }

    private static Val zipmap(Val keys, Val values, Range at) {
        List<Val> k = Vals.items(keys, at, "zipmap's keys");
        List<Val> v = Vals.items(values, at, "zipmap's values");
        if (k.size() != v.size()) {
            throw new EvalException("zipmap() needs as many values as keys", at);
        }
        Map<String, Val> out = new LinkedHashMap<>();
        for (int i = 0; i < k.size(); i++) {
            if (k.get(i) instanceof Unknown u) {
                return u;
            }
            out.put(Vals.str(k.get(i), at, "a zipmap key"), v.get(i));
        }
        return Obj.object(out);
    }

    private static Val slice(List<Val> args, Range at) {
        List<Val> items = Vals.items(args.get(0), at, "slice's list");
        int from = Vals.wholeNumber(args.get(1), at, "slice's start");
        int to = Vals.wholeNumber(args.get(2), at, "slice's end");
        if (from < 0 || to > items.size() || from > to) {
            throw new EvalException("slice() indexes are out of range", at);
        }
        return Seq.tuple(items.subList(from, to));
    }

    private static Val sort(Val v, Range at) {
        List<String> s = new ArrayList<>();
        for (Val item : Vals.items(v, at, "sort's argument")) {
            s.add(Vals.str(item, at, "a sort() item"));
        }
        s.sort(null);
        List<Val> out = new ArrayList<>();
        s.forEach(x -> out.add(new Str(x)));
        return new Seq(out, SeqKind.LIST);
    }

    private static Val range(List<Val> args, Range at) {
        if (args.isEmpty() || args.size() > 3) {
            throw new EvalException("range() takes 1 to 3 arguments", at);
        }
        BigDecimal start = args.size() == 1 ? BigDecimal.ZERO : Vals.num(args.get(0), at, "range's start");
        BigDecimal end = Vals.num(args.get(args.size() == 1 ? 0 : 1), at, "range's limit");
        BigDecimal step = args.size() == 3 ? Vals.num(args.get(2), at, "range's step")
                : BigDecimal.valueOf(start.compareTo(end) <= 0 ? 1 : -1);
        if (step.signum() == 0) {
            throw new EvalException("range()'s step must not be zero", at);
        }
        List<Val> out = new ArrayList<>();
        for (BigDecimal x = start; step.signum() > 0 ? x.compareTo(end) < 0 : x.compareTo(end) > 0; x = x.add(step)) {
            if (out.size() >= 1024) {
                throw new EvalException("range() would produce more than 1024 numbers", at);
            }
            out.add(new Num(x));
        }
        return new Seq(out, SeqKind.LIST);
    }

    private static Val one(Val v, Range at) {
        List<Val> items = Vals.items(v, at, "one's argument");
        if (items.size() > 1) {
            throw new EvalException("one() needs a list of at most one element, not " + items.size(), at);
        }
        return items.isEmpty() ? Null.NULL : items.get(0);
    }

    private static Val allAny(boolean all, Val v, Range at) {
        for (Val item : Vals.items(v, at, "the argument")) {
            boolean b = Vals.bool(item, at, "an item");
            if (all != b) {
                return Bool.of(!all);
            }
        }
        return Bool.of(all);
    }

    private static Val sets(String name, List<Val> args, Range at) {
        if (args.isEmpty()) {
            throw new EvalException(name + "() needs at least one set", at);
        }
        List<Val> acc = new ArrayList<>(Vals.set(Vals.items(args.get(0), at, "a set")).items());
        for (int i = 1; i < args.size(); i++) {
            List<Val> other = Vals.items(args.get(i), at, "a set");
            switch (name) {
                case "setunion" -> acc.addAll(other);
                case "setintersection" -> acc.removeIf(a -> other.stream().noneMatch(o -> Boolean.TRUE.equals(Vals.equal(a, o))));
                default -> acc.removeIf(a -> other.stream().anyMatch(o -> Boolean.TRUE.equals(Vals.equal(a, o))));
            }
        }
        return Vals.set(acc);
    }

    private static Val chunk(Val list, Val size, Range at) {
        List<Val> items = Vals.items(list, at, "chunklist's list");
        int n = Vals.wholeNumber(size, at, "chunklist's size");
        if (n < 0) {
            throw new EvalException("chunklist()'s size must not be negative", at);
        }
        List<Val> out = new ArrayList<>();
        if (n == 0) {
            out.add(Seq.tuple(items));
            return Seq.tuple(out);
        }
        for (int i = 0; i < items.size(); i += n) {
            out.add(new Seq(items.subList(i, Math.min(items.size(), i + n)), SeqKind.LIST));
        }
        return new Seq(out, SeqKind.LIST);
    }

    private static Val numbers(String name, List<Val> args, Range at) {
        List<Val> items = name.equals("sum") ? Vals.items(single(name, args, at), at, "sum's argument") : args;
        if (items.isEmpty()) {
            throw new EvalException(name + "() needs at least one number", at);
        }
        BigDecimal acc = null;
        for (Val v : items) {
            BigDecimal x = Vals.num(v, at, "a " + name + "() argument");
            if (acc == null) {
                acc = x;
            } else {
                acc = switch (name) {
                    case "sum" -> acc.add(x);
                    case "max" -> acc.max(x);
                    default -> acc.min(x);
                };
            }
        }
        return new Num(acc);
    }

    private static Val single(String name, List<Val> args, Range at) {
        arity(name, args, 1, at);
        return args.get(0);
    }

    private static Val math(String name, BigDecimal x) {
        return switch (name) {
            case "abs" -> new Num(x.abs());
            case "ceil" -> new Num(x.setScale(0, RoundingMode.CEILING));
            case "floor" -> new Num(x.setScale(0, RoundingMode.FLOOR));
            default -> Num.of(x.signum());
        };
    }

    private static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(start ? Character.toTitleCase(c) : c);
            start = !Character.isLetter(c) && !Character.isDigit(c) && c != '_' && c != '\'';
        }
        return sb.toString();
    }

    private static Val twoStrings(String name, List<Val> args, Range at) {
        arity(name, args, 2, at);
        if (name.equals("join")) {
            String sep = Vals.str(args.get(0), at, "join's separator");
            List<String> parts = new ArrayList<>();
            for (Val v : Vals.items(args.get(1), at, "join's list")) {
                parts.add(Vals.str(v, at, "a join() item"));
            }
            return new Str(String.join(sep, parts));
        }
        String a = Vals.str(args.get(0), at, name + "'s first argument");
        String b = Vals.str(args.get(1), at, name + "'s second argument");
        return switch (name) {
            case "trimprefix" -> new Str(a.startsWith(b) ? a.substring(b.length()) : a);
            case "trimsuffix" -> new Str(a.endsWith(b) ? a.substring(0, a.length() - b.length()) : a);
            case "startswith" -> Bool.of(a.startsWith(b));
            case "endswith" -> Bool.of(a.endsWith(b));
            case "strcontains" -> Bool.of(a.contains(b));
            case "trim" -> new Str(trim(a, b));
            default -> split(a, b);
        };
    }

    private static String trim(String s, String chars) {
        int from = 0;
        int to = s.length();
        while (from < to && chars.indexOf(s.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && chars.indexOf(s.charAt(to - 1)) >= 0) {
            to--;
        }
        return s.substring(from, to);
    }

    private static Val split(String sep, String s) {
        List<Val> out = new ArrayList<>();
        if (sep.isEmpty()) {
            s.codePoints().forEach(cp -> out.add(new Str(new String(Character.toChars(cp)))));
            return new Seq(out, SeqKind.LIST);
        }
        int from = 0;
        while (true) {
            int i = s.indexOf(sep, from);
            if (i < 0) {
                out.add(new Str(s.substring(from)));
                break;
            }
            out.add(new Str(s.substring(from, i)));
            from = i + sep.length();
        }
        return new Seq(out, SeqKind.LIST);
    }

    private static Val replace(List<Val> args, Range at) {
        arity("replace", args, 3, at);
        String s = Vals.str(args.get(0), at, "replace's string");
        String what = Vals.str(args.get(1), at, "replace's substring");
        String with = Vals.str(args.get(2), at, "replace's replacement");
        if (what.length() > 1 && what.startsWith("/") && what.endsWith("/")) {
            return Unknown.because("replace() with a regular expression is not evaluated by isolint");
        }
        return new Str(what.isEmpty() ? s : s.replace(what, with));
    }

    private static Val substr(List<Val> args, Range at) {
        arity("substr", args, 3, at);
        String s = Vals.str(args.get(0), at, "substr's string");
        int n = s.codePointCount(0, s.length());
        int offset = Vals.wholeNumber(args.get(1), at, "substr's offset");
        int length = Vals.wholeNumber(args.get(2), at, "substr's length");
        if (offset < 0) {
            offset = Math.max(0, n + offset);
        }
        if (offset > n) {
            throw new EvalException("substr()'s offset is beyond the end of the string", at);
        }
        int end = length < 0 ? n : Math.min(n, offset + length);
        return new Str(s.substring(s.offsetByCodePoints(0, offset), s.offsetByCodePoints(0, end)));
    }
}
