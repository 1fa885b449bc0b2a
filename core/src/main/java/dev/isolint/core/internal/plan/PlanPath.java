package dev.isolint.core.internal.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * The place of an attribute inside a planned resource, as a {@link PlanAdapter} asks for it: names of object
 * fields and indices of lists, {@code network_config[0].enable_network_isolation}. A provider's nested block is a
 * list in plan JSON ({@code aws}: {@code network_config[0]}); a nested attribute is an object ({@code awscc}:
 * {@code network_config.enable_network_isolation}) — which one is the adapter's knowledge, not the reader's guess.
 *
 * <p>Parsed by hand, not by regular expression: adapters build their paths while a one-file scan starts
 * (bench/README.md).
 */
public final class PlanPath {

    private final List<Segment> segments;
    private final String text;

    private PlanPath(List<Segment> segments, String text) {
        this.segments = List.copyOf(segments);
        this.text = text;
    }

    /**
     * Reads {@code name(.name|[index])*}: names are Terraform identifiers, indices non-negative decimals.
     *
     * @throws IllegalArgumentException when {@code text} is not such a path (a programming error of an adapter)
     */
    public static PlanPath parse(String text) {
        List<Segment> segments = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '[') {
                int close = text.indexOf(']', i);
                if (close < 0 || close == i + 1 || segments.isEmpty()) {
                    throw bad(text);
                }
                int index = 0;
                for (int j = i + 1; j < close; j++) {
                    char d = text.charAt(j);
                    if (d < '0' || d > '9' || index > (Integer.MAX_VALUE - 9) / 10) {
                        throw bad(text);
                    }
                    index = index * 10 + (d - '0');
                }
                segments.add(Segment.index(index));
                i = close + 1;
            } else {
                if (c == '.') {
                    if (segments.isEmpty()) {
                        throw bad(text);
                    }
                    i++;
                } else if (!segments.isEmpty()) {
                    throw bad(text); // a name follows a dot
                }
                int start = i;
                while (i < n && isNameChar(text.charAt(i))) {
                    i++;
                }
                if (i == start) {
                    throw bad(text);
                }
                segments.add(Segment.name(text.substring(start, i)));
            }
        }
        if (segments.isEmpty()) {
            throw bad(text);
        }
        return new PlanPath(segments, text);
    }

    private static IllegalArgumentException bad(String text) {
        return new IllegalArgumentException("not a plan attribute path: \"" + text + "\"");
    }

    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    /** The segments, outermost first. */
    public List<Segment> segments() {
        return segments;
    }

    /** The first {@code length} segments as a path of their own (an ancestor, or this path). */
    PlanPath prefix(int length) {
        if (length == segments.size()) {
            return this;
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            Segment g = segments.get(i);
            if (g.isIndex()) {
                s.append('[').append(g.index()).append(']');
            } else {
                s.append(i == 0 ? "" : ".").append(g.name());
            }
        }
        return new PlanPath(segments.subList(0, length), s.toString());
    }

    // equals and hashCode on the text, which the segments determine and which determines them.
    @Override
    public boolean equals(Object o) {
        return o instanceof PlanPath p && text.equals(p.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** The path as written, {@code network_config[0].enable_network_isolation}: evidence and messages name it so. */
    @Override
    public String toString() {
        return text;
    }

    /**
     * One step: a field of an object, or an element of a list.
     */
    public static final class Segment {
        private final String name;
        private final int index;

        private Segment(String name, int index) {
            this.name = name;
            this.index = index;
        }

        static Segment name(String name) {
            return new Segment(name, -1);
        }

        static Segment index(int index) {
            return new Segment(null, index);
        }

        /** True for {@code [index]}. */
        public boolean isIndex() {
            return name == null;
        }

        /** The field name, or {@code null} for an index. */
        public String name() {
            return name;
        }

        /** The list index, or -1 for a name. */
        public int index() {
            return index;
        }
    }
}
