package dev.isolint.core.internal.cloudformation;

import dev.isolint.core.internal.tree.Node;
import dev.isolint.core.internal.tree.Node.MapNode;
import dev.isolint.core.internal.tree.Node.ScalarNode;
import dev.isolint.core.internal.tree.Node.SeqNode;
import dev.isolint.core.model.NameSetting;
import dev.isolint.core.model.Range;
import dev.isolint.core.model.Reference;
import dev.isolint.core.model.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what a resource's properties name (SPEC §12): a resource of the same template through {@code Fn::GetAtt},
 * {@code Ref} or {@code Fn::Sub} (and {@code Fn::Join}) over it, else the name the value evaluates to, else a name not
 * known before deployment. Also reads a resource's own name setting. A {@code Fn::If} whose condition is known takes
 * its branch; one whose condition is not known gives what either branch names.
 */
final class PropertyReferences {

    private final TemplateEvaluator evaluator;
    private final List<Reference> out = new ArrayList<>();

    private PropertyReferences(TemplateEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /**
     * What the property at {@code path} names, in {@code properties}: segments separated by dots, a segment ending in
     * {@code [*]} a list whose every item is followed ({@code ProductionVariants[*].ModelName}).
     */
    static List<Reference> at(TemplateEvaluator evaluator, Node properties, String path) {
        PropertyReferences r = new PropertyReferences(evaluator);
        if (properties != null) {
            r.walk(properties, path.split("\\."), 0);
        }
        return r.out;
    }

    /** The name setting of {@code property} (a top-level property) of the resource at {@code resource}. */
    static NameSetting name(TemplateEvaluator evaluator, Node properties, String property, Range resource) {
        Node.Entry e = properties instanceof MapNode m ? m.entry(property) : null;
        if (e == null) {
            return NameSetting.notSet(property, resource);
        }
        Value<Object> v = evaluator.eval(e.value());
        if (v instanceof Value.Absent) {
            return NameSetting.notSet(property, e.keyRange());
        }
        if (v instanceof Value.Known<Object> k && !(k.value() instanceof MapNode) && !(k.value() instanceof List)) {
            return new NameSetting(property, NameSetting.Kind.LITERAL,
                    List.of(TemplateEvaluator.stringify(k.value())), e.keyRange());
        }
        return new NameSetting(property, NameSetting.Kind.EXPRESSION, List.of(), e.keyRange());
    }

    private void walk(Node node, String[] path, int step) {
        if (step == path.length) {
            value(node);
            return;
        }
        String segment = path[step];
        boolean list = segment.endsWith("[*]");
        String key = list ? segment.substring(0, segment.length() - 3) : segment;
        Node map = structure(node);
        if (!(map instanceof MapNode m) || m.entry(key) == null) {
            return;
        }
        Node child = m.entry(key).value();
        if (!list) {
            walk(child, path, step + 1);
            return;
        }
        Node items = structure(child);
        if (items instanceof SeqNode seq) {
            for (Node item : seq.items()) {
                walk(item, path, step + 1);
            }
        }
    }

    /**
     * A mapping or list as written, or what an intrinsic function on the way evaluates to; {@code null} (after noting
     * an unresolvable reference when it cannot be known) when it is neither.
     */
    private Node structure(Node node) {
        if (Intrinsic.of(node) == null) {
            return node;
        }
        Value<Object> v = evaluator.eval(node);
        if (v instanceof Value.Known<Object> k && k.value() instanceof MapNode m) {
            return m;
        }
        if (v instanceof Value.Known<Object> k && k.value() instanceof List<?> items) {
            List<Node> nodes = new ArrayList<>();
            for (Object item : items) {
                if (item instanceof MapNode m) {
                    nodes.add(m);
                }
            }
            return new SeqNode(nodes, node.range(), null);
        }
        if (v instanceof Value.Unknown<Object> u) {
            out.add(new Reference.Unresolvable(u.reason(), node.range()));
        }
        return null;
    }

    /** What one value names: the resources it refers to, else the name it evaluates to (or why it cannot). */
    private void value(Node node) {
        Intrinsic c = Intrinsic.of(node);
        if (c != null && c.name().equals("Fn::If") && fnIf(c)) {
            return;
        }
        int before = out.size();
        resourcesIn(node);
        if (out.size() > before) {
            return;
        }
        Value<Object> v = evaluator.eval(node);
        if (v instanceof Value.Known<Object> k && !(k.value() instanceof MapNode) && !(k.value() instanceof List)) {
            out.add(new Reference.ByName(TemplateEvaluator.stringify(k.value()), node.range()));
        } else if (v instanceof Value.Unknown<Object> u) {
            out.add(new Reference.Unresolvable(u.reason(), node.range()));
        }
    }

    private void getAtt(Intrinsic c) {
        String target = null;
        if (c.argument() instanceof SeqNode args && !args.items().isEmpty()
                && args.items().get(0) instanceof ScalarNode s) {
            target = s.text();
        } else if (c.argument() instanceof ScalarNode s && s.text() != null) {
            int dot = s.text().indexOf('.');
            target = dot < 0 ? s.text() : s.text().substring(0, dot);
        }
        if (target != null && evaluator.isResource(target)) {
            out.add(new Reference.ToResource(target, c.at().range()));
        }
    }

    /** {@code ${X}} and {@code ${X.Attr}} naming a resource of the template (not a variable of the Sub's own map). */
    private void sub(Intrinsic c) {
        Node template = c.argument();
        MapNode vars = null;
        if (template instanceof SeqNode args && args.items().size() == 2) {
            vars = args.items().get(1) instanceof MapNode m ? m : null;
            template = args.items().get(0);
        }
        if (!(template instanceof ScalarNode t) || t.text() == null) {
            return;
        }
        String text = t.text();
        // Scanned by hand, as TemplateEvaluator's Fn::Sub is: no regular expression on the start-up path.
        for (int open = text.indexOf("${"); open >= 0; open = text.indexOf("${", open + 2)) {
            int close = text.indexOf('}', open + 2);
            if (close < 0) {
                break;
            }
            String name = text.substring(open + 2, close).strip();
            int dot = name.indexOf('.');
            String target = dot < 0 ? name : name.substring(0, dot);
            if (!name.startsWith("!") && (vars == null || vars.entry(name) == null) && evaluator.isResource(target)) {
                out.add(new Reference.ToResource(target, c.at().range()));
            }
        }
        if (vars != null) {
            for (Node.Entry e : vars.entries()) {
                if (text.contains("${" + e.key() + "}")) {
                    resourcesIn(e.value());
                }
            }
        }
    }

    private void join(Intrinsic c) {
        if (c.argument() instanceof SeqNode args && args.items().size() == 2
                && args.items().get(1) instanceof SeqNode parts) {
            for (Node part : parts.items()) {
                resourcesIn(part);
            }
        }
    }

    /** Adds only the resource references {@code node} makes (a part of a name built from several). */
    private void resourcesIn(Node node) {
        Intrinsic c = Intrinsic.of(node);
        if (c == null) {
            return;
        }
        switch (c.name()) {
            case "Fn::GetAtt" -> getAtt(c);
            case "Ref" -> {
                if (c.argument() instanceof ScalarNode s && s.text() != null && evaluator.isResource(s.text())) {
                    out.add(new Reference.ToResource(s.text(), node.range()));
                }
            }
            case "Fn::Sub" -> sub(c);
            case "Fn::Join" -> join(c);
            default -> {
            }
        }
    }

    /** {@code Fn::If}: the branch its known condition takes, or both; false when it is malformed. */
    private boolean fnIf(Intrinsic c) {
        if (!(c.argument() instanceof SeqNode args) || args.items().size() != 3
                || !(args.items().get(0) instanceof ScalarNode cn) || cn.text() == null) {
            return false;
        }
        Value<Boolean> cond = evaluator.condition(cn.text(), cn);
        if (cond instanceof Value.Known<Boolean> k) {
            value(args.items().get(k.value() ? 1 : 2));
        } else {
            value(args.items().get(1));
            value(args.items().get(2));
        }
        return true;
    }
}
