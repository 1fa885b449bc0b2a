package dev.isolint.core.internal.terraform.hcl;

import java.nio.file.Path;

/**
 * Splits HCL native syntax into tokens, following the scanner of HashiCorp's hclsyntax package:
 * a main mode for expressions and bodies, and template modes for quoted strings, heredocs and
 * bare templates, switched by {@code ${ … }} and {@code %{ … }} sequences with brace counting.
 * Comments are dropped; a line comment's newline stays a token, as newlines end attributes.
 *
 * <p>Every character is looked at a bounded number of times, so lexing is linear in the input.
 */
final class HclLexer {

    private static final int MAIN = 0;
    private static final int QUOTED = 1;
    private static final int HEREDOC = 2;
    private static final int BARE = 3;

    private final String src;
    private final int n;
    private final Tokens out;
    private int pos;
    private int line;
    private int lineStart;

    private int[] modes = new int[16];
    private int modeDepth;
    private String[] markers = new String[16];
    private boolean[] startOfLine = new boolean[16];
    private int braces;
    private int[] retBraces = new int[16];
    private int retDepth;

    private int colCacheLineStart = -1;
    private int colCachePos;
    private int colCacheCol;

    private HclLexer(Path file, String src, int firstLine, int firstColumnOffset, int maxTokens) {
        this.src = src;
        this.n = src.length();
        this.out = new Tokens(file, src, maxTokens);
        this.line = firstLine;
        // A template taken from inside a JSON string starts mid-line: shift columns on its first line.
        this.lineStart = -firstColumnOffset;
    }

    /** Tokens of a configuration file or expression; their ranges name {@code file}. */
    static Tokens lex(Path file, String src) {
        return lex(file, src, Integer.MAX_VALUE);
    }

    /** Tokens of a configuration file, at most {@code maxTokens} ({@link Tokens.LimitExceeded} past it). */
    static Tokens lex(Path file, String src, int maxTokens) {
        HclLexer l = new HclLexer(file, src, 1, 0, maxTokens);
        l.run(MAIN);
        return l.out;
    }

    /** Tokens of a bare template (the content of a JSON string), placed at {@code line:column} of {@code file}. */
    static Tokens lexTemplate(Path file, String src, int line, int column) {
        HclLexer l = new HclLexer(file, src, line, column - 1, Integer.MAX_VALUE);
        l.run(BARE);
        return l.out;
    }

    private void run(int initialMode) {
        pushMode(initialMode, null);
        while (pos < n) {
            switch (modes[modeDepth - 1]) {
                case MAIN -> main();
                case QUOTED -> quoted();
                case HEREDOC -> heredoc();
                default -> bare();
            }
        }
        emit(TokenType.EOF, n, n);
    }

    // ---------------------------------------------------------------- main mode

    private void main() {
        char c = src.charAt(pos);
        switch (c) {
            case ' ', '\t' -> {
                pos++;
                while (pos < n && (src.charAt(pos) == ' ' || src.charAt(pos) == '\t')) {
                    pos++;
                }
            }
            case '\n' -> newline(pos, pos + 1);
            case '\r' -> {
                if (at(pos + 1) == '\n') {
                    newline(pos, pos + 2);
                } else {
                    invalid(1, "a carriage return must be followed by a line feed");
                }
            }
            case '#' -> lineComment();
            case '/' -> {
                char d = at(pos + 1);
                if (d == '/') {
                    lineComment();
                } else if (d == '*') {
                    blockComment();
                } else {
                    single(TokenType.SLASH);
                }
            }
            case '"' -> {
                single(TokenType.OQUOTE);
                pushMode(QUOTED, null);
            }
            case '<' -> {
                if (at(pos + 1) == '<') {
                    if (!heredocStart()) {
                        // HCL has no "<<" operator: this is a heredoc introducer gone wrong.
                        invalid(2, "a heredoc introducer (<<EOT or <<-EOT) must be directly followed by a newline");
                    }
                    return;
                }
                twoOrOne('=', TokenType.LTE, TokenType.LT);
            }
            case '{' -> {
                single(TokenType.OBRACE);
                braces++;
            }
            case '}' -> closeBrace(1, false);
            case '~' -> {
                if (at(pos + 1) == '}') {
                    closeBrace(2, true);
                } else {
                    invalid(1, "bitwise operators are not supported; did you mean boolean NOT (\"!\")?");
                }
            }
            case '=' -> {
                char d = at(pos + 1);
                if (d == '=') {
                    fixed(TokenType.EQEQ, 2);
                } else if (d == '>') {
                    fixed(TokenType.FATARROW, 2);
                } else {
                    single(TokenType.EQUAL);
                }
            }
            case '!' -> twoOrOne('=', TokenType.NOTEQ, TokenType.BANG);
            case '>' -> twoOrOne('=', TokenType.GTE, TokenType.GT);
            case '&' -> {
                if (at(pos + 1) == '&') {
                    fixed(TokenType.AND, 2);
                } else {
                    invalid(1, "bitwise operators are not supported; did you mean boolean AND (\"&&\")?");
                }
            }
            case '|' -> {
                if (at(pos + 1) == '|') {
                    fixed(TokenType.OR, 2);
                } else {
                    invalid(1, "bitwise operators are not supported; did you mean boolean OR (\"||\")?");
                }
            }
            case '.' -> {
                if (at(pos + 1) == '.' && at(pos + 2) == '.') {
                    fixed(TokenType.ELLIPSIS, 3);
                } else {
                    single(TokenType.DOT);
                }
            }
            case ':' -> twoOrOne(':', TokenType.DOUBLE_COLON, TokenType.COLON);
            case '[' -> single(TokenType.OBRACK);
            case ']' -> single(TokenType.CBRACK);
            case '(' -> single(TokenType.OPAREN);
            case ')' -> single(TokenType.CPAREN);
            case ',' -> single(TokenType.COMMA);
            case '*' -> single(TokenType.STAR);
            case '%' -> single(TokenType.PERCENT);
            case '+' -> single(TokenType.PLUS);
            case '-' -> single(TokenType.MINUS);
            case '?' -> single(TokenType.QUESTION);
            case '^' -> invalid(1, "bitwise operators are not supported");
            case ';' -> invalid(1, "the \";\" character is not valid: use newlines to separate arguments and blocks,"
                    + " and commas to separate items in collection values");
            case '`' -> invalid(1, "the \"`\" character is not valid: to create a multi-line string, use the heredoc"
                    + " syntax, like \"<<EOT\"");
            case '\'' -> invalid(1, "single quotes are not valid: use double quotes (\") to enclose strings");
            default -> {
                if (c >= '0' && c <= '9') {
                    number();
                    return;
                }
                int cp = src.codePointAt(pos);
                if (identStart(cp)) {
                    ident();
                    return;
                }
                int len = Character.charCount(cp);
                if (cp == 0x201C || cp == 0x201D) {
                    invalid(len, "curly quotes are not valid here: use a straight quote (\")");
                } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                    invalid(len, "whitespace character U+" + hex(cp) + " is not valid here: use spaces");
                } else {
                    invalid(len, "character \"" + new String(Character.toChars(cp)) + "\" (U+" + hex(cp)
                            + ") is not used in the language");
                }
            }
        }
    }

    private static String hex(int cp) {
        String h = Integer.toHexString(cp).toUpperCase();
        return "0000".substring(Math.min(4, h.length())) + h;
    }

    static boolean identStart(int cp) {
        return cp == '_' || Character.isUnicodeIdentifierStart(cp);
    }

    static boolean identPart(int cp) {
        return cp == '-' || (Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp));
    }

    private void ident() {
        int i = pos + Character.charCount(src.codePointAt(pos));
        while (i < n) {
            char c = src.charAt(i);
            if (c < 128) {
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
                    i++;
                    continue;
                }
                break;
            }
            int cp = src.codePointAt(i);
            if (!identPart(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        emit(TokenType.IDENT, pos, i);
        pos = i;
    }

    /** A number: digits, dots and exponents as HCL's scanner takes them; it never ends with a dot. */
    private void number() {
        int i = pos + 1;
        while (i < n) {
            char c = src.charAt(i);
            if ((c >= '0' && c <= '9') || c == '.') {
                i++;
            } else if (c == 'e' || c == 'E') {
                int j = i + 1;
                if (at(j) == '+' || at(j) == '-') {
                    j++;
                }
                if (at(j) >= '0' && at(j) <= '9') {
                    i = j + 1;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        while (src.charAt(i - 1) == '.') {
            i--;
        }
        emit(TokenType.NUMBER, pos, i);
        pos = i;
    }

    private void lineComment() {
        int i = pos;
        while (i < n && src.charAt(i) != '\n') {
            i++;
        }
        if (i > pos && i < n && src.charAt(i - 1) == '\r') {
            i--;
        }
        pos = i;
    }

    private void blockComment() {
        int close = src.indexOf("*/", pos + 2);
        if (close < 0) {
            invalid(2, "unterminated comment: no \"*/\" closes the comment opened here");
            // Nothing after an unclosed comment is code; stop here so the error is the only one.
            skipTo(n);
            return;
        }
        skipTo(close + 2);
    }

    /** Moves to {@code target}, counting the lines passed over. */
    private void skipTo(int target) {
        for (int i = pos; i < target; i++) {
            if (src.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        pos = target;
    }

    /** {@code <<EOT} or {@code <<-EOT} directly followed by a newline opens a heredoc. */
    private boolean heredocStart() {
        int i = pos + 2;
        boolean flush = at(i) == '-';
        if (flush) {
            i++;
        }
        if (i >= n || !identStart(src.codePointAt(i))) {
            return false;
        }
        int markerStart = i;
        i += Character.charCount(src.codePointAt(i));
        while (i < n && identPart(src.codePointAt(i))) {
            i += Character.charCount(src.codePointAt(i));
        }
        int markerEnd = i;
        int nl;
        if (at(i) == '\n') {
            nl = i + 1;
        } else if (at(i) == '\r' && at(i + 1) == '\n') {
            nl = i + 2;
        } else {
            return false;
        }
        emit(TokenType.OHEREDOC, pos, markerEnd);
        line++;
        lineStart = nl;
        pos = nl;
        pushMode(HEREDOC, src.substring(markerStart, markerEnd));
        startOfLine[modeDepth - 1] = true;
        return true;
    }

    private void closeBrace(int len, boolean strip) {
        if (retDepth > 0 && retBraces[retDepth - 1] == braces) {
            fixed(TokenType.TEMPLATE_SEQ_END, len);
            braces--;
            retDepth--;
            modeDepth--;
        } else if (strip) {
            fixed(TokenType.TEMPLATE_SEQ_END, len);
            braces--;
        } else {
            fixed(TokenType.CBRACE, len);
            braces--;
        }
    }

    // ---------------------------------------------------------------- template modes

    private void quoted() {
        char c = src.charAt(pos);
        if (c == '"') {
            single(TokenType.CQUOTE);
            modeDepth--;
            return;
        }
        if (c == '\n' || c == '\r') {
            int len = c == '\r' && at(pos + 1) == '\n' ? 2 : 1;
            emit(TokenType.QUOTED_NEWLINE, pos, pos + len);
            // The string is broken; stop lexing it, the parser reports this token.
            pos = n;
            return;
        }
        if (templateSequence()) {
            return;
        }
        int i = pos;
        while (i < n) {
            char d = src.charAt(i);
            if (d == '"' || d == '\n' || d == '\r') {
                break;
            }
            if (d == '\\') {
                i += (i + 1 < n && src.charAt(i + 1) != '\n' && src.charAt(i + 1) != '\r') ? 2 : 1;
                continue;
            }
            int mark = templateMark(i);
            if (mark < 0) {
                break;
            }
            i += mark;
        }
        emit(TokenType.QUOTED_LIT, pos, i);
        pos = i;
    }

    /** {@code ${}, {@code ${~}, {@code %{}, {@code %{~} at the current position switch to the main mode. */
    private boolean templateSequence() {
        char c = src.charAt(pos);
        if ((c == '$' || c == '%') && at(pos + 1) == '{') {
            int len = at(pos + 2) == '~' ? 3 : 2;
            fixed(c == '$' ? TokenType.TEMPLATE_INTERP : TokenType.TEMPLATE_CONTROL, len);
            braces++;
            if (retDepth == retBraces.length) {
                retBraces = java.util.Arrays.copyOf(retBraces, retDepth * 2);
            }
            retBraces[retDepth++] = braces;
            if (modes[modeDepth - 1] == HEREDOC) {
                startOfLine[modeDepth - 1] = false;
            }
            pushMode(MAIN, null);
            return true;
        }
        return false;
    }

    private void heredoc() {
        int d = modeDepth - 1;
        if (startOfLine[d]) {
            int eol = src.indexOf('\n', pos);
            if (eol >= 0) {
                int lineEnd = eol > pos && src.charAt(eol - 1) == '\r' ? eol - 1 : eol;
                if (isMarkerLine(pos, lineEnd, markers[d])) {
                    emit(TokenType.CHEREDOC, pos, lineEnd);
                    modeDepth--;
                    pos = lineEnd;
                    newline(lineEnd, eol + 1);
                    return;
                }
            }
        }
        if (templateSequence()) {
            return;
        }
        literalRun(TokenType.STRING_LIT, d);
    }

    /**
     * Whether {@code src[from, to)} is {@code marker} with white space around it ({@code strip()} of the line
     * equals it), without copying the line: a heredoc line may be megabytes long.
     */
    private boolean isMarkerLine(int from, int to, String marker) {
        int i = from;
        while (i < to && Character.isWhitespace(src.codePointAt(i))) {
            i += Character.charCount(src.codePointAt(i));
        }
        int j = to;
        while (j > i && Character.isWhitespace(src.codePointBefore(j))) {
            j -= Character.charCount(src.codePointBefore(j));
        }
        return j - i == marker.length() && src.startsWith(marker, i);
    }

    private void bare() {
        if (templateSequence()) {
            return;
        }
        literalRun(TokenType.STRING_LIT, -1);
    }

    /** A literal up to and including the end of the line, or up to the next template sequence. */
    private void literalRun(TokenType type, int heredocDepth) {
        int i = pos;
        boolean eol = false;
        while (i < n) {
            char c = src.charAt(i);
            if (c == '\n') {
                i++;
                eol = true;
                break;
            }
            int mark = templateMark(i);
            if (mark < 0) {
                break;
            }
            i += mark;
        }
        if (eol) {
            int l = line;
            int c = col(pos);
            out.add(type, pos, i, l, c, 1, null);
            line++;
            lineStart = i;
        } else {
            emit(type, pos, i);
        }
        if (heredocDepth >= 0) {
            startOfLine[heredocDepth] = eol;
        }
        pos = i;
    }

    /**
     * How a literal run continues at {@code i}: -1 where a {@code ${}/{@code %{} sequence starts (after
     * the run's first character), 3 over an escaped {@code $${}/{@code %%{}, else 1.
     */
    private int templateMark(int i) {
        char c = src.charAt(i);
        if (c != '$' && c != '%') {
            return 1;
        }
        if (i > pos && at(i + 1) == '{') {
            return -1;
        }
        return at(i + 1) == c && at(i + 2) == '{' ? 3 : 1;
    }

    // ---------------------------------------------------------------- helpers

    private void pushMode(int mode, String marker) {
        if (modeDepth == modes.length) {
            modes = java.util.Arrays.copyOf(modes, modeDepth * 2);
            markers = java.util.Arrays.copyOf(markers, modeDepth * 2);
            startOfLine = java.util.Arrays.copyOf(startOfLine, modeDepth * 2);
        }
        modes[modeDepth] = mode;
        markers[modeDepth] = marker;
        startOfLine[modeDepth] = false;
        modeDepth++;
    }

    private char at(int i) {
        return i < n ? src.charAt(i) : '\0';
    }

    private void single(TokenType t) {
        fixed(t, 1);
    }

    private void fixed(TokenType t, int len) {
        emit(t, pos, pos + len);
        pos += len;
    }

    private void twoOrOne(char second, TokenType two, TokenType one) {
        if (at(pos + 1) == second) {
            fixed(two, 2);
        } else {
            fixed(one, 1);
        }
    }

    private void invalid(int len, String why) {
        int l = line;
        int c = col(pos);
        out.add(TokenType.INVALID, pos, pos + len, l, c, c + 1, why);
        pos += len;
    }

    private void newline(int s, int e) {
        int c = col(s);
        out.add(TokenType.NEWLINE, s, e, line, c, 1, null);
        line++;
        lineStart = e;
        pos = e;
    }

    private void emit(TokenType t, int s, int e) {
        int c = col(s);
        int ec = col(e);
        out.add(t, s, e, line, c, ec, null);
    }

    /** The 1-based column of offset {@code p} on the current line, counting code points. */
    private int col(int p) {
        if (colCacheLineStart != lineStart || p < colCachePos) {
            colCacheLineStart = lineStart;
            colCachePos = Math.max(lineStart, 0);
            colCacheCol = 1 + Math.max(0, -lineStart);
        }
        int c = colCacheCol;
        for (int i = colCachePos; i < p; i++) {
            if (!Character.isLowSurrogate(src.charAt(i))) {
                c++;
            }
        }
        colCachePos = p;
        colCacheCol = c;
        return c;
    }
}
