package dev.isolint.core.internal.terraform.module;

import dev.isolint.core.model.Range;
import dev.isolint.core.internal.terraform.hcl.Attribute;
import dev.isolint.core.internal.terraform.hcl.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * Nested blocks in Terraform's JSON syntax, read once the adapter's path says a name is a block type (JSON
 * syntax cannot say it itself): a property whose value is an object is one block, an array of objects several;
 * {@code "dynamic": {"x": {"for_each": …, "content": {…}}}} holds dynamic blocks by type.
 */
final class JsonBlocks {

    private JsonBlocks() {
    }

    /** Adds the blocks of {@code type} that the property value {@code value} writes. */
    static void blocks(String type, Expr value, Range at, ConfigFile file, List<NestedBlock> out) {
        if (value instanceof Expr.ObjectCons o) {
            out.add(new NestedBlock(type, false, new JsonBlockBody(o, file), at, null));
        } else if (value instanceof Expr.Tuple t) {
            for (Expr item : t.items()) {
                blocks(type, item, item.range(), file, out);
            }
        } else if (!(value instanceof Expr.Literal l && l.value() == null)) {
            out.add(new NestedBlock(type, false, null, at, "a " + type + " block in JSON syntax must be an object"
                    + " or an array of objects, Terraform would reject it"));
        }
    }

    /** Adds the dynamic blocks of {@code type} that a {@code "dynamic"} property's value writes. */
    static void dynamicBlocks(String type, Expr value, ConfigFile file, List<NestedBlock> out) {
        if (value instanceof Expr.Tuple t) {
            for (Expr item : t.items()) {
                dynamicBlocks(type, item, file, out);
            }
            return;
        }
        if (!(value instanceof Expr.ObjectCons o)) {
            return;
        }
        for (Expr.Item item : o.items()) {
            if (type.equals(keyText(item.key()))) {
                dynamicBodies(type, item.value(), file, out);
            }
        }
    }

    private static void dynamicBodies(String type, Expr value, ConfigFile file, List<NestedBlock> out) {
        Range at = value.range();
        if (value instanceof Expr.ObjectCons body) {
            out.add(new NestedBlock(type, true, new JsonBlockBody(body, file), at, null));
        } else if (value instanceof Expr.Tuple t) {
            for (Expr item : t.items()) {
                dynamicBodies(type, item, file, out);
            }
        } else {
            out.add(new NestedBlock(type, true, null, at, "a dynamic " + type + " block in JSON syntax must be an"
                    + " object, Terraform would reject it"));
        }
    }

    /** The block types a {@code "dynamic"} property names. */
    static List<String> labels(Expr value) {
        List<String> out = new ArrayList<>();
        if (value instanceof Expr.Tuple t) {
            for (Expr item : t.items()) {
                out.addAll(labels(item));
            }
        } else if (value instanceof Expr.ObjectCons o) {
            for (Expr.Item item : o.items()) {
                String key = keyText(item.key());
                if (key != null) {
                    out.add(key);
                }
            }
        }
        return out;
    }

    /** A property name as written: JSON keys are read as templates, which for a name hold only literal text. */
    static String keyText(Expr key) {
        if (key instanceof Expr.Literal l && l.value() instanceof String s) {
            return s;
        }
        if (key instanceof Expr.Template t) {
            StringBuilder sb = new StringBuilder();
            for (Expr part : t.parts()) {
                if (!(part instanceof Expr.Literal l && l.value() instanceof String s)) {
                    return null;
                }
                sb.append(s);
            }
            return sb.toString();
        }
        return null;
    }

    /** A block body written as a JSON object. */
    private static final class JsonBlockBody implements BlockBody {
        private final Expr.ObjectCons object;
        private final ConfigFile file;

        JsonBlockBody(Expr.ObjectCons object, ConfigFile file) {
            this.object = object;
            this.file = file;
        }

        @Override
        public Range location() {
            return object.range();
        }

        @Override
        public Arg arg(String name) {
            for (Expr.Item item : object.items()) {
                if (name.equals(keyText(item.key()))) {
                    return new Arg(new Attribute(name, item.value(), item.key().range()), file);
                }
            }
            return null;
        }

        @Override
        public List<NestedBlock> blocks(String type) {
            List<NestedBlock> out = new ArrayList<>();
            for (Expr.Item item : object.items()) {
                String key = keyText(item.key());
                if (type.equals(key)) {
                    JsonBlocks.blocks(type, item.value(), item.key().range(), file, out);
                } else if ("dynamic".equals(key)) {
                    dynamicBlocks(type, item.value(), file, out);
                }
            }
            return out;
        }
    }
}
