package dev.isolint.core.internal.plan;

import dev.isolint.core.internal.tree.JsonErrors;

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
final class Utf8Columns implements JsonErrors.Columns {

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

    /**
     * The column in UTF-16 code units of the byte column {@code byteColumn} on line {@code line}, both 1-based
     * as Jackson counts them (a line ends at LF, CR or CRLF). For the places Jackson cites inside its messages,
     * which come without a byte offset; only a malformed plan asks, so a scan from the start is fine. Leaves
     * the document-order state of {@link #columnAt} alone.
     */
    @Override
    public int column(int line, int byteColumn) {
        int i = start;
        for (int n = 1; n < line && i < bytes.length; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                n++;
            }
        }
        int end = (int) Math.min((long) i + Math.max(0, byteColumn - 1), bytes.length);
        int units = 0;
        for (int j = i; j < end; j++) {
            byte b = bytes[j];
            if ((b & 0xC0) != 0x80) {
                units += (b & 0xF8) == 0xF0 ? 2 : 1;
            }
        }
        return units + 1;
    }
}
