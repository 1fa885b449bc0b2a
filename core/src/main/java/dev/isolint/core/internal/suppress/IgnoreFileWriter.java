package dev.isolint.core.internal.suppress;

/**
 * Writes an ignore file in its canonical form: a short header, then {@code ignore:} with one
 * entry per accepted risk. Strings are double-quoted YAML scalars so that any address, path or
 * reason reads back exactly, whatever characters it holds.
 */
public final class IgnoreFileWriter {

    private IgnoreFileWriter() {
    }

    public static String render(IgnoreFile file) {
        StringBuilder out = new StringBuilder();
        out.append("# isolint ignore file: accepted risks. Each entry needs a reason; an entry past\n");
        out.append("# `expires` (YYYY-MM-DD, optional) no longer suppresses. `address`, `file` and `callPath` may be\n");
        out.append("# globs; paths are relative to this file's directory; an entry without `callPath` covers every\n");
        out.append("# caller of a Terraform module. Written by `isolint baseline`, edit freely.\n");
        if (file.entries().isEmpty()) {
            out.append("ignore: []\n");
            return out.toString();
        }
        out.append("ignore:\n");
        for (IgnoreEntry e : file.entries()) {
            out.append("  - rule: ").append(quote(e.rule())).append('\n');
            out.append("    address: ").append(quote(e.address())).append('\n');
            if (e.file() != null) {
                out.append("    file: ").append(quote(e.file())).append('\n');
            }
            if (e.callPath() != null) {
                out.append("    callPath: ").append(quote(e.callPath())).append('\n');
            }
            if (e.reason() != null) {
                out.append("    reason: ").append(quote(e.reason())).append('\n');
            }
            if (e.expires() != null) {
                out.append("    expires: ").append(e.expires()).append('\n');
            }
        }
        return out.toString();
    }

    /** A YAML double-quoted scalar; characters YAML would not keep verbatim are escaped. */
    static String quote(String s) {
        StringBuilder q = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                case '\r' -> q.append("\\r");
                default -> {
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                        q.append(String.format("\\u%04X", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
