package dev.isolint.core.internal.tree;

import java.io.StringReader;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

/**
 * SnakeYAML's {@link StreamReader} over one whole {@code String}, linear in the length of a token.
 *
 * <p>SnakeYAML's own reader keeps a window that starts at the scanner's position, and each time the scanner
 * looks further ahead it copies the whole window into a new array with 1,023 more characters. Within one
 * token the position does not move until the token ends, so a token of n characters costs n²/2,046 copied
 * code points: a 5.5 M character scalar took 41 seconds. Here the text is decoded once into one array that
 * only grows at its end, so looking ahead costs nothing. SnakeYAML's nodes keep their marks, and every mark
 * keeps the window it was made in, so its reader ends up holding the document too; this one holds it
 * in one array instead of thousands.
 *
 * <p>Everything else is SnakeYAML's {@code StreamReader} as it is: decoding in the same 1,023-character
 * steps (so a character it refuses is an error at the same moment of the scan, after the same syntax
 * errors), the same refusals with the same messages, the same line and column counting, and the same
 * answers at the end of the text. The scanner uses only the public methods overridden here.
 */
final class StringStreamReader extends StreamReader {

    /** What SnakeYAML's reader reads at once (its buffer less one, for a trailing high surrogate). */
    private static final int STEP = 1023;
    /** The name SnakeYAML gives a reader of a {@code java.io.Reader}, in marks and errors, as before. */
    private static final String NAME = "'reader'";

    private final String text;
    /** The text's code points decoded so far, {@code [0, length)}; sized for the whole text once. */
    private final int[] data;
    private int length;
    /** Characters of {@link #text} decoded into {@link #data}. */
    private int decoded;
    private int pointer;
    private int index;
    private int documentIndex;
    private int line;
    private int column;

    StringStreamReader(String text) {
        super(new StringReader(""));
        this.text = text;
        this.data = new int[text.length()];
    }

    @Override
    public Mark getMark() {
        return new Mark(NAME, index, line, column, data, pointer);
    }

    @Override
    public void forward() {
        forward(1);
    }

    @Override
    public void forward(int n) {
        for (int i = 0; i < n && ensureEnoughData(0); i++) {
            int c = data[pointer++];
            index++;
            documentIndex++;
            if (Constant.LINEBR.has(c) || c == '\r' && ensureEnoughData(0) && data[pointer] != '\n') {
                line++;
                column = 0;
            } else if (c != 0xFEFF) {
                column++;
            }
        }
    }

    @Override
    public int peek() {
        return ensureEnoughData(0) ? data[pointer] : '\0';
    }

    @Override
    public int peek(int i) {
        return ensureEnoughData(i) ? data[pointer + i] : '\0';
    }

    @Override
    public String prefix(int n) {
        if (n == 0) {
            return "";
        }
        if (ensureEnoughData(n)) {
            return new String(data, pointer, n);
        }
        return new String(data, pointer, Math.min(n, length - pointer));
    }

    @Override
    public String prefixForward(int n) {
        String prefix = prefix(n);
        pointer += n;
        index += n;
        documentIndex += n;
        column += n; // a prefix never holds a line break
        return prefix;
    }

    @Override
    public int getColumn() {
        return column;
    }

    @Override
    public int getDocumentIndex() {
        return documentIndex;
    }

    @Override
    public void resetDocumentIndex() {
        documentIndex = 0;
    }

    @Override
    public int getIndex() {
        return index;
    }

    @Override
    public int getLine() {
        return line;
    }

    /** Like SnakeYAML's: at most one more step decoded per call, then whether {@code pointer + size} is there. */
    private boolean ensureEnoughData(int size) {
        if (pointer + size >= length && decoded < text.length()) {
            decodeStep();
        }
        return pointer + size < length;
    }

    /** The next 1,023 characters (one more for a split surrogate pair), checked as SnakeYAML checks them. */
    private void decodeStep() {
        int from = decoded;
        int to = Math.min(from + STEP, text.length());
        if (Character.isHighSurrogate(text.charAt(to - 1))) {
            if (to == text.length()) {
                throw new ReaderException(NAME, index + to - from, text.charAt(to - 1),
                        "The last char is HighSurrogate (no LowSurrogate detected).");
            }
            to++;
        }
        decoded = to;
        for (int i = from; i < to; ) {
            char c = text.charAt(i);
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                cp = Character.toCodePoint(c, text.charAt(i + 1));
            }
            data[length++] = cp;
            if (!isPrintable(cp)) {
                throw new ReaderException(NAME, length - 1, cp, "special characters are not allowed");
            }
            i += Character.charCount(cp);
        }
    }
}
