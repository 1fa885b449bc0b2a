package dev.isolint.core.internal.fix;

import dev.isolint.core.internal.adapter.cloudformation.CloudFormationAdapters;
import dev.isolint.core.internal.tree.Node;
import dev.isolint.core.internal.tree.Node.Entry;
import dev.isolint.core.internal.tree.Node.MapNode;
import dev.isolint.core.internal.tree.Node.ScalarNode;
import dev.isolint.core.internal.tree.TreeLimits;
import dev.isolint.core.internal.tree.TreeParseException;
import dev.isolint.core.internal.tree.TreeReader;
import dev.isolint.core.model.Range;
import dev.isolint.core.rule.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The fix in a CloudFormation template, YAML or JSON: the property the resource's adapter judges
 * ({@link CloudFormationAdapters#settingPath}) set to {@code true} under the resource's {@code Properties}.
 */
final class TemplateFixer implements FormatFixer {

    /** The property that names each replaced resource type: set at all, the name must change with the fix (§12). */

    private final boolean json;
    private final SourceText src;
    private final Node root;

    TemplateFixer(Path file, String text) throws Refusal {
        this.json = TreeReader.looksLikeJson(text);
        this.src = new SourceText(text, json ? SourceText.Columns.CHARS : SourceText.Columns.CODE_POINTS,
                json ? SourceText.Breaks.JSON : SourceText.Breaks.YAML);
        try {
            this.root = TreeReader.read(file, text, TreeLimits.DEFAULT);
        } catch (TreeParseException e) {
            throw new Refusal("the template does not parse", "fix the syntax error first");
        }
    }

    @Override
    public SourceText source() {
        return src;
    }

    @Override
    public boolean parses(Path file, String text) {
        try {
            TreeReader.read(file, text, TreeLimits.DEFAULT);
            return true;
        } catch (TreeParseException e) {
            return false;
        }
    }

    @Override
    public Fix fix(Finding finding) throws Refusal {
        String path = CloudFormationAdapters.settingPath(finding.resource().type());
        if (path == null) {
            throw new Refusal("no rule setting is known for " + finding.resource().type(), "fix it by hand");
        }
        List<MapNode> parents = new ArrayList<>();
        Entry resource = find(root, finding.resource().location(), parents);
        if (resource == null || !(resource.value() instanceof MapNode body)
                || !(body.get("Type") instanceof ScalarNode type) || !finding.resource().type().equals(type.text())) {
            throw new Refusal("the resource is generated (Fn::ForEach) or not where the scan found it",
                    "set " + path + ": true where the resource is written");
        }
        List<String> segments = new ArrayList<>();
        segments.add("Properties");
        segments.addAll(List.of(path.split("\\.")));
        TreeEditor.Dialect dialect = new Dialect(path);
        TreeEditor.Outcome outcome = TreeEditor.set(src, json, dialect, finding, body, resource.keyRange().column(),
                segments, body.range());
        List<String> notes = unused(outcome.replacedExpressions(), parents);
        List<Change> changes = new ArrayList<>();
        for (Change c : outcome.changes()) {
            changes.add(c.withNotes(notes));
        }
        return new Fix(changes);
    }


    /** The parameters, conditions and mappings the replaced expressions named that nothing else in the template names. */
    private List<String> unused(List<Node> replaced, List<MapNode> parents) {
        if (replaced.isEmpty()) {
            return List.of();
        }
        List<Range> skip = new ArrayList<>();
        Set<String> named = new LinkedHashSet<>();
        for (Node n : replaced) {
            skip.add(n.range());
            TemplateReferences.collect(n, List.of(), named);
        }
        Set<String> still = new HashSet<>();
        TemplateReferences.collect(root, skip, still);
        MapNode template = parents.size() >= 2 ? parents.get(parents.size() - 2) : null;
        List<String> out = new ArrayList<>();
        for (String name : named) {
            String kind = declared(template, name);
            if (kind != null && !still.contains(name)) {
                out.add(kind + " " + name + " is no longer used");
            }
        }
        return out;
    }

    private static String declared(MapNode template, String name) {
        if (template == null) {
            return null;
        }
        if (template.get("Parameters") instanceof MapNode p && p.entry(name) != null) {
            return "parameter";
        }
        if (template.get("Conditions") instanceof MapNode c && c.entry(name) != null) {
            return "condition";
        }
        if (template.get("Mappings") instanceof MapNode m && m.entry(name) != null) {
            return "mapping";
        }
        return null;
    }

    /** The entry whose key starts at {@code at}, the mappings above it collected in {@code parents} (outermost first). */
    private static Entry find(Node node, Range at, List<MapNode> parents) {
        if (node instanceof MapNode m) {
            for (Entry e : m.entries()) {
                if (e.keyRange().line() == at.line() && e.keyRange().column() == at.column()) {
                    parents.add(m);
                    return e;
                }
            }
            for (Entry e : m.entries()) {
                if (TreeEditor.within(at, e.value().range())) {
                    parents.add(m);
                    Entry found = find(e.value(), at, parents);
                    if (found != null) {
                        return found;
                    }
                    parents.remove(parents.size() - 1);
                }
            }
        } else if (node instanceof Node.SeqNode s) {
            for (Node item : s.items()) {
                if (TreeEditor.within(at, item.range())) {
                    Entry found = find(item, at, parents);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    /** CloudFormation's values: {@code false}, {@code "false"} and null are literals; intrinsic functions are expressions. */
    private record Dialect(String noun) implements TreeEditor.Dialect {

        @Override
        public boolean literalOff(Node value) {
            return value instanceof ScalarNode s && s.tag() == null
                    && (s.value() == null || Boolean.FALSE.equals(s.value())
                    || s.value() instanceof String str && str.equalsIgnoreCase("false"));
        }

        @Override
        public boolean absent(Node value) {
            if ("!Ref".equals(value.tag())) {
                return value instanceof ScalarNode s && "AWS::NoValue".equals(s.text());
            }
            return value instanceof MapNode m && value.tag() == null && m.entries().size() == 1
                    && m.get("Ref") instanceof ScalarNode s && "AWS::NoValue".equals(s.text());
        }

        @Override
        public boolean expression(MapNode map) {
            if (map.entries().size() != 1) {
                return false;
            }
            String k = map.entries().get(0).key();
            return k.equals("Ref") || k.equals("Condition") || k.startsWith("Fn::");
        }

        @Override
        public boolean blockList() {
            return false;
        }
    }
}
