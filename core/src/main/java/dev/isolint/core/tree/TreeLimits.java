package dev.isolint.core.tree;

/**
 * Bounds that keep hostile documents from exhausting memory or time.
 *
 * @param maxDepth          deepest nesting of mappings and sequences
 * @param maxAliasExpansion most nodes a YAML document may expand to through aliases (alias bombs)
 * @param maxStringLength   longest scalar, in characters
 * @param maxDocumentChars  largest document, in characters
 */
public record TreeLimits(int maxDepth, long maxAliasExpansion, int maxStringLength, int maxDocumentChars) {

    public static final TreeLimits DEFAULT = new TreeLimits(500, 1_000_000, 5_000_000, 100 * 1024 * 1024);
}
