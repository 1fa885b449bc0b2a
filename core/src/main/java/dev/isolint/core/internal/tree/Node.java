package dev.isolint.core.internal.tree;

import dev.isolint.core.model.Range;
import java.util.List;

/**
 * A located node of a JSON or YAML document: every node knows its {@link Range} in the file read (where it starts
 * and ends) and the YAML tag written on it ({@code !Ref}), if any.
 * JSON and YAML documents become the same tree, so format adapters read both alike.
 */
public sealed interface Node permits Node.MapNode, Node.SeqNode, Node.ScalarNode {

    Range range();

    /** The explicit local tag ({@code !Ref}, {@code !If}), or {@code null}. */
    String tag();

    /** One key of a mapping, with the position of the key itself. */
    record Entry(String key, Range keyRange, Node value) {
    }

    /** A mapping; keys are unique and keep their document order. */
    record MapNode(List<Entry> entries, Range range, String tag) implements Node {

        public MapNode {
            entries = List.copyOf(entries);
        }

        /** The entry for {@code key}, or {@code null}. */
        public Entry entry(String key) {
            for (Entry e : entries) {
                if (e.key().equals(key)) {
                    return e;
                }
            }
            return null;
        }

        /** The value for {@code key}, or {@code null}. */
        public Node get(String key) {
            Entry e = entry(key);
            return e == null ? null : e.value();
        }
    }

    /** A sequence. */
    record SeqNode(List<Node> items, Range range, String tag) implements Node {

        public SeqNode {
            items = List.copyOf(items);
        }
    }

    /**
     * A scalar: {@code value} is a {@link String}, {@link Boolean}, {@link java.math.BigDecimal} or
     * {@code null}. {@code quoted} is true for quoted YAML scalars and JSON strings.
     */
    record ScalarNode(Object value, boolean quoted, Range range, String tag) implements Node {

        /** The value as CloudFormation and Terraform would stringify it, or {@code null} for null. */
        public String text() {
            if (value == null) {
                return null;
            }
            if (value instanceof java.math.BigDecimal d) {
                return d.stripTrailingZeros().scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString();
            }
            return value.toString();
        }
    }
}
