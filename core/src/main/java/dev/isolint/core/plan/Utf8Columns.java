package dev.isolint.core.plan;

/**
 * Turns byte offsets of a UTF-8 document into 1-based columns counted in UTF-16 code units, as
 * editors and SARIF count them. Jackson's UTF-8 parser counts columns in bytes, which drifts after
 * any non-ASCII character on the line; parsing the bytes directly is still worth it (about three
 * times faster than decoding to characters first).
 *
 * <p>Locations are asked for in document order, so each question scans backwards only to the
 * nearest line break or to the previous question: one pass over a one-line plan in all, and a
 * line's prefix per question in a pretty-printed one.
 */
final class Utf8Columns {

    private final byte[] bytes;
    private final int start;
    private int pos;
    private int column = 1;

    /** @param start where the text starts (after a byte-order mark, which no editor counts) */
    Utf8Columns(byte[] bytes, int start) {
        this.bytes = bytes;
        this.start = start;
        this.pos = start;
    }

    /** The column of the character that starts at {@code offset}. */
    int columnAt(long offset) {
        int target = (int) Math.min(Math.max(offset, start), bytes.length);
        if (target < pos) {
            pos = start; // out of order (not expected): count again from the start
            column = 1;
        }
        int units = 0;
        int i = target - 1;
        for (; i >= pos; i--) {
            byte b = bytes[i];
            if (b == '\n' || b == '\r') {
                break;
            }
            if ((b & 0xC0) != 0x80) {
                // A four-byte sequence is a supplementary character: two UTF-16 code units.
                units += (b & 0xF8) == 0xF0 ? 2 : 1;
            }
        }
        column = (i >= pos ? 1 : column) + units;
        pos = target;
        return column;
    }
}
