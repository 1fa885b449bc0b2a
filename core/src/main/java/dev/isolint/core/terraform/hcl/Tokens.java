package dev.isolint.core.terraform.hcl;

import java.util.Arrays;

/**
 * The lexer's output, stored column-wise in arrays: a large file becomes a handful of arrays
 * rather than a million small objects.
 */
final class Tokens {

    final String src;
    TokenType[] type = new TokenType[256];
    int[] start = new int[256];
    int[] end = new int[256];
    int[] line = new int[256];
    int[] col = new int[256];
    int[] endLine = new int[256];
    int[] endCol = new int[256];
    /** Why an {@link TokenType#INVALID} token is invalid; {@code null} for other tokens. */
    String[] message = new String[256];
    int size;

    Tokens(String src) {
        this.src = src;
    }

    void add(TokenType t, int s, int e, int l, int c, int el, int ec, String why) {
        if (size == type.length) {
            int cap = size * 2;
            type = Arrays.copyOf(type, cap);
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            line = Arrays.copyOf(line, cap);
            col = Arrays.copyOf(col, cap);
            endLine = Arrays.copyOf(endLine, cap);
            endCol = Arrays.copyOf(endCol, cap);
            message = Arrays.copyOf(message, cap);
        }
        type[size] = t;
        start[size] = s;
        end[size] = e;
        line[size] = l;
        col[size] = c;
        endLine[size] = el;
        endCol[size] = ec;
        message[size] = why;
        size++;
    }

    SourceRange range(int i) {
        return new SourceRange(line[i], col[i], endLine[i], endCol[i]);
    }

    String text(int i) {
        return src.substring(start[i], end[i]);
    }
}
