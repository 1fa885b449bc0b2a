package dev.isolint.core.internal.tree;

import java.nio.file.Path;

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

    /** Reads {@code text}, the content of {@code file} (the path its nodes' ranges name), as JSON or YAML. */
    public static Node read(Path file, String text, TreeLimits limits) throws TreeParseException {
        return looksLikeJson(text) ? new JsonTreeReader(limits).read(file, text)
                : new YamlTreeReader(limits).read(file, text);
    }
}
