package dev.isolint.core.internal.terraform.json;

import dev.isolint.core.internal.terraform.hcl.Attribute;
import dev.isolint.core.internal.terraform.hcl.Block;
import dev.isolint.core.internal.terraform.hcl.Body;
import dev.isolint.core.internal.terraform.hcl.Expr;
import dev.isolint.core.internal.terraform.hcl.HclParser;
import dev.isolint.core.internal.terraform.hcl.HclSyntaxException;
import dev.isolint.core.internal.tree.JsonTreeReader;
import dev.isolint.core.internal.tree.Node;
import dev.isolint.core.internal.tree.Node.MapNode;
import dev.isolint.core.internal.tree.Node.ScalarNode;
import dev.isolint.core.internal.tree.Node.SeqNode;
import dev.isolint.core.internal.tree.TreeLimits;
import dev.isolint.core.internal.tree.TreeParseException;
import dev.isolint.core.model.Range;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Terraform's JSON syntax ({@code .tf.json}, {@code .tfvars.json}) into the same syntax tree
 * as native HCL, as HashiCorp's JSON syntax specification and Terraform's schema define it: block
 * types with their label nesting (objects or arrays of objects at every level), {@code "//"}
 * comment keys, strings as templates where an expression is expected, and values taken literally
 * where Terraform takes them literally (a variable's {@code default}, a module {@code source},
 * {@code .tfvars.json}). A block's range starts at the key of its last label.
 */
public final class TerraformJsonReader {

    private static final Map<String, Integer> LABELS = Map.ofEntries(
            Map.entry("resource", 2), Map.entry("data", 2), Map.entry("ephemeral", 2),
            Map.entry("module", 1), Map.entry("variable", 1), Map.entry("output", 1),
            Map.entry("provider", 1), Map.entry("check", 1),
            Map.entry("locals", 0), Map.entry("terraform", 0), Map.entry("moved", 0),
            Map.entry("import", 0), Map.entry("removed", 0));

    private TerraformJsonReader() {
    }

    /** A {@code .tf.json} configuration file. */
    public static Body parse(Path file, String text, TreeLimits limits) throws HclSyntaxException {
        MapNode top = readObject(file, text, limits, "a Terraform JSON file");
        List<Attribute> attributes = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        for (Node.Entry e : top.entries()) {
            if (e.key().equals("//")) {
                continue;
            }
            Integer labels = LABELS.get(e.key());
            if (labels == null) {
                attributes.add(new Attribute(e.key(), expression(e.value()), e.keyRange()));
                continue;
            }
            blocks(e.key(), labels, e, e.value(), new ArrayList<>(), blocks);
        }
        return new Body(attributes, blocks, top.range());
    }

    /** A {@code .tfvars.json} file: every property is a value taken literally. */
    public static Body parseVariables(Path file, String text, TreeLimits limits) throws HclSyntaxException {
        MapNode top = readObject(file, text, limits, "a variables file");
        List<Attribute> attributes = new ArrayList<>();
        for (Node.Entry e : top.entries()) {
            attributes.add(new Attribute(e.key(), literal(e.value()), e.keyRange()));
        }
        return new Body(attributes, List.of(), top.range());
    }

    private static MapNode readObject(Path file, String text, TreeLimits limits, String what)
            throws HclSyntaxException {
        Node root;
        try {
            root = new JsonTreeReader(limits).read(file, text);
        } catch (TreeParseException e) {
            throw new HclSyntaxException(e.getMessage(), e.line(), e.column());
        }
        if (!(root instanceof MapNode top)) {
            throw new HclSyntaxException(what + " must contain a JSON object", root.range().line(),
                    root.range().column());
        }
        return top;
    }

    /** Unfolds one level of labels; arrays of objects mean several blocks (HCL JSON spec). */
    private static void blocks(String type, int labelsLeft, Node.Entry key, Node value, List<String> labels,
            List<Block> out) throws HclSyntaxException {
        if (value instanceof SeqNode seq) {
            for (Node item : seq.items()) {
                blocks(type, labelsLeft, key, item, labels, out);
            }
            return;
        }
        if (!(value instanceof MapNode map)) {
            throw new HclSyntaxException("expected a JSON object for the " + type + " block",
                    value.range().line(), value.range().column());
        }
        if (labelsLeft == 0) {
            out.add(new Block(type, labels, body(type, map), Range.between(key.keyRange(), map.range())));
            return;
        }
        for (Node.Entry e : map.entries()) {
            if (e.key().equals("//")) {
                continue;
            }
            List<String> more = new ArrayList<>(labels);
            more.add(e.key());
            blocks(type, labelsLeft - 1, e, e.value(), more, out);
        }
    }

    private static Body body(String type, MapNode map) throws HclSyntaxException {
        List<Attribute> attributes = new ArrayList<>();
        for (Node.Entry e : map.entries()) {
            if (e.key().equals("//")) {
                continue;
            }
            Expr value = literalIn(type, e.key()) ? literal(e.value()) : typeExpression(type, e);
            attributes.add(new Attribute(e.key(), value, e.keyRange()));
        }
        return new Body(attributes, List.of(), map.range());
    }

    /** Arguments Terraform takes literally rather than as expressions. */
    private static boolean literalIn(String blockType, String name) {
        return switch (blockType) {
            case "variable" -> !name.equals("type") && !name.equals("validation");
            case "module" -> name.equals("source") || name.equals("version");
            default -> false;
        };
    }

    /** A variable's {@code type} is a string holding a type expression; elsewhere an expression. */
    private static Expr typeExpression(String blockType, Node.Entry e) throws HclSyntaxException {
        if (blockType.equals("variable") && e.key().equals("type") && e.value() instanceof ScalarNode s
                && s.value() instanceof String text) {
            try {
                return HclParser.parseExpression(s.range().file(), text);
            } catch (HclSyntaxException ex) {
                throw new HclSyntaxException("invalid type " + text + ": " + ex.getMessage(), s.range().line(),
                        s.range().column());
            }
        }
        return expression(e.value());
    }

    /** A JSON value where an expression is expected: strings are templates. */
    public static Expr expression(Node node) throws HclSyntaxException {
        if (node instanceof ScalarNode s) {
            if (s.value() instanceof String str) {
                return HclParser.parseTemplate(s.range().file(), str, s.range().line(), s.range().column() + 1);
            }
            return new Expr.Literal(s.value(), node.range());
        }
        if (node instanceof SeqNode seq) {
            List<Expr> items = new ArrayList<>();
            for (Node item : seq.items()) {
                items.add(expression(item));
            }
            return new Expr.Tuple(items, node.range());
        }
        MapNode map = (MapNode) node;
        List<Expr.Item> items = new ArrayList<>();
        for (Node.Entry e : map.entries()) {
            Range at = e.keyRange();
            Expr key = HclParser.parseTemplate(at.file(), e.key(), at.line(), at.column() + 1);
            items.add(new Expr.Item(key, true, expression(e.value())));
        }
        return new Expr.ObjectCons(items, node.range());
    }

    /** A JSON value taken literally. */
    public static Expr literal(Node node) {
        return new Expr.Literal(plain(node), node.range());
    }

    private static Object plain(Node node) {
        if (node instanceof ScalarNode s) {
            return s.value();
        }
        if (node instanceof SeqNode seq) {
            List<Object> items = new ArrayList<>();
            for (Node i : seq.items()) {
                items.add(plain(i));
            }
            return items;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (Node.Entry e : ((MapNode) node).entries()) {
            map.put(e.key(), plain(e.value()));
        }
        return map;
    }
}
