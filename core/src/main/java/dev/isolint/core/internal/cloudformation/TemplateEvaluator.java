package dev.isolint.core.internal.cloudformation;

import dev.isolint.core.api.Limits;
import dev.isolint.core.model.Evidence;
import dev.isolint.core.model.Value;
import dev.isolint.core.model.Range;
import dev.isolint.core.internal.tree.Node;
import dev.isolint.core.internal.tree.Node.MapNode;
import dev.isolint.core.internal.tree.Node.ScalarNode;
import dev.isolint.core.internal.tree.Node.SeqNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates CloudFormation values before deployment: {@code Ref} to parameters (supplied values,
 * else defaults), {@code Fn::If} with {@code Conditions} ({@code Fn::Equals/Not/And/Or},
 * {@code Condition}), {@code Fn::FindInMap}, {@code Fn::Join/Select/Split/Sub}, and
 * {@code AWS::NoValue}. Anything decided only at deployment (pseudo parameters, resource
 * attributes, SSM parameters, dynamic references, unsupported functions) is UNKNOWN with the reason.
 */
final class TemplateEvaluator {

    /** Deepest expression nesting the recursion safely reaches; the {@code depth} limit can lower it. */
    private static final int MAX_DEPTH = 200;

    private final int maxDepth;
    private final List<String> lines;
    private final MapNode parameters;
    private final MapNode mappings;
    private final MapNode conditions;
    private final MapNode resources;
    private final ParameterValues supplied;
    private final Map<String, Value<Boolean>> conditionCache = new HashMap<>();
    private final Set<String> conditionsInProgress = new HashSet<>();
    /** Fn::ForEach identifiers in scope, with the evidence of where their value came from. */
    private Map<String, Value<Object>> loopBindings = new HashMap<>();
    private int depth;

    TemplateEvaluator(Path file, List<String> lines, MapNode template, MapNode resources, ParameterValues supplied,
            int maxDepth) {
        this.maxDepth = Math.min(maxDepth, MAX_DEPTH);
        this.lines = lines;
        this.parameters = asMap(template.get("Parameters"), file);
        this.mappings = asMap(template.get("Mappings"), file);
        this.conditions = asMap(template.get("Conditions"), file);
        this.resources = resources;
        this.supplied = supplied;
    }

    private static MapNode asMap(Node n, Path file) {
        return n instanceof MapNode m ? m : new MapNode(List.of(), Range.fileStart(file), null);
    }

    /** The source line of {@code node}, trimmed, as an evidence note. */
    Evidence source(Node node) {
        return source(node.range());
    }

    /** The source line where {@code at} starts, trimmed, as an evidence note at {@code at}. */
    Evidence source(Range at) {
        int line = at.line();
        String text = line >= 1 && line <= lines.size() ? lines.get(line - 1).strip() : "";
        if (text.length() > 160) {
            text = text.substring(0, 157) + "...";
        }
        return new Evidence(at, text);
    }

    private Evidence note(Node at, String note) {
        return new Evidence(at.range(), note);
    }

    /** Whether {@code name} is the logical id of a resource of this template. */
    boolean isResource(String name) {
        return resources.entry(name) != null;
    }

    /** Evaluates {@code node} to a plain value (String, Boolean, BigDecimal, List, or a MapNode kept as is). */
    Value<Object> eval(Node node) {
        if (++depth > maxDepth) {
            depth--;
            return Value.unknown("expression nested deeper than " + maxDepth + " levels"
                    + (maxDepth < MAX_DEPTH ? " " + Limits.howToRaise("depth") : ""), List.of(source(node)));
        }
        try {
            return evalInner(node);
        } finally {
            depth--;
        }
    }

    private Value<Object> evalInner(Node node) {
        Intrinsic call = Intrinsic.of(node);
        if (call != null) {
            return call(call);
        }
        if (node instanceof ScalarNode s) {
            if (s.value() == null) {
                return Value.absent("null", List.of());
            }
            if (s.value() instanceof String str && str.contains("{{resolve:")) {
                return Value.unknown("dynamic reference " + str.strip() + " is resolved only at deployment",
                        List.of(source(node)));
            }
            return Value.known(s.value(), List.of());
        }
        if (node instanceof SeqNode seq) {
            List<Object> items = new ArrayList<>();
            List<Evidence> ev = new ArrayList<>();
            for (Node item : seq.items()) {
                Value<Object> v = eval(item);
                if (!(v instanceof Value.Known<Object> k)) {
                    return v;
                }
                ev.addAll(k.evidence());
                items.add(k.value());
            }
            return Value.known(items, ev);
        }
        return Value.known(node, List.of());
    }

    private Value<Object> call(Intrinsic c) {
        switch (c.name()) {
            case "Ref":
                return ref(c);
            case "Fn::If":
                return fnIf(c);
            case "Fn::FindInMap":
                return findInMap(c);
            case "Fn::Join":
                return join(c);
            case "Fn::Select":
                return select(c);
            case "Fn::Split":
                return split(c);
            case "Fn::Sub":
                return sub(c);
            case "Fn::Equals", "Fn::Not", "Fn::And", "Fn::Or", "Condition": {
                Value<Boolean> b = conditionFunction(c.at());
                return b instanceof Value.Known<Boolean> k ? Value.known(k.value(), k.evidence())
                        : Value.unknown(((Value.Unknown<Boolean>) b).reason(), b.evidence());
            }
            case "Fn::GetAtt", "Fn::ImportValue", "Fn::GetAZs", "Fn::Cidr":
                return Value.unknown(c.name() + " is known only at deployment", List.of(source(c.at())));
            default:
                return Value.unknown("function " + c.name() + " is not evaluated by isolint", List.of(source(c.at())));
        }
    }

    private Value<Object> ref(Intrinsic c) {
        if (!(c.argument() instanceof ScalarNode s) || s.text() == null) {
            return Value.unknown("Ref needs a name", List.of(source(c.at())));
        }
        String name = s.text();
        if (name.equals("AWS::NoValue")) {
            return Value.absent("AWS::NoValue", List.of(note(c.at(), "Ref AWS::NoValue removes the property")));
        }
        Value<Object> bound = loopBindings.get(name);
        if (bound != null) {
            return bound;
        }
        if (name.startsWith("AWS::")) {
            return Value.unknown("pseudo parameter " + name + " is known only at deployment", List.of(source(c.at())));
        }
        Node.Entry param = parameters.entry(name);
        if (param != null) {
            return parameter(name, param);
        }
        if (resources.entry(name) != null) {
            return Value.unknown("Ref " + name + " is a resource, known only after it is created", List.of(source(c.at())));
        }
        return Value.unknown("Ref " + name + " names no parameter or resource of this template", List.of(source(c.at())));
    }

    private Value<Object> parameter(String name, Node.Entry param) {
        Evidence declared = source(param.keyRange());
        MapNode decl = param.value() instanceof MapNode m ? m : new MapNode(List.of(), param.keyRange(), null);
        String type = decl.get("Type") instanceof ScalarNode t && t.text() != null ? t.text() : "String";
        if (type.startsWith("AWS::SSM::Parameter::Value<")) {
            return Value.unknown("parameter " + name + " has type " + type
                    + ": its value is read from SSM Parameter Store at deployment", List.of(declared));
        }
        ParameterValues.Supplied given = supplied.get(name);
        String raw;
        Evidence origin;
        if (given != null) {
            raw = given.value();
            origin = new Evidence(given.location() != null ? given.location() : declared.location(), given.origin());
        } else {
            Node def = decl.get("Default");
            if (def == null) {
                return Value.unknown("parameter " + name + " has no Default and no value was supplied",
                        List.of(declared));
            }
            if (!(def instanceof ScalarNode ds) || ds.value() == null) {
                return Value.unknown("parameter " + name + " has a Default that is not a scalar", List.of(source(def)));
            }
            raw = ds.text();
            origin = source(def);
        }
        List<Evidence> chain = given != null ? List.of(declared, origin) : List.of(origin);
        if (raw.contains("{{resolve:")) {
            return Value.unknown("parameter " + name + " is a dynamic reference resolved only at deployment", chain);
        }
        if (type.startsWith("List<") || type.equals("CommaDelimitedList")) {
            List<Object> items = new ArrayList<>();
            for (String part : raw.split(",", -1)) {
                items.add(part.strip());
            }
            return Value.known(items, chain);
        }
        return Value.known(raw, chain);
    }

    private Value<Object> fnIf(Intrinsic c) {
        if (!(c.argument() instanceof SeqNode args) || args.items().size() != 3
                || !(args.items().get(0) instanceof ScalarNode cn) || cn.text() == null) {
            return Value.unknown("Fn::If needs [condition, value-if-true, value-if-false]", List.of(source(c.at())));
        }
        String name = cn.text();
        Value<Boolean> cond = condition(name, cn);
        if (cond instanceof Value.Known<Boolean> k) {
            Node chosen = args.items().get(k.value() ? 1 : 2);
            Value<Object> v = eval(chosen);
            List<Evidence> steps = new ArrayList<>(k.evidence());
            steps.add(note(chosen, "condition " + name + " is " + k.value() + ": Fn::If takes the "
                    + (k.value() ? "first" : "second") + " value"));
            steps.addAll(v.evidence());
            return v.withEvidence(steps);
        }
        // The condition cannot be known: the value is known only when both branches agree.
        Value<Object> a = eval(args.items().get(1));
        Value<Object> b = eval(args.items().get(2));
        if (a instanceof Value.Known<Object> ka && b instanceof Value.Known<Object> kb && sameScalar(ka.value(), kb.value())) {
            List<Evidence> steps = new ArrayList<>(cond.evidence());
            steps.add(note(c.at(), "both branches of Fn::If give " + ka.value()));
            return Value.known(ka.value(), steps);
        }
        if (a instanceof Value.Absent && b instanceof Value.Absent) {
            return Value.absent("both branches of Fn::If are AWS::NoValue", cond.evidence());
        }
        String reason = cond instanceof Value.Unknown<Boolean> u ? u.reason() : "condition " + name + " cannot be evaluated";
        return Value.unknown("Fn::If on condition " + name + ", which cannot be known: " + reason, cond.evidence());
    }

    private static boolean sameScalar(Object a, Object b) {
        return !(a instanceof MapNode) && !(b instanceof MapNode) && stringify(a).equalsIgnoreCase(stringify(b));
    }

    /** Binds a {@code Fn::ForEach} identifier (or removes it when {@code value} is null) for {@code Ref} and {@code Fn::Sub}. */
    void bind(String identifier, Value<Object> value) {
        if (value == null) {
            loopBindings.remove(identifier);
        } else {
            loopBindings.put(identifier, value);
        }
    }

    /** The {@code Fn::ForEach} identifiers bound now, so a resource of the loop can be evaluated later alike. */
    Map<String, Value<Object>> bindings() {
        return loopBindings.isEmpty() ? Map.of() : new HashMap<>(loopBindings);
    }

    /**
     * Puts exactly {@code bindings} in scope (a resource's loop identifiers); returns the bindings to give back to
     * {@link #restore} when its evaluation is done.
     */
    Map<String, Value<Object>> enter(Map<String, Value<Object>> bindings) {
        Map<String, Value<Object>> outer = loopBindings;
        if (!(bindings.isEmpty() && outer.isEmpty())) {
            loopBindings = new HashMap<>(bindings);
        }
        return outer;
    }

    /** Restores the bindings {@link #enter} returned. */
    void restore(Map<String, Value<Object>> outer) {
        loopBindings = outer;
    }

    /** A condition of the {@code Conditions} section, evaluated once. */
    Value<Boolean> condition(String name, Node usedAt) {
        Value<Boolean> cached = conditionCache.get(name);
        if (cached != null) {
            return cached;
        }
        Node.Entry decl = conditions.entry(name);
        if (decl == null) {
            return Value.unknown("condition " + name + " is not declared in Conditions", List.of(source(usedAt)));
        }
        if (!conditionsInProgress.add(name)) {
            return Value.unknown("condition " + name + " refers to itself", List.of(source(usedAt)));
        }
        Value<Boolean> v = conditionFunction(decl.value());
        conditionsInProgress.remove(name);
        List<Evidence> steps = new ArrayList<>();
        steps.add(source(decl.keyRange()));
        steps.addAll(v.evidence());
        if (v instanceof Value.Known<Boolean> k) {
            steps.add(note(decl.value(), "condition " + name + " = " + k.value()));
        }
        Value<Boolean> result = v.withEvidence(steps);
        conditionCache.put(name, result);
        return result;
    }

    private Value<Boolean> conditionFunction(Node node) {
        Intrinsic c = Intrinsic.of(node);
        if (c == null) {
            Value<Object> v = eval(node);
            return toBoolean(v, node);
        }
        switch (c.name()) {
            case "Condition":
                if (c.argument() instanceof ScalarNode s && s.text() != null) {
                    return condition(s.text(), c.argument());
                }
                return Value.unknown("Condition needs a name", List.of(source(node)));
            case "Fn::Equals": {
                if (!(c.argument() instanceof SeqNode args) || args.items().size() != 2) {
                    return Value.unknown("Fn::Equals needs two values", List.of(source(node)));
                }
                Value<Object> a = eval(args.items().get(0));
                Value<Object> b = eval(args.items().get(1));
                List<Evidence> ev = new ArrayList<>(a.evidence());
                ev.addAll(b.evidence());
                if (a instanceof Value.Known<Object> ka && b instanceof Value.Known<Object> kb) {
                    return Value.known(stringify(ka.value()).equals(stringify(kb.value())), ev);
                }
                Value<Object> u = a instanceof Value.Unknown ? a : b;
                String reason = u instanceof Value.Unknown<Object> uu ? uu.reason() : "a compared value is absent";
                return Value.unknown(reason, ev);
            }
            case "Fn::Not": {
                Node arg = c.argument() instanceof SeqNode s && s.items().size() == 1 ? s.items().get(0) : c.argument();
                Value<Boolean> v = conditionFunction(arg);
                return v instanceof Value.Known<Boolean> k ? Value.known(!k.value(), k.evidence()) : v;
            }
            case "Fn::And":
            case "Fn::Or": {
                boolean and = c.name().equals("Fn::And");
                if (!(c.argument() instanceof SeqNode args)) {
                    return Value.unknown(c.name() + " needs a list of conditions", List.of(source(node)));
                }
                List<Evidence> ev = new ArrayList<>();
                Value<Boolean> unknown = null;
                for (Node item : args.items()) {
                    Value<Boolean> v = conditionFunction(item);
                    ev.addAll(v.evidence());
                    if (v instanceof Value.Known<Boolean> k) {
                        if (k.value() != and) {
                            return Value.known(!and, ev); // short-circuit: one false in And, one true in Or
                        }
                    } else if (unknown == null) {
                        unknown = v;
                    }
                }
                return unknown == null ? Value.known(and, ev) : unknown.withEvidence(ev);
            }
            default: {
                Value<Object> v = call(c);
                return toBoolean(v, node);
            }
        }
    }

    /** Converts an evaluated value to a boolean the way CloudFormation does for a Boolean property. */
    Value<Boolean> toBoolean(Value<Object> v, Node at) {
        if (v instanceof Value.Known<Object> k) {
            Object o = k.value();
            if (o instanceof Boolean b) {
                return Value.known(b, k.evidence());
            }
            if (o instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
                return Value.known(Boolean.parseBoolean(s), k.evidence());
            }
            if (o instanceof String s && s.contains("${")) {
                // Serverless Framework and similar tools substitute these before deployment.
                return Value.unknown("variable " + s + " is substituted only at deployment", k.evidence());
            }
            return Value.unknown("value " + describe(o) + " is not a boolean", k.evidence());
        }
        if (v instanceof Value.Unknown<Object> u) {
            return Value.unknown(u.reason(), u.evidence());
        }
        Value.Absent<Object> a = (Value.Absent<Object>) v;
        return Value.absent(a.reason(), a.evidence());
    }

    private Value<Object> findInMap(Intrinsic c) {
        if (!(c.argument() instanceof SeqNode args) || args.items().size() < 3) {
            return Value.unknown("Fn::FindInMap needs [map, top-level key, second-level key]", List.of(source(c.at())));
        }
        List<Evidence> ev = new ArrayList<>();
        String[] keys = new String[3];
        for (int i = 0; i < 3; i++) {
            Value<Object> k = eval(args.items().get(i));
            ev.addAll(k.evidence());
            if (!(k instanceof Value.Known<Object> kk) || kk.value() instanceof MapNode || kk.value() instanceof List) {
                String reason = k instanceof Value.Unknown<Object> u ? u.reason() : "a key is not a string";
                return Value.unknown("Fn::FindInMap key cannot be known: " + reason, ev);
            }
            keys[i] = stringify(kk.value());
        }
        Node.Entry map = mappings.entry(keys[0]);
        Node.Entry top = map != null && map.value() instanceof MapNode m ? m.entry(keys[1]) : null;
        Node.Entry second = top != null && top.value() instanceof MapNode t ? t.entry(keys[2]) : null;
        if (second == null) {
            Node fallback = args.items().size() == 4 && args.items().get(3) instanceof MapNode opts ? opts.get("DefaultValue") : null;
            if (fallback != null) {
                ev.add(note(fallback, "Fn::FindInMap " + String.join(".", keys) + " not found: DefaultValue"));
                return eval(fallback).withEvidence(ev);
            }
            return Value.unknown("Fn::FindInMap " + String.join(".", keys) + " is not in Mappings", ev);
        }
        ev.add(source(second.keyRange()));
        Value<Object> v = eval(second.value());
        ev.addAll(v.evidence());
        return v.withEvidence(ev);
    }

    private Value<Object> join(Intrinsic c) {
        if (!(c.argument() instanceof SeqNode args) || args.items().size() != 2) {
            return Value.unknown("Fn::Join needs [delimiter, list]", List.of(source(c.at())));
        }
        Value<Object> delim = eval(args.items().get(0));
        Value<Object> list = eval(args.items().get(1));
        if (delim instanceof Value.Known<Object> d && list instanceof Value.Known<Object> l && l.value() instanceof List<?> items) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    sb.append(stringify(d.value()));
                }
                sb.append(stringify(items.get(i)));
            }
            return Value.known(sb.toString(), l.evidence());
        }
        return notKnown("Fn::Join", c, delim, list);
    }

    private Value<Object> select(Intrinsic c) {
        if (!(c.argument() instanceof SeqNode args) || args.items().size() != 2) {
            return Value.unknown("Fn::Select needs [index, list]", List.of(source(c.at())));
        }
        Value<Object> index = eval(args.items().get(0));
        Value<Object> list = eval(args.items().get(1));
        if (index instanceof Value.Known<Object> i && list instanceof Value.Known<Object> l && l.value() instanceof List<?> items) {
            try {
                int n = new BigDecimal(stringify(i.value())).intValueExact();
                if (n >= 0 && n < items.size()) {
                    return Value.known(items.get(n), l.evidence());
                }
            } catch (ArithmeticException | NumberFormatException e) {
                // falls through to unknown
            }
            return Value.unknown("Fn::Select index " + i.value() + " is out of range", List.of(source(c.at())));
        }
        return notKnown("Fn::Select", c, index, list);
    }

    private Value<Object> split(Intrinsic c) {
        if (!(c.argument() instanceof SeqNode args) || args.items().size() != 2) {
            return Value.unknown("Fn::Split needs [delimiter, string]", List.of(source(c.at())));
        }
        Value<Object> delim = eval(args.items().get(0));
        Value<Object> str = eval(args.items().get(1));
        if (delim instanceof Value.Known<Object> d && str instanceof Value.Known<Object> s) {
            String sep = stringify(d.value());
            List<Object> parts = new ArrayList<>();
            if (sep.isEmpty()) {
                parts.add(stringify(s.value()));
            } else {
                // What split(Pattern.quote(sep), -1) gives, without a regular expression: every piece, empty ones too.
                String whole = stringify(s.value());
                int from = 0;
                for (int at = whole.indexOf(sep); at >= 0; at = whole.indexOf(sep, from)) {
                    parts.add(whole.substring(from, at));
                    from = at + sep.length();
                }
                parts.add(whole.substring(from));
            }
            return Value.known(parts, s.evidence());
        }
        return notKnown("Fn::Split", c, delim, str);
    }

    private Value<Object> sub(Intrinsic c) {
        Node templateNode = c.argument();
        Map<String, Node> vars = new HashMap<>();
        if (templateNode instanceof SeqNode args && args.items().size() == 2 && args.items().get(1) instanceof MapNode m) {
            templateNode = args.items().get(0);
            for (Node.Entry e : m.entries()) {
                vars.put(e.key(), e.value());
            }
        }
        if (!(templateNode instanceof ScalarNode t) || t.text() == null) {
            return Value.unknown("Fn::Sub needs a string", List.of(source(c.at())));
        }
        String text = t.text();
        StringBuilder sb = new StringBuilder();
        List<Evidence> ev = new ArrayList<>();
        // Each ${...} up to the first '}' after it, as the pattern \$\{([^}]*)} finds them, scanned by hand:
        // a regular expression's first use costs a one-file scan milliseconds (bench/README.md).
        int from = 0;
        for (int open = text.indexOf("${"); open >= 0; open = text.indexOf("${", from)) {
            int close = text.indexOf('}', open + 2);
            if (close < 0) {
                break;
            }
            String name = text.substring(open + 2, close).strip();
            String replacement;
            if (name.startsWith("!")) {
                replacement = "${" + name.substring(1) + "}";
            } else {
                Node refNode = vars.containsKey(name) ? vars.get(name)
                        : new MapNode(List.of(new Node.Entry("Ref", t.range(), new ScalarNode(name, true, t.range(), null))), t.range(), null);
                if (name.contains(".") && !vars.containsKey(name)) {
                    return Value.unknown("Fn::Sub ${" + name + "} is a resource attribute, known only at deployment", List.of(source(c.at())));
                }
                Value<Object> v = eval(refNode);
                if (!(v instanceof Value.Known<Object> k)) {
                    return Value.unknown("Fn::Sub ${" + name + "} cannot be known"
                            + (v instanceof Value.Unknown<Object> u ? ": " + u.reason() : ""), v.evidence());
                }
                ev.addAll(k.evidence());
                replacement = stringify(k.value());
            }
            sb.append(text, from, open).append(replacement);
            from = close + 1;
        }
        sb.append(text, from, text.length());
        if (sb.indexOf("{{resolve:") >= 0) {
            return Value.unknown("dynamic reference {{resolve:…}} is resolved only at deployment", List.of(source(c.at())));
        }
        return Value.known(sb.toString(), ev);
    }

    private Value<Object> notKnown(String fn, Intrinsic c, Value<Object> a, Value<Object> b) {
        Value<Object> bad = a instanceof Value.Known ? b : a;
        String reason = bad instanceof Value.Unknown<Object> u ? u.reason() : "an argument is absent or of the wrong type";
        return Value.unknown(fn + " cannot be evaluated: " + reason, bad.evidence().isEmpty() ? List.of(source(c.at())) : bad.evidence());
    }

    /** A value as CloudFormation turns it into a string (for comparisons and joins). */
    static String stringify(Object o) {
        if (o == null) {
            return "";
        }
        if (o instanceof BigDecimal d) {
            return new ScalarNode(d, false, null, null).text();
        }
        return o.toString();
    }

    private static String describe(Object o) {
        if (o instanceof String s) {
            return "\"" + s + "\"";
        }
        if (o instanceof MapNode) {
            return "(a mapping)";
        }
        return String.valueOf(o);
    }
}
