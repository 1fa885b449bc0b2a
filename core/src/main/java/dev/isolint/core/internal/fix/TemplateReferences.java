package dev.isolint.core.internal.fix;

import dev.isolint.core.internal.tree.Node;
import dev.isolint.core.internal.tree.Node.Entry;
import dev.isolint.core.internal.tree.Node.MapNode;
import dev.isolint.core.internal.tree.Node.ScalarNode;
import dev.isolint.core.internal.tree.Node.SeqNode;
import dev.isolint.core.model.Range;
import java.util.List;
import java.util.Set;

/**
 * The names a CloudFormation value refers to — parameters ({@code Ref}, {@code ${…}} in {@code Fn::Sub}),
 * conditions ({@code Fn::If}, {@code Condition}) and mappings ({@code Fn::FindInMap}), long form and short-form
 * tags alike — so the fixer can say which inputs an expression it replaced leaves unused.
 */
final class TemplateReferences {

    private TemplateReferences() {
    }

    /** Adds to {@code out} every name {@code node} refers to, skipping nodes inside any of {@code skip}. */
    static void collect(Node node, List<Range> skip, Set<String> out) {
        for (Range r : skip) {
            if (TreeEditor.within(node.range(), r)) {
                return;
            }
        }
        String tag = node.tag();
        if (tag != null) {
            named(tag.substring(1), node, out);
        }
        if (node instanceof MapNode m) {
            if (m.entries().size() == 1) {
                Entry e = m.entries().get(0);
                named(e.key().startsWith("Fn::") ? e.key().substring(4) : e.key(), e.value(), out);
            }
            for (Entry e : m.entries()) {
                if (e.key().equals("Condition") && e.value() instanceof ScalarNode s && s.text() != null) {
                    out.add(s.text());
                }
                collect(e.value(), skip, out);
            }
        } else if (node instanceof SeqNode s) {
            for (Node item : s.items()) {
                collect(item, skip, out);
            }
        }
    }

    /** The name an intrinsic function ({@code Ref}, {@code If}, {@code Sub}, …) given {@code argument} refers to. */
    private static void named(String function, Node argument, Set<String> out) {
        switch (function) {
            case "Ref", "Condition" -> {
                if (argument instanceof ScalarNode s && s.text() != null) {
                    out.add(s.text());
                }
            }
            case "If", "FindInMap" -> {
                if (argument instanceof SeqNode seq && !seq.items().isEmpty()
                        && seq.items().get(0) instanceof ScalarNode s && s.text() != null) {
                    out.add(s.text());
                }
            }
            case "Sub" -> {
                Node template = argument instanceof SeqNode seq && !seq.items().isEmpty() ? seq.items().get(0) : argument;
                if (template instanceof ScalarNode s && s.text() != null) {
                    subNames(s.text(), out);
                }
            }
            default -> {
            }
        }
    }

    /** The names in {@code ${Name}} and {@code ${Name.Attr}} of a {@code Fn::Sub} string ({@code ${!x}} is literal). */
    private static void subNames(String text, Set<String> out) {
        int from = 0;
        for (int open = text.indexOf("${"); open >= 0; open = text.indexOf("${", from)) {
            int close = text.indexOf('}', open);
            if (close < 0) {
                return;
            }
            String name = text.substring(open + 2, close).trim();
            if (!name.startsWith("!")) {
                int dot = name.indexOf('.');
                out.add(dot < 0 ? name : name.substring(0, dot));
            }
            from = close + 1;
        }
    }
}
