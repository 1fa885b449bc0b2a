package dev.isolint.core.internal.tree;

import java.math.BigDecimal;
import java.nio.file.Path;

/**
 * Reads a YAML document into a located {@link Node} tree.
 *
 * <p>SnakeYAML's composer (the layer under Jackson's YAML parser) is used directly because it
 * resolves anchors on every node, scalars included. Aliases and merge keys ({@code <<}) are
 * resolved here the way {@code sam} and {@code aws cloudformation package} resolve them before
 * deployment: explicit keys win over merged ones, earlier merged maps over later ones. Expansion
 * is bounded by {@link TreeLimits#maxAliasExpansion()} so an alias bomb is an error, not a hang.
 */
public final class YamlTreeReader {

    private final TreeLimits limits;

    public YamlTreeReader(TreeLimits limits) {
        this.limits = limits;
    }

    /**
     * Parses the first document of {@code text}, the content of {@code file} (the path its nodes' ranges name):
     * through {@link QuickYamlReader} when the document is in its subset (the same tree, without SnakeYAML's
     * start-up cost), through SnakeYAML otherwise.
     */
    public Node read(Path file, String text) throws TreeParseException {
        Node quick = QuickYamlReader.tryRead(file, text, limits);
        return quick != null ? quick : readWithSnakeYaml(file, text);
    }

    /** Parses the first document of {@code text} with SnakeYAML, whatever it holds. */
    Node readWithSnakeYaml(Path file, String text) throws TreeParseException {
        return new SnakeYamlTreeReader(limits).read(file, text);
    }

    /** A YAML int or float as a number, or its text when BigDecimal cannot read it (both readers use this). */
    static Object number(String text) {
        try {
            return new BigDecimal(text.replace("_", ""));
        } catch (NumberFormatException e) {
            return text; // octal, hex, sexagesimal, .inf: keep the text, CloudFormation does too
        }
    }
}
