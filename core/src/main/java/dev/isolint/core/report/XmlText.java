package dev.isolint.core.report;

/**
 * Escapes text for XML 1.0. Characters XML 1.0 cannot carry at all (most C0 controls, lone
 * surrogates) become U+FFFD, so a hostile file name or template value cannot make the report
 * unparseable.
 */
final class XmlText {

    private XmlText() {
    }

    /** Escapes for element content. */
    static String content(String s) {
        return escape(s, false);
    }

    /** Escapes for a double-quoted attribute value; line breaks and tabs are kept as character references. */
    static String attribute(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean attribute) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
                continue;
            }
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append(attribute ? "&quot;" : "\"");
                case '\n' -> b.append(attribute ? "&#10;" : "\n");
                case '\r' -> b.append("&#13;");
                case '\t' -> b.append(attribute ? "&#9;" : "\t");
                default -> b.append(allowed(c) ? c : '\uFFFD');
            }
        }
        return b.toString();
    }

    private static boolean allowed(char c) {
        return (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
