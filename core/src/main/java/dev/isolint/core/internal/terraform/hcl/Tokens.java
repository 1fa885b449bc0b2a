package dev.isolint.core.internal.terraform.hcl;

import dev.isolint.core.model.Range;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The lexer's output, stored column-wise in arrays sized from the input: a large file becomes a
 * handful of arrays rather than millions of small objects.
 */
final class Tokens {

    private static final TokenType[] TYPES = TokenType.values();

    /** The file lexed: the path every token's range names. */
    private final Path file;
    final String src;
    private byte[] type;
    int[] start;
    int[] end;
    int[] line;
    int[] col;
    private int[] endCol;
    /** Why an {@link TokenType#INVALID} token is invalid, by token index. */
    private final Map<Integer, String> messages = new HashMap<>();
    int size;
    /** The {@code tokens} limit: a file with more tokens is rejected before the parser sees it. */
    private final int maxTokens;

    /** Thrown by {@link #add} past the limit; the parser turns it into a syntax error at that token. */
    static final class LimitExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;

        LimitExceeded(int max, int line, int column) {
            super("more than " + max + " tokens in one file", null, false, false);
            this.line = line;
            this.column = column;
        }
    }

    Tokens(Path file, String src, int maxTokens) {
        this.file = file;
        this.src = src;
        this.maxTokens = maxTokens;
        // About one token per four characters in real configurations; growing is rare. Not more than a
        // million at first: a 100 MB file that is one string would otherwise start with 500 MB of arrays.
        int cap = Math.max(64, Math.min(src.length() / 4, 1 << 20));
        type = new byte[cap];
        start = new int[cap];
        end = new int[cap];
        line = new int[cap];
        col = new int[cap];
        endCol = new int[cap];
    }

    void add(TokenType t, int s, int e, int l, int c, int ec, String why) {
        if (size == maxTokens) {
            throw new LimitExceeded(maxTokens, l, c);
        }
        if (size == type.length) {
            int cap = size + (size >> 1) + 16;
            type = Arrays.copyOf(type, cap);
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            line = Arrays.copyOf(line, cap);
            col = Arrays.copyOf(col, cap);
            endCol = Arrays.copyOf(endCol, cap);
        }
        type[size] = (byte) t.ordinal();
        start[size] = s;
        end[size] = e;
        line[size] = l;
        col[size] = c;
        endCol[size] = ec;
        if (why != null) {
            messages.put(size, why);
        }
        size++;
    }

    TokenType type(int i) {
        return TYPES[type[i]];
    }

    String message(int i) {
        return messages.get(i);
    }

    /** A token that ends with a line feed (a newline, a heredoc line) ends at the start of the next line. */
    Range range(int i) {
        if (end[i] > start[i] && src.charAt(end[i] - 1) == '\n') {
            return new Range(file, line[i], col[i], line[i] + 1, 1);
        }
        return new Range(file, line[i], col[i], line[i], endCol[i]);
    }

    String text(int i) {
        return src.substring(start[i], end[i]);
    }
}
