package dev.isolint.core.internal.plan;

import java.util.Arrays;
import java.util.List;

/**
 * The kept paths of one resource type as a tree, so that the stream reader follows all of them in one pass
 * over a resource's values: each node is a path prefix, its children the fields and list elements that lead on
 * to a kept path. Nodes have a handful of children, so they are found by a loop over an array, not a map: the
 * reader asks for every field of every kept resource's values, in a JVM that still interprets its code.
 */
final class PathTree {

    private static final PathTree[] NONE = new PathTree[0];

    /** The prefix this node stands for; {@code null} at the root (the resource's object itself). */
    final PlanPath path;
    /** The field name this node is reached by, or {@code null} (an element, or the root). */
    private final String name;
    /** The list index this node is reached by, or -1. */
    private final int index;
    /** The number of the kept path that ends here, or -1. */
    private int leaf = -1;
    /** The numbers of every kept path at or below this node. */
    private int[] leaves = new int[0];
    private PathTree[] fields = NONE;
    private PathTree[] elements = NONE;

    private PathTree(PlanPath path, String name, int index) {
        this.path = path;
        this.name = name;
        this.index = index;
    }

    /** The tree of {@code paths}; a path's number is its position in the list. */
    static PathTree of(List<PlanPath> paths) {
        PathTree root = new PathTree(null, null, -1);
        for (int n = 0; n < paths.size(); n++) {
            PlanPath p = paths.get(n);
            PathTree node = root;
            node.addLeaf(n);
            List<PlanPath.Segment> segments = p.segments();
            for (int i = 0; i < segments.size(); i++) {
                node = node.child(segments.get(i), p, i + 1);
                node.addLeaf(n);
            }
            node.leaf = n;
        }
        return root;
    }

    private PathTree child(PlanPath.Segment s, PlanPath full, int length) {
        PathTree found = s.isIndex() ? element(s.index()) : field(s.name());
        if (found == null) {
            found = new PathTree(full.prefix(length), s.name(), s.index());
            if (s.isIndex()) {
                elements = append(elements, found);
            } else {
                fields = append(fields, found);
            }
        }
        return found;
    }

    private static PathTree[] append(PathTree[] nodes, PathTree node) {
        PathTree[] grown = Arrays.copyOf(nodes, nodes.length + 1);
        grown[nodes.length] = node;
        return grown;
    }

    private void addLeaf(int n) {
        int[] grown = Arrays.copyOf(leaves, leaves.length + 1);
        grown[leaves.length] = n;
        leaves = grown;
    }

    /** The child for the object field {@code name}, or {@code null} when no kept path goes through it. */
    PathTree field(String name) {
        PathTree[] f = fields;
        for (int i = 0; i < f.length; i++) {
            if (f[i].name.equals(name)) {
                return f[i];
            }
        }
        return null;
    }

    /** The child for list element {@code index}, or {@code null} when no kept path goes through it. */
    PathTree element(int index) {
        PathTree[] e = elements;
        for (int i = 0; i < e.length; i++) {
            if (e[i].index == index) {
                return e[i];
            }
        }
        return null;
    }

    boolean hasFields() {
        return fields.length > 0;
    }

    boolean hasElements() {
        return elements.length > 0;
    }

    /** The number of the kept path that ends at this node, or -1 when paths only pass through it. */
    int leaf() {
        return leaf;
    }

    /** The numbers of all kept paths at or below this node (an unknown value here makes each of them unknown). */
    int[] leaves() {
        return leaves;
    }
}
