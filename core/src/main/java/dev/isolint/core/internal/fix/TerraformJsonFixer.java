package dev.isolint.core.internal.fix;

import dev.isolint.core.internal.adapter.terraform.TerraformAdapters;
import dev.isolint.core.internal.terraform.hcl.Expr;
import dev.isolint.core.internal.terraform.hcl.HclSyntaxException;
import dev.isolint.core.internal.terraform.json.TerraformJsonReader;
import dev.isolint.core.internal.terraform.module.TerraformPath;
import dev.isolint.core.internal.tree.JsonTreeReader;
import dev.isolint.core.internal.tree.Node;
import dev.isolint.core.internal.tree.Node.Entry;
import dev.isolint.core.internal.tree.Node.MapNode;
import dev.isolint.core.internal.tree.Node.ScalarNode;
import dev.isolint.core.internal.tree.Node.SeqNode;
import dev.isolint.core.internal.tree.TreeLimits;
import dev.isolint.core.internal.tree.TreeParseException;
import dev.isolint.core.rule.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The fix in a Terraform file in JSON syntax ({@code .tf.json}): the block's setting set to {@code true} through the
 * JSON object of the resource, keeping the file's indentation and key order ({@link TreeEditor}). A nested block is
 * an object, or a list of objects (each edited); an expression is a string holding {@code ${…}}.
 */
final class TerraformJsonFixer implements FormatFixer {

    private final Path file;
    private final SourceText src;
    private final Node root;

    TerraformJsonFixer(Path file, String text) throws Refusal {
        this.file = file;
        this.src = new SourceText(text, SourceText.Columns.CHARS, SourceText.Breaks.JSON);
        try {
            this.root = new JsonTreeReader(TreeLimits.DEFAULT).read(file, text);
        } catch (TreeParseException e) {
            throw new Refusal("the file does not parse", "fix the syntax error first");
        }
    }

    @Override
    public SourceText source() {
        return src;
    }

    @Override
    public boolean parses(Path f, String text) {
        try {
            TerraformJsonReader.parse(f, text, TreeLimits.DEFAULT);
            return true;
        } catch (HclSyntaxException e) {
            return false;
        }
    }

    @Override
    public Fix fix(Finding finding) throws Refusal {
        String type = finding.resource().type();
        TerraformPath path = TerraformAdapters.settingPath(type);
        Entry resource = find(type, finding.resource().location().line());
        if (path == null || resource == null || !(resource.value() instanceof MapNode block)) {
            throw new Refusal("the block is not where the scan found it", "set it by hand");
        }
        if (!path.blocks().isEmpty() && block.get("dynamic") instanceof MapNode dynamic
                && dynamic.entry(path.blocks().get(0)) != null) {
            throw new Refusal("the setting is in a dynamic \"" + path.blocks().get(0) + "\" block",
                    "make the block unconditional, or set " + path + " to true in its content");
        }
        List<String> segments = new ArrayList<>(path.blocks());
        segments.add(path.attribute());
        segments.addAll(path.keys());
        TreeEditor.Outcome outcome = TreeEditor.set(src, true, new Dialect(path.toString()), finding, block,
                resource.keyRange().column(), segments, block.range());
        List<Expr> replaced = new ArrayList<>();
        for (Node n : outcome.replacedExpressions()) {
            try {
                replaced.add(TerraformJsonReader.expression(n));
            } catch (HclSyntaxException e) {
                // not an expression Terraform would read: nothing it named can become unused
            }
        }
        List<String> notes = HclReferences.unused(file, replaced);
        List<Change> changes = new ArrayList<>();
        for (Change c : outcome.changes()) {
            changes.add(c.withNotes(notes));
        }
        return new Fix(changes);
    }

    /** The name entry of the resource block of {@code type} whose key is on {@code line}. */
    private Entry find(String type, int line) {
        if (!(root instanceof MapNode top)) {
            return null;
        }
        for (Node resources : objects(top.get("resource"))) {
            for (Node ofType : objects(((MapNode) resources).get(type))) {
                for (Entry e : ((MapNode) ofType).entries()) {
                    if (e.keyRange().line() == line) {
                        return e.value() instanceof SeqNode s && s.items().size() == 1
                                ? new Entry(e.key(), e.keyRange(), s.items().get(0)) : e;
                    }
                }
            }
        }
        return null;
    }

    /** The objects of a JSON-syntax block value: an object, or a list of objects. */
    private static List<Node> objects(Node n) {
        List<Node> out = new ArrayList<>();
        if (n instanceof MapNode) {
            out.add(n);
        } else if (n instanceof SeqNode s) {
            for (Node item : s.items()) {
                if (item instanceof MapNode) {
                    out.add(item);
                }
            }
        }
        return out;
    }

    /** Terraform's JSON values: {@code false}, {@code "false"}, null are literals; objects are blocks or objects. */
    private record Dialect(String noun) implements TreeEditor.Dialect {

        @Override
        public boolean literalOff(Node value) {
            return value instanceof ScalarNode s && (s.value() == null || Boolean.FALSE.equals(s.value())
                    || "false".equals(s.value()));
        }

        @Override
        public boolean absent(Node value) {
            return false;
        }

        @Override
        public boolean expression(MapNode map) {
            return false;
        }

        @Override
        public boolean blockList() {
            return true;
        }
    }
}
