package dev.isolint.core.internal.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/**
 * An input file's bytes and decoded text. Encoding is detected from a byte-order mark or, for
 * UTF-16 without one (PowerShell redirection), from NUL bytes; otherwise UTF-8. The text is decoded
 * on first use; readers that stream (plans) read the bytes through {@link #reader()} instead. Text
 * that is not valid in its encoding is decoded leniently, and {@link #decodeError()} says where it
 * broke so that readers can report it.
 */
public final class SourceFile {

    /** The path used for content read from standard input. */
    public static final Path STDIN = Path.of("<stdin>");

    private final Path path;
    private final byte[] bytes;
    private final Charset charset;
    private final int skip;
    private String text;
    private String decodeError;
    private boolean decoded;

    private SourceFile(Path path, byte[] bytes) {
        this.path = path;
        this.bytes = bytes;
        Charset cs = StandardCharsets.UTF_8;
        int bom = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            bom = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            cs = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            cs = StandardCharsets.UTF_16BE;
            bom = 2;
        } else if (bytes.length >= 4 && bytes[0] != 0 && bytes[1] == 0 && bytes[2] != 0 && bytes[3] == 0) {
            cs = StandardCharsets.UTF_16LE;
        } else if (bytes.length >= 4 && bytes[0] == 0 && bytes[1] != 0 && bytes[2] == 0 && bytes[3] != 0) {
            cs = StandardCharsets.UTF_16BE;
        }
        this.charset = cs;
        this.skip = bom;
    }

    /**
     * Decodes the text on first use only: a streaming reader (a 100 MB plan) never needs it, and
     * decoding would hold the content two more times (a char buffer and a string).
     */
    private synchronized void decode() {
        if (decoded) {
            return;
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            decodeError = describeBadByte(bytes, skip, charset);
            text = new String(bytes, skip, bytes.length - skip, charset);
        }
        decoded = true;
    }

    /** Reads {@code path} whole. */
    public static SourceFile read(Path path) throws IOException {
        return new SourceFile(path, Files.readAllBytes(path));
    }

    /**
     * Reads {@code path} whole unless it is larger than {@code maxBytes}: its size is checked before a byte
     * is read, so a huge file costs nothing.
     *
     * @throws FileTooLargeException when the file is larger than {@code maxBytes}
     */
    public static SourceFile read(Path path, long maxBytes) throws IOException {
        long size = Files.size(path);
        if (size > maxBytes) {
            throw new FileTooLargeException(size, maxBytes);
        }
        return read(path);
    }

    /** Wraps content that is already in memory (standard input, tests). */
    public static SourceFile of(Path path, byte[] bytes) {
        return new SourceFile(path, bytes);
    }

    public Path path() {
        return path;
    }

    public byte[] bytes() {
        return bytes;
    }

    /** The decoded text (lenient when {@link #decodeError()} is set). */
    public String text() {
        decode();
        return text;
    }

    /** The text's lines, as {@link #lines(String)} splits them. */
    public List<String> lines() {
        return lines(text());
    }

    /**
     * The lines of {@code text} exactly as {@link String#lines()} gives them (terminators {@code \n},
     * {@code \r} and {@code \r\n}; no empty last line after a final terminator), split on first use:
     * most files are read for their tree and never asked for a line, and a stream's first use would cost
     * a one-file scan milliseconds of start-up (bench/README.md).
     */
    public static List<String> lines(String text) {
        return new Lines(text);
    }

    /** An unmodifiable list of a text's lines, split when first read. */
    private static final class Lines extends AbstractList<String> {
        private final String text;
        private volatile List<String> split;

        Lines(String text) {
            this.text = text;
        }

        @Override
        public String get(int index) {
            return split().get(index);
        }

        @Override
        public int size() {
            return split().size();
        }

        private List<String> split() {
            List<String> out = split;
            if (out == null) {
                // Racing readers split alike; the last write wins harmlessly.
                out = new ArrayList<>();
                int start = 0;
                int n = text.length();
                for (int i = 0; i < n; i++) {
                    char c = text.charAt(i);
                    if (c == '\n' || c == '\r') {
                        out.add(text.substring(start, i));
                        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                            i++;
                        }
                        start = i + 1;
                    }
                }
                if (start < n) {
                    out.add(text.substring(start));
                }
                split = out;
            }
            return out;
        }
    }

    /** Where the text stopped being valid in its encoding ("invalid UTF-8 at line 3, column 7"), or {@code null}. */
    public String decodeError() {
        decode();
        return decodeError;
    }

    /** The detected encoding (from a byte-order mark, NUL-byte pattern, else UTF-8). */
    public Charset charset() {
        return charset;
    }

    /**
     * The text as a stream of characters decoded from the bytes as they are read, without the
     * byte-order mark; invalid input fails with a {@link CharacterCodingException}.
     */
    public Reader reader() {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(new ByteArrayInputStream(bytes, skip, bytes.length - skip), decoder);
    }

    /**
     * True when the text contains {@code ascii}, found by searching the encoded bytes: sniffing a
     * large file needs no decoded copy of it.
     */
    public boolean containsAscii(String ascii) {
        byte[] needle = ascii.getBytes(charset);
        int unit = needle.length / Math.max(1, ascii.length());
        int last = bytes.length - needle.length;
        outer:
        for (int i = skip; i <= last; i += unit) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The 1-based line of the first invalid byte, for error entries; 1 when the text is valid. */
    public int decodeErrorLine() {
        if (decodeError == null) {
            return 1;
        }
        int i = decodeError.indexOf("line ");
        int j = decodeError.indexOf(',', i);
        return Integer.parseInt(decodeError.substring(i + 5, j));
    }

    private static String describeBadByte(byte[] bytes, int skip, Charset cs) {
        CharsetDecoder decoder = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length));
        decoder.decode(in, out, true);
        out.flip();
        int line = 1;
        int column = 1;
        while (out.hasRemaining()) {
            if (out.get() == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return "invalid " + cs.name() + " at line " + line + ", column " + column;
    }
}
