package dev.isolint.core.internal.cloudformation;

import dev.isolint.core.internal.tree.Node;
import dev.isolint.core.internal.tree.Node.MapNode;
import java.util.Set;

/**
 * An intrinsic function call in either spelling: long form ({@code {"Fn::If": [...]}},
 * {@code {"Ref": "X"}}) or YAML short-form tag ({@code !If [...]}, {@code !Ref X}).
 *
 * @param name     the long-form name ({@code Ref}, {@code Condition}, {@code Fn::If}, …)
 * @param argument the function's argument node (for a tag: the tagged node without its tag)
 * @param at       the node of the call, for locations
 */
record Intrinsic(String name, Node argument, Node at) {

    private static final Set<String> TAGS_WITHOUT_FN = Set.of("Ref", "Condition");

    /** The call {@code node} spells, or {@code null} when it is plain data. */
    static Intrinsic of(Node node) {
        String tag = node.tag();
        if (tag != null) {
            String bare = tag.substring(1);
            String name = TAGS_WITHOUT_FN.contains(bare) ? bare : "Fn::" + bare;
            return new Intrinsic(name, untagged(node), node);
        }
        if (node instanceof MapNode m && m.entries().size() == 1) {
            String key = m.entries().get(0).key();
            if (key.equals("Ref") || key.startsWith("Fn::") || key.equals("Condition")) {
                return new Intrinsic(key, m.entries().get(0).value(), node);
            }
        }
        return null;
    }

    private static Node untagged(Node n) {
        if (n instanceof Node.ScalarNode s) {
            return new Node.ScalarNode(s.value(), s.quoted(), s.range(), null);
        }
        if (n instanceof Node.SeqNode s) {
            return new Node.SeqNode(s.items(), s.range(), null);
        }
        MapNode m = (MapNode) n;
        return new MapNode(m.entries(), m.range(), null);
    }
}
