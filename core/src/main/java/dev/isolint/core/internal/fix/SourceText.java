package dev.isolint.core.internal.fix;

import java.util.Arrays;

/**
 * The decoded text of a file with its line starts, so the parsers' 1-based line and column positions become
 * offsets into the text. Each parser counts columns its own way — the YAML and HCL readers in code points, Jackson
 * (reading a string) in UTF-16 chars — so the caller says which; and each knows its own line breaks (YAML also
 * {@code \r}, NEL and the Unicode separators; JSON {@code \r}; HCL only {@code \n} and {@code \r\n}).
 */
final class SourceText {

    /** How a parser counts columns. */
    enum Columns { CODE_POINTS, CHARS }

    /** Which characters a parser takes as line breaks. */
    enum Breaks { HCL, JSON, YAML }

    private final String text;
    private final int[] lineStarts;
    private final Columns columns;

    SourceText(String text, Columns columns, Breaks breaks) {
        this.text = text;
        this.columns = columns;
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean br = c == '\n'
                    || c == '\r' && breaks != Breaks.HCL && !(i + 1 < text.length() && text.charAt(i + 1) == '\n')
                    || breaks == Breaks.YAML && (c == '\u0085' || c == '\u2028' || c == '\u2029');
            if (br) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    String text() {
        return text;
    }

    /** The offset of 1-based {@code line}:{@code column}, or -1 when the text has no such place. */
    int offset(int line, int column) {
        if (line < 1 || line > lineStarts.length || column < 1) {
            return -1;
        }
        int p = lineStarts[line - 1];
        for (int c = 1; c < column; c++) {
            if (p >= text.length()) {
                return -1;
            }
            p += columns == Columns.CODE_POINTS ? Character.charCount(text.codePointAt(p)) : 1;
        }
        return p;
    }

    /** The offset where the line holding {@code offset} starts. */
    int lineStart(int offset) {
        return lineStarts[lineIndex(offset)];
    }

    /** The 1-based line of {@code offset}. */
    int line(int offset) {
        return lineIndex(offset) + 1;
    }

    /** The 1-based column of {@code offset}, counted as the parser counts. */
    int column(int offset) {
        int start = lineStart(offset);
        return 1 + (columns == Columns.CODE_POINTS ? text.codePointCount(start, offset) : offset - start);
    }

    /** The offset just after the line break that ends the line holding {@code offset}; the text's end on the last line. */
    int nextLineStart(int offset) {
        int i = lineIndex(offset);
        return i + 1 < lineStarts.length ? lineStarts[i + 1] : text.length();
    }

    /** The offset of the line break ending the line of {@code offset} (the text's end on the last line). */
    int lineEnd(int offset) {
        int next = nextLineStart(offset);
        if (next == text.length() && (next == 0 || !isBreak(text.charAt(next - 1)))) {
            return next;
        }
        int e = next - 1;
        return e > 0 && text.charAt(e) == '\n' && text.charAt(e - 1) == '\r' ? e - 1 : e;
    }

    /** The spaces and tabs that start the line of {@code offset}. */
    String indentation(int offset) {
        int s = lineStart(offset);
        int e = s;
        while (e < text.length() && (text.charAt(e) == ' ' || text.charAt(e) == '\t')) {
            e++;
        }
        return text.substring(s, e);
    }

    /** True when only spaces and tabs stand between the start of its line and {@code offset}. */
    boolean firstOnLine(int offset) {
        for (int i = lineStart(offset); i < offset; i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }

    /** The file's line break: the first one it has, {@code \n} when it has none. */
    String lineBreak() {
        int n = text.indexOf('\n');
        if (n > 0 && text.charAt(n - 1) == '\r') {
            return "\r\n";
        }
        if (n < 0 && text.indexOf('\r') >= 0) {
            return "\r";
        }
        return "\n";
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private int lineIndex(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i : -i - 2;
    }
}
