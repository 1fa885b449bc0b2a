package dev.isolint.core.internal.terraform.hcl;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How {@code terraform fmt} aligns the {@code =} of attributes (HashiCorp's {@code hclwrite} formatter): a line
 * "assigns" when its first {@code =} is not its first token and what follows opens no bracket it does not close
 * (a line opening a multi-line value does not assign); consecutive assigning lines form a chain, and every
 * {@code =} in a chain stands one space after the longest name. Blank lines, comment lines and lines that do not
 * assign end a chain. {@code isolint fix} re-aligns the chain of a line it adds, as a person running
 * {@code terraform fmt} after the edit would see.
 */
public final class FmtAlignment {

    /**
     * A span of the text and what it becomes.
     *
     * @param start first char of the chain's first line
     * @param end   char after the chain's last line (after its line break)
     * @param text  the chain's lines with their {@code =} aligned
     */
    public record Span(int start, int end, String text) {
    }

    private FmtAlignment() {
    }

    /**
     * The chain holding 1-based {@code line} of {@code src}, aligned; {@code null} when that line does not assign or
     * the text does not lex.
     */
    public static Span align(Path file, String src, int line) {
        Tokens t;
        try {
            t = HclLexer.lex(file, src);
        } catch (RuntimeException e) {
            return null;
        }
        List<Integer> lineStarts = new ArrayList<>();
        lineStarts.add(0);
        for (int i = 0; i < src.length(); i++) {
            if (src.charAt(i) == '\n') {
                lineStarts.add(i + 1);
            }
        }
        int lines = lineStarts.size();
        int[] firstToken = new int[lines + 2];
        int[] lastToken = new int[lines + 2];
        java.util.Arrays.fill(firstToken, -1);
        for (int i = 0; i < t.size; i++) {
            TokenType type = t.type(i);
            if (type == TokenType.NEWLINE || type == TokenType.EOF) {
                continue;
            }
            int l = t.line[i];
            if (l < 1 || l > lines) {
                continue;
            }
            if (firstToken[l] < 0) {
                firstToken[l] = i;
            }
            lastToken[l] = i;
        }
        if (line < 1 || line > lines || assignAt(t, firstToken[line], lastToken[line]) < 0) {
            return null;
        }
        int first = line;
        while (first > 1 && assignAt(t, firstToken[first - 1], lastToken[first - 1]) >= 0) {
            first--;
        }
        int last = line;
        while (last < lines && assignAt(t, firstToken[last + 1], lastToken[last + 1]) >= 0) {
            last++;
        }
        int widest = 0;
        for (int l = first; l <= last; l++) {
            int eq = assignAt(t, firstToken[l], lastToken[l]);
            widest = Math.max(widest, src.codePointCount(lineStarts.get(l - 1), t.end[eq - 1]));
        }
        int start = lineStarts.get(first - 1);
        int end = last < lines ? lineStarts.get(last) : src.length();
        StringBuilder sb = new StringBuilder();
        for (int l = first; l <= last; l++) {
            int eq = assignAt(t, firstToken[l], lastToken[l]);
            int from = lineStarts.get(l - 1);
            int leadEnd = t.end[eq - 1];
            int to = l < lines ? lineStarts.get(l) : src.length();
            sb.append(src, from, leadEnd).append(" ".repeat(widest - src.codePointCount(from, leadEnd) + 1))
                    .append(src, t.start[eq], to);
        }
        return new Span(start, end, sb.toString());
    }

    /** The index of the line's assigning {@code =}, or -1 when the line (tokens {@code first..last}) does not assign. */
    private static int assignAt(Tokens t, int first, int last) {
        if (first < 0) {
            return -1;
        }
        for (int i = first + 1; i <= last; i++) {
            if (t.type(i) == TokenType.EQUAL) {
                int net = 0;
                for (int j = i; j <= last; j++) {
                    TokenType type = t.type(j);
                    if (type == TokenType.OHEREDOC) {
                        break;
                    }
                    net += bracketChange(type);
                }
                return net == 0 ? i : -1;
            }
        }
        return -1;
    }

    private static int bracketChange(TokenType type) {
        return switch (type) {
            case OBRACE, OBRACK, OPAREN, TEMPLATE_INTERP, TEMPLATE_CONTROL -> 1;
            case CBRACE, CBRACK, CPAREN, TEMPLATE_SEQ_END -> -1;
            default -> 0;
        };
    }
}
