package dev.isolint.core.internal.plan;

import dev.isolint.core.internal.terraform.hcl.Attribute;
import dev.isolint.core.internal.terraform.hcl.Block;
import dev.isolint.core.internal.terraform.hcl.Body;
import dev.isolint.core.internal.terraform.hcl.Expr;
import dev.isolint.core.model.Range;
import java.util.List;

/**
 * Where a resource block of the configuration sets a {@link PlanPath}: {@code name[i]} is the i-th nested block
 * {@code name}, a name without index an attribute or a single nested block, and a name inside an attribute's object
 * constructor ({@code network_config = { enable_network_isolation = true }}) the item of that key.
 */
final class HclPaths {

    private HclPaths() {
    }

    /**
     * The range of what sets {@code path} in {@code body}: the attribute or object item at the path, or the attribute
     * above it whose expression is not an object constructor (it sets the path as a whole); {@code null} when the
     * block does not write it.
     */
    static Range setting(Body body, PlanPath path) {
        List<PlanPath.Segment> segments = path.segments();
        Body current = body;
        for (int i = 0; i < segments.size(); i++) {
            String name = segments.get(i).name();
            if (name == null) {
                return null; // an index is taken with the name before it
            }
            boolean indexed = i + 1 < segments.size() && segments.get(i + 1).isIndex();
            Attribute a = indexed ? null : current.attribute(name);
            if (a != null) {
                return i + 1 == segments.size() ? a.range() : inObject(a.expr(), a.range(), segments, i + 1);
            }
            Block b = nestedBlock(current, name, indexed ? segments.get(i + 1).index() : 0);
            if (b == null) {
                return null;
            }
            current = b.body();
            if (indexed) {
                i++;
            }
        }
        return null; // the path ends at a block: no attribute sets it
    }

    /** The item at {@code segments[from..]} inside {@code expr}, or {@code set} (what sets the whole) when it is no object. */
    private static Range inObject(Expr expr, Range set, List<PlanPath.Segment> segments, int from) {
        if (from == segments.size() || !(expr instanceof Expr.ObjectCons o) || segments.get(from).isIndex()) {
            return set;
        }
        String name = segments.get(from).name();
        for (Expr.Item item : o.items()) {
            if (name.equals(keyOf(item))) {
                return inObject(item.value(), item.key().range(), segments, from + 1);
            }
        }
        return null; // the object leaves it out
    }

    /** A key written as a bare name or a plain string; {@code null} for a computed key. */
    private static String keyOf(Expr.Item item) {
        Expr k = item.key();
        if (k instanceof Expr.Variable v && !item.forceExpression()) {
            return v.name();
        }
        if (k instanceof Expr.Literal l && l.value() instanceof String s) {
            return s;
        }
        if (k instanceof Expr.Template t && t.parts().size() == 1 && t.parts().get(0) instanceof Expr.Literal l
                && l.value() instanceof String s) {
            return s;
        }
        return null;
    }

    private static Block nestedBlock(Body body, String type, int index) {
        int seen = 0;
        for (Block b : body.blocks()) {
            if (b.type().equals(type) && seen++ == index) {
                return b;
            }
        }
        return null;
    }
}
