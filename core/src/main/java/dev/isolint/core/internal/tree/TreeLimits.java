package dev.isolint.core.internal.tree;

import dev.isolint.core.api.Limits;

/**
 * Bounds that keep hostile documents from exhausting memory or time.
 *
 * @param maxDepth          deepest nesting of mappings and sequences
 * @param maxAliasExpansion most nodes a YAML document may expand to through aliases (alias bombs)
 * @param maxStringLength   longest scalar, in characters
 * @param maxDocumentChars  largest document, in characters
 */
public record TreeLimits(int maxDepth, long maxAliasExpansion, int maxStringLength, int maxDocumentChars) {

    public static final TreeLimits DEFAULT = of(Limits.DEFAULT);

    /** The error for a document nested deeper than {@link #maxDepth()}, naming the limit. */
    public String tooDeep() {
        return "document nested deeper than " + maxDepth + " levels " + Limits.howToRaise("depth");
    }

    /** The error for a string longer than {@link #maxStringLength()}, naming the limit. */
    public String tooLong() {
        return "a string is longer than " + maxStringLength + " characters " + Limits.howToRaise("string-length");
    }

    /**
     * What a Jackson reading constraint's message means in terms of these limits (the limit's name and how to
     * raise it), or its first line when it is none of them.
     */
    public String explain(String jacksonMessage) {
        String m = jacksonMessage == null ? "" : jacksonMessage;
        if (m.contains("nesting depth")) {
            return tooDeep();
        }
        if (m.contains("String value length") || m.contains("string value length")) {
            return tooLong();
        }
        if (m.contains("Document length") || m.contains("document length")) {
            return "document longer than " + maxDocumentChars + " characters " + Limits.howToRaise("file-size");
        }
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /**
     * The document bounds of a scan's {@link Limits}. A document is never more characters than its file has
     * bytes (every encoding takes at least one byte a character), so the file size bounds it too.
     */
    public static TreeLimits of(Limits limits) {
        return new TreeLimits(limits.depth(), limits.aliasExpansion(), limits.stringLength(),
                (int) Math.min(limits.fileSize(), Integer.MAX_VALUE - 8));
    }
}
