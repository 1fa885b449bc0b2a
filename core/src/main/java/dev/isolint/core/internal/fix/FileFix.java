package dev.isolint.core.internal.fix;

import dev.isolint.core.model.Range;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The edits of one file: its text as read, the changes in order, and how to write it back byte for byte — the
 * byte-order mark and encoding it had, every byte outside the changes untouched.
 */
public final class FileFix {

    private final Path file;
    private final String text;
    private final Charset charset;
    private final byte[] prefix;
    private final List<Change> changes;
    private final SourceText positions;

    FileFix(Path file, String text, Charset charset, byte[] prefix, List<Change> changes, SourceText positions) {
        this.file = file;
        this.text = text;
        this.charset = charset;
        this.prefix = prefix.clone();
        List<Change> sorted = new ArrayList<>(changes);
        sorted.sort(Comparator.comparingInt(Change::start));
        this.changes = List.copyOf(sorted);
        this.positions = positions;
    }

    /** The file (absolute, normalised), as the scan named it. */
    public Path file() {
        return file;
    }

    /** The text as read (without a byte-order mark). */
    public String text() {
        return text;
    }

    /** The changes, in the order of the text. */
    public List<Change> changes() {
        return changes;
    }

    /** The text with every change made. */
    public String newText() {
        StringBuilder sb = new StringBuilder(text.length() + 64);
        int at = 0;
        for (Change c : changes) {
            sb.append(text, at, c.start()).append(c.replacement());
            at = c.end();
        }
        return sb.append(text, at, text.length()).toString();
    }

    /** The bytes to write: the original byte-order mark, then the new text in the file's encoding. */
    public byte[] newBytes() {
        byte[] body = newText().getBytes(charset);
        byte[] out = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, out, 0, prefix.length);
        System.arraycopy(body, 0, out, prefix.length, body.length);
        return out;
    }

    /** Where {@code change} sits in the file as read: 1-based lines, columns as the file's parser counts them. */
    public Range range(Change change) {
        return new Range(file, positions.line(change.start()), positions.column(change.start()),
                positions.line(change.end()), positions.column(change.end()));
    }

    /** The text {@code change} replaces. */
    public String oldText(Change change) {
        return text.substring(change.start(), change.end());
    }
}
