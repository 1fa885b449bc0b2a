package dev.isolint.core.internal.tree;

/**
 * Reads a document that may be JSON or YAML: JSON when it starts with {@code {} (faster, and with
 * JSON's own error messages), YAML otherwise (YAML also reads a JSON list).
 */
public final class TreeReader {

    private TreeReader() {
    }

    /** True when the first non-blank character of {@code text} opens a JSON object. */
    public static boolean looksLikeJson(String text) {
        return opensWith(text, '{');
    }

    /** True when the first non-blank character of {@code text} is {@code first}. */
    public static boolean opensWith(String text, char first) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == first;
            }
        }
        return false;
    }

    public static Node read(String text, TreeLimits limits) throws TreeParseException {
        return looksLikeJson(text) ? new JsonTreeReader(limits).read(text) : new YamlTreeReader(limits).read(text);
    }
}
