package dev.isolint.core.internal.tree;

import dev.isolint.core.api.Limits;
import dev.isolint.core.internal.tree.Node.Entry;
import dev.isolint.core.internal.tree.Node.MapNode;
import dev.isolint.core.internal.tree.Node.ScalarNode;
import dev.isolint.core.internal.tree.Node.SeqNode;
import dev.isolint.core.model.Range;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * {@link YamlTreeReader}'s SnakeYAML path: every document {@link QuickYamlReader} leaves, and every error
 * message. A class of its own so that a document on the quick path loads (and verifies) none of SnakeYAML.
 */
final class SnakeYamlTreeReader {

    private final TreeLimits limits;

    SnakeYamlTreeReader(TreeLimits limits) {
        this.limits = limits;
    }

    /** Parses the first document of {@code text}, the content of {@code file}, whatever it holds. */
    Node read(Path file, String text) throws TreeParseException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(Integer.MAX_VALUE); // our own expansion budget decides
        options.setNestingDepthLimit(limits.maxDepth());
        options.setCodePointLimit(limits.maxDocumentChars());
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        org.yaml.snakeyaml.nodes.Node root;
        try {
            // What Yaml.compose does, without building Yaml's unused constructor and representer: at
            // start-up those cost more than parsing a whole template (measured in bench/). The reader is
            // SnakeYAML's, without its quadratic copying on a long token (StringStreamReader).
            root = new Composer(new ParserImpl(new StringStreamReader(text), options), new Resolver(), options)
                    .getSingleNode();
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            Mark cm = e.getContextMark();
            String opened = cm != null && cm != m ? " (opened at " + (cm.getLine() + 1) + ":" + (cm.getColumn() + 1) + ")" : "";
            String context = e.getContext() != null ? e.getContext() + opened + ": " : "";
            throw new TreeParseException(JsonTreeReader.firstLine(context + problem),
                    m == null ? 1 : m.getLine() + 1, m == null ? 1 : m.getColumn() + 1);
        } catch (YAMLException e) {
            String msg = e.getMessage() != null && e.getMessage().startsWith("Nesting Depth exceeded")
                    ? limits.tooDeep()
                    : JsonTreeReader.firstLine(e.getMessage());
            throw new TreeParseException(msg, 1, 1);
        } catch (StackOverflowError e) {
            throw new TreeParseException("document nested too deeply", 1, 1);
        }
        if (root == null) {
            throw new TreeParseException("empty document", 1, 1);
        }
        return new Converter(file).convert(root, 0);
    }

    /** Converts SnakeYAML nodes, sharing converted aliases and counting what they expand to. */
    private final class Converter {
        private final Map<org.yaml.snakeyaml.nodes.Node, Node> done = new IdentityHashMap<>();
        private final Map<org.yaml.snakeyaml.nodes.Node, Long> sizes = new IdentityHashMap<>();
        private final Map<org.yaml.snakeyaml.nodes.Node, Boolean> inProgress = new IdentityHashMap<>();
        private long expanded;
        /** The file read: the path every node's range names. */
        private final Path file;

        Converter(Path file) {
            this.file = file;
        }

        Node convert(org.yaml.snakeyaml.nodes.Node n, int depth) throws TreeParseException {
            Node seen = done.get(n);
            if (seen != null) {
                // An alias: sharing the converted node keeps memory flat; the budget counts what
                // the alias stands for, as a consumer that expands it would see it.
                charge(sizes.get(n), n);
                return seen;
            }
            if (inProgress.containsKey(n)) {
                throw error("recursive YAML alias", n);
            }
            if (depth > limits.maxDepth()) {
                throw error(limits.tooDeep(), n);
            }
            inProgress.put(n, Boolean.TRUE);
            long before = expanded;
            charge(1, n);
            Node result;
            if (n instanceof org.yaml.snakeyaml.nodes.ScalarNode s) {
                // SnakeYAML has no string bound of its own; the document's size limits the cost of finding out.
                if (s.getValue().length() > limits.maxStringLength()) {
                    throw error(limits.tooLong(), n);
                }
                result = scalar(s, range(s));
            } else if (n instanceof SequenceNode s) {
                List<Node> items = new ArrayList<>(s.getValue().size());
                for (org.yaml.snakeyaml.nodes.Node item : s.getValue()) {
                    items.add(convert(item, depth + 1));
                }
                result = new SeqNode(items, range(n), localTag(n));
            } else {
                result = mapping((MappingNode) n, depth);
            }
            inProgress.remove(n);
            done.put(n, result);
            sizes.put(n, expanded - before);
            return result;
        }

        private Node mapping(MappingNode m, int depth) throws TreeParseException {
            Map<String, Entry> explicit = new LinkedHashMap<>();
            List<Entry> merged = new ArrayList<>();
            for (NodeTuple t : m.getValue()) {
                org.yaml.snakeyaml.nodes.Node k = t.getKeyNode();
                if (k instanceof org.yaml.snakeyaml.nodes.ScalarNode ks && Tag.MERGE.equals(ks.getTag())) {
                    mergeInto(merged, t.getValueNode(), depth);
                    continue;
                }
                if (!(k instanceof org.yaml.snakeyaml.nodes.ScalarNode ks)) {
                    throw error("mapping keys must be scalars", k);
                }
                String key = ks.getValue();
                Entry previous = explicit.get(key);
                if (previous != null) {
                    throw error("duplicate key \"" + key + "\" (first at line " + previous.keyRange().line() + ")", k);
                }
                explicit.put(key, new Entry(key, range(k), convert(t.getValueNode(), depth + 1)));
            }
            List<Entry> entries = new ArrayList<>(explicit.values());
            Map<String, Boolean> present = new LinkedHashMap<>();
            explicit.keySet().forEach(key -> present.put(key, Boolean.TRUE));
            for (Entry e : merged) {
                if (present.putIfAbsent(e.key(), Boolean.TRUE) == null) {
                    entries.add(e);
                }
            }
            return new MapNode(entries, range(m), localTag(m));
        }

        private void mergeInto(List<Entry> merged, org.yaml.snakeyaml.nodes.Node source, int depth) throws TreeParseException {
            if (source instanceof SequenceNode seq) {
                for (org.yaml.snakeyaml.nodes.Node item : seq.getValue()) {
                    mergeInto(merged, item, depth);
                }
                return;
            }
            Node converted = convert(source, depth + 1);
            if (!(converted instanceof MapNode map)) {
                throw error("merge key << needs a mapping or a list of mappings", source);
            }
            merged.addAll(map.entries());
        }

        private Range range(org.yaml.snakeyaml.nodes.Node n) {
            Mark s = n.getStartMark();
            Mark e = n.getEndMark();
            return new Range(file, s.getLine() + 1, s.getColumn() + 1, e == null ? s.getLine() + 1 : e.getLine() + 1,
                    e == null ? s.getColumn() + 1 : e.getColumn() + 1);
        }

        private void charge(long n, org.yaml.snakeyaml.nodes.Node at) throws TreeParseException {
            expanded += n;
            if (expanded > limits.maxAliasExpansion()) {
                throw error("YAML aliases expand to more than " + limits.maxAliasExpansion()
                        + " nodes (alias bomb?) " + Limits.howToRaise("alias-expansion"), at);
            }
        }
    }

    private static Node scalar(org.yaml.snakeyaml.nodes.ScalarNode s, Range range) {
        String text = s.getValue();
        boolean quoted = s.getScalarStyle() != org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN;
        Tag tag = s.getTag();
        Object value = text;
        if (!quoted) {
            if (Tag.BOOL.equals(tag)) {
                value = switch (text.toLowerCase(java.util.Locale.ROOT)) {
                    case "true", "yes", "on", "y" -> Boolean.TRUE;
                    default -> Boolean.FALSE;
                };
            } else if (Tag.NULL.equals(tag)) {
                value = null;
            } else if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
                value = YamlTreeReader.number(text);
            }
        }
        return new ScalarNode(value, quoted, range, localTag(s));
    }

    private static String localTag(org.yaml.snakeyaml.nodes.Node n) {
        String t = n.getTag().getValue();
        return t.startsWith("!") && !t.startsWith("!!") ? t : null;
    }

    private static TreeParseException error(String message, org.yaml.snakeyaml.nodes.Node at) {
        Mark m = at.getStartMark();
        return new TreeParseException(message, m == null ? 1 : m.getLine() + 1, m == null ? 1 : m.getColumn() + 1);
    }
}
