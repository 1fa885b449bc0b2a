package dev.isolint.core.internal.tree;

import dev.isolint.core.internal.tree.Node.Entry;
import dev.isolint.core.internal.tree.Node.MapNode;
import dev.isolint.core.internal.tree.Node.ScalarNode;
import dev.isolint.core.internal.tree.Node.SeqNode;
import dev.isolint.core.model.Range;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Reads the YAML that CloudFormation templates are written in into the very tree {@link YamlTreeReader}
 * builds through SnakeYAML, or gives up. In a fresh JVM SnakeYAML's first document costs tens of
 * milliseconds of class loading, static initialisers (regular expressions) and interpreted scanning; this
 * one pass over a {@code char[]} costs a few milliseconds, which is most of a one-file scan's start-up budget.
 *
 * <p>The subset: block mappings and sequences (compact {@code - - x} and {@code - k: v}, sequences at
 * their key's indentation), plain scalars (folded over lines too), single- and double-quoted scalars
 * (escapes, folded lines), literal and folded block scalars with their indicators, local tags
 * ({@code !Ref}, {@code !If}) on scalars and collections, flow sequences and mappings (across lines too),
 * comments, blank lines, a BOM, CRLF, {@code ---} and {@code ...}. Each construct follows what SnakeYAML's
 * scanner, parser and composer do with it, marks included (a block collection ends where the next token
 * starts). Everything else — anchors, aliases, merge keys, {@code !!}, {@code !} and verbatim tags,
 * directives, {@code ?} keys, single pairs in flow sequences, empty flow values, tabs where a token could
 * start, characters outside the Basic Multilingual Plane (columns would count code points), a second
 * document, duplicate keys, exceeded limits, malformed text — makes {@link #tryRead} answer {@code null}
 * so that SnakeYAML reads the document and reports its error exactly as before. The reader therefore
 * reports one thing only: a value longer than the {@code string-length} limit, with SnakeYAML's message
 * at SnakeYAML's place (the node's start). Handing that document to SnakeYAML would only find the same
 * scalar again, five to ten times slower and with four bytes of memory a character.
 *
 * <p>Every character is looked at a bounded number of times, in any document size: a 100 MB scalar
 * reads in about the time of a 100 MB template.
 */
final class QuickYamlReader {

    /** Leaving the subset: thrown from anywhere, caught at the entry point, never built again. */
    private static final IllegalStateException OUTSIDE = new IllegalStateException("outside the quick YAML subset");

    /** A value over the {@code string-length} limit, at its node's 1-based start; the one error this reader reports. */
    private static final class TooLong extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;

        TooLong(int line, int column) {
            super(null, null, false, false);
            this.line = line;
            this.column = column;
        }
    }

    /** Keys further than this from their {@code :} are not simple keys to SnakeYAML (its limit is 1024). */
    private static final int KEY_REACH = 1000;

    /** The file read: the path every node's range names. */
    private final Path file;
    /** The text with four NULs after it: NUL is never in a readable document, so it marks the end. */
    private final char[] s;
    private final int n;
    private final int maxDepth;
    private final long maxNodes;
    private final int maxStringLength;
    private int pos;
    private int line;
    private int lineStart;
    private long nodes;
    private final StringBuilder buf = new StringBuilder();

    // The last scalar token read: its text, style and place.
    private String tText;
    private boolean tQuoted;
    private int tStart;
    private int tLine;
    private int tCol;
    private int tEndLine;
    private int tEndCol;
    /** The last plain scalar ended at a line break SnakeYAML consumed with it: the position is past that line. */
    private boolean tLineDone;

    private QuickYamlReader(Path file, String text, TreeLimits limits) {
        this.file = file;
        this.n = text.length();
        this.s = new char[n + 4];
        text.getChars(0, n, s, 0);
        this.maxDepth = limits.maxDepth();
        this.maxNodes = limits.maxAliasExpansion();
        this.maxStringLength = limits.maxStringLength();
    }

    /**
     * The tree SnakeYAML would give for the first document of {@code text}, or {@code null} when the text
     * is outside the subset, malformed or over a limit other than {@code string-length}. Throws nothing
     * else: a defect here must cost speed, not a scan.
     *
     * @throws TreeParseException SnakeYAML's error for the first value longer than the {@code string-length} limit
     */
    static Node tryRead(Path file, String text, TreeLimits limits) throws TreeParseException {
        try {
            return read(file, text, limits);
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    /** {@link #tryRead} without the safety net, so that tests see any exception but the one meaning "not mine". */
    static Node read(Path file, String text, TreeLimits limits) throws TreeParseException {
        // No size of its own beyond the document limit: SnakeYAML would hold four bytes a character, not two.
        if (text.length() > limits.maxDocumentChars()) {
            return null;
        }
        try {
            return new QuickYamlReader(file, text, limits).document();
        } catch (IllegalStateException e) {
            if (e != OUTSIDE) {
                throw e;
            }
            return null;
        } catch (TooLong e) {
            throw new TreeParseException(limits.tooLong(), e.line, e.column);
        }
    }

    private static void leave() {
        throw OUTSIDE;
    }

    private Node document() {
        checkCharacters();
        if (s[0] == '\uFEFF') {
            pos = 1;
            lineStart = 1; // SnakeYAML skips the BOM without counting a column
        }
        skipToToken();
        if (atMarker('-')) {
            pos += 3;
            endOfLine();
            skipToToken();
        }
        if (s[pos] == 0 || atMarker('-') || atMarker('.')) {
            leave(); // an empty document, or more than one
        }
        Node root = node(-1, true, false, 0, null, 0, 0);
        while (atMarker('.')) {
            pos += 3;
            endOfLine();
            skipToToken();
        }
        if (pos < n) {
            leave();
        }
        return root;
    }

    /**
     * Only characters SnakeYAML's reader accepts, without the line breaks it treats specially (NEL, the
     * Unicode separators, a lone CR) and without surrogates (columns would count code points).
     */
    private void checkCharacters() {
        char[] a = s;
        for (int i = 0; i < n; i++) {
            char c = a[i];
            if (c >= 0x20 && c < 0x7F || c == '\n' || c == '\t') {
                continue;
            }
            if (c == '\r' ? a[i + 1] != '\n'
                    : c < 0xA0 || c >= 0xD800 && c <= 0xDFFF || c == 0x2028 || c == 0x2029 || c >= 0xFFFE
                    || c == 0xFEFF && i > 0) {
                leave();
            }
        }
    }

    // ---------------------------------------------------------------- block context

    /**
     * A node in block context at the current token. {@code indent} is the column of the innermost block
     * collection (SnakeYAML's scanner indent); {@code collections} says whether a block sequence or mapping
     * may start here (first token of its line, or after {@code - }); {@code mapValue} whether it is a block
     * mapping's value (where a sequence may sit at its key's indentation); {@code tag} was read before it.
     * Returns with the position at the next token.
     */
    private Node node(int indent, boolean collections, boolean mapValue, int depth, String tag, int tagLine,
            int tagCol) {
        char c = s[pos];
        int col = pos - lineStart;
        if (col == 0 && (atMarker('-') || atMarker('.'))) {
            leave();
        }
        if (c == '-' && blankOrTab(s[pos + 1])) {
            if (!collections) {
                leave();
            }
            return blockSequence(col, depth, false, tag, tagLine, tagCol);
        }
        if (c == '!') {
            if (tag != null) {
                leave();
            }
            int tl = line;
            String t = scanTag();
            int tel = line;
            int tec = pos - lineStart;
            skipSpaces();
            if (!atLineEndOrComment()) {
                return node(indent, false, mapValue, depth, t, tl, col);
            }
            skipToToken();
            int next = pos - lineStart;
            if (s[pos] == 0 || next <= indent || atMarker('-') || atMarker('.')) {
                if (mapValue && next == indent && s[pos] == '-' && blankOrTab(s[pos + 1])) {
                    return blockSequence(indent, depth, true, t, tl, col);
                }
                return scalar("", false, t, tl, col, tel, tec, depth);
            }
            return node(indent, true, mapValue, depth, t, tl, col);
        }
        if (c == '|' || c == '>') {
            Node b = blockScalar(indent, depth, tag, tagLine, tagCol);
            skipToToken();
            return b;
        }
        if (c == '[' || c == '{') {
            Node f = flowCollection(depth, tag, tagLine, tagCol);
            afterValue(false);
            return f;
        }
        scalarToken(false, indent);
        if (!tLineDone && s[pos] == ':' && blank(s[pos + 1])) {
            if (!collections) {
                leave();
            }
            return blockMapping(depth, tag, tagLine, tagCol);
        }
        Node v = tag != null
                ? scalar(tText, tQuoted, tag, tagLine, tagCol, tEndLine, tEndCol, depth)
                : scalar(tText, tQuoted, null, tLine, tCol, tEndLine, tEndCol, depth);
        afterValue(tLineDone);
        return v;
    }

    /** A block mapping whose first key was just read; the position is at its {@code :}. */
    private Node blockMapping(int depth, String tag, int tagLine, int tagCol) {
        int m = tCol;
        int startLine = tag != null ? tagLine : tLine;
        int startCol = tag != null ? tagCol : tCol;
        count(depth);
        List<Entry> entries = new ArrayList<>();
        HashSet<String> keys = new HashSet<>();
        while (true) {
            String key = key(keys);
            Range keyRange = new Range(file, tLine + 1, tCol + 1, tEndLine + 1, tEndCol + 1);
            pos++; // ':'
            entries.add(new Entry(key, keyRange, mappingValue(m, depth + 1)));
            int col = pos - lineStart;
            if (s[pos] == 0 || col < m || atMarker('-') || atMarker('.')) {
                break;
            }
            if (col > m) {
                leave();
            }
            scalarToken(false, m);
            if (s[pos] != ':' || !blank(s[pos + 1])) {
                leave();
            }
        }
        return new MapNode(entries, new Range(file, startLine + 1, startCol + 1, line + 1, pos - lineStart + 1), tag);
    }

    /** The key just read, if SnakeYAML takes it as a simple, unique, non-merge key. */
    private String key(HashSet<String> keys) {
        if (tLineDone || tEndLine != tLine || pos - tStart > KEY_REACH || !tQuoted && tText.equals("<<") || !keys.add(tText)) {
            leave();
        }
        return tText;
    }

    /** The value after a block mapping's {@code :}, which is the position. */
    private Node mappingValue(int m, int depth) {
        int emptyLine = line;
        int emptyCol = pos - lineStart;
        skipSpaces();
        if (!atLineEndOrComment()) {
            return node(m, false, true, depth, null, 0, 0);
        }
        skipToToken();
        int col = pos - lineStart;
        if (s[pos] != 0 && col >= m && !atMarker('-') && !atMarker('.')) {
            if (col > m) {
                return node(m, true, true, depth, null, 0, 0);
            }
            if (s[pos] == '-' && blankOrTab(s[pos + 1])) {
                return blockSequence(m, depth, true, null, 0, 0);
            }
        }
        return scalar("", false, null, emptyLine, emptyCol, emptyLine, emptyCol, depth);
    }

    /**
     * A block sequence at column {@code q}; {@code indentless} when it sits at its key's indentation (then
     * a token at that column other than {@code -} ends it instead of being an error).
     */
    private Node blockSequence(int q, int depth, boolean indentless, String tag, int tagLine, int tagCol) {
        int startLine = tag != null ? tagLine : line;
        int startCol = tag != null ? tagCol : q;
        count(depth);
        List<Node> items = new ArrayList<>();
        while (true) {
            pos++; // '-'
            int emptyLine = line;
            int emptyCol = pos - lineStart;
            skipSpaces();
            Node item;
            if (!atLineEndOrComment()) {
                item = node(q, true, false, depth + 1, null, 0, 0);
            } else {
                skipToToken();
                if (s[pos] != 0 && pos - lineStart > q) {
                    item = node(q, true, false, depth + 1, null, 0, 0);
                } else {
                    item = scalar("", false, null, emptyLine, emptyCol, emptyLine, emptyCol, depth + 1);
                }
            }
            items.add(item);
            int col = pos - lineStart;
            if (s[pos] == 0 || col < q || atMarker('-') || atMarker('.')) {
                break;
            }
            if (col > q) {
                leave();
            }
            if (s[pos] != '-' || !blankOrTab(s[pos + 1])) {
                if (indentless) {
                    break;
                }
                leave();
            }
        }
        return new SeqNode(items, new Range(file, startLine + 1, startCol + 1, line + 1, pos - lineStart + 1), tag);
    }

    /**
     * After a scalar or flow collection in block context: only a comment may follow on its line, unless
     * the scalar already went past the line ({@code lineDone}).
     */
    private void afterValue(boolean lineDone) {
        if (!lineDone) {
            skipSpaces();
            if (!atLineEndOrComment()) {
                leave();
            }
        }
        skipToToken();
    }

    /**
     * A literal or folded block scalar, as SnakeYAML's {@code scanBlockScalar} reads it: the indentation
     * is the indicator's or the largest of the leading blank lines and the first line, at least one more
     * than {@code indent}; the end is after the last line break it consumed.
     */
    private Node blockScalar(int indent, int depth, String tag, int tagLine, int tagCol) {
        boolean folded = s[pos] == '>';
        int startLine = tag != null ? tagLine : line;
        int startCol = tag != null ? tagCol : pos - lineStart;
        pos++;
        int chomp = 0; // -1 strip, 0 clip, 1 keep
        int increment = -1;
        char c = s[pos];
        if (c == '-' || c == '+') {
            chomp = c == '+' ? 1 : -1;
            c = s[++pos];
            if (c >= '1' && c <= '9') {
                increment = c - '0';
                pos++;
            }
        } else if (c >= '1' && c <= '9') {
            increment = c - '0';
            c = s[++pos];
            if (c == '-' || c == '+') {
                chomp = c == '+' ? 1 : -1;
                pos++;
            }
        }
        c = s[pos];
        if (c != ' ' && c != '\n' && c != '\r' && c != 0) {
            leave();
        }
        endOfLine();
        int minIndent = Math.max(indent + 1, 1);
        int blockIndent;
        if (increment == -1) {
            int maxIndent = 0;
            tEndLine = line;
            tEndCol = pos - lineStart;
            int breaks = 0;
            while (true) {
                c = s[pos];
                if (c == ' ') {
                    pos++;
                    maxIndent = Math.max(maxIndent, pos - lineStart);
                } else if (c == '\n' || c == '\r') {
                    newline();
                    breaks++;
                    tEndLine = line;
                    tEndCol = 0;
                } else {
                    break;
                }
            }
            blockIndent = Math.max(minIndent, maxIndent);
            return blockScalarBody(folded, chomp, blockIndent, breaks, depth, tag, startLine, startCol);
        }
        blockIndent = minIndent + increment - 1;
        int breaks = blockBreaks(blockIndent);
        return blockScalarBody(folded, chomp, blockIndent, breaks, depth, tag, startLine, startCol);
    }

    private Node blockScalarBody(boolean folded, int chomp, int blockIndent, int breaks, int depth, String tag,
            int startLine, int startCol) {
        StringBuilder b = buf;
        b.setLength(0);
        boolean lineBreak = false;
        while (pos - lineStart == blockIndent && s[pos] != 0) {
            appendBreaks(b, breaks);
            char first = s[pos];
            boolean leadingNonSpace = first != ' ' && first != '\t';
            char[] a = s;
            int start = pos;
            int p = start;
            char c = first;
            while (c != '\n' && c != '\r' && c != 0) {
                c = a[++p];
            }
            pos = p;
            b.append(a, start, p - start);
            lineBreak = c != 0;
            if (lineBreak) {
                newline();
            }
            breaks = blockBreaks(blockIndent);
            if (pos - lineStart != blockIndent || s[pos] == 0) {
                break;
            }
            if (folded && lineBreak && leadingNonSpace && s[pos] != ' ' && s[pos] != '\t') {
                if (breaks == 0) {
                    b.append(' ');
                }
            } else if (lineBreak) {
                b.append('\n');
            }
        }
        if (chomp >= 0 && lineBreak) {
            b.append('\n');
        }
        if (chomp > 0) {
            appendBreaks(b, breaks);
        }
        return scalar(b.toString(), true, tag, startLine, startCol, tEndLine, tEndCol, depth);
    }

    /**
     * SnakeYAML's {@code scanBlockScalarBreaks}: up to {@code blockIndent} spaces, then line breaks each
     * followed by up to that many spaces. Counts the breaks and sets the end mark after the last one.
     */
    private int blockBreaks(int blockIndent) {
        tEndLine = line;
        tEndCol = pos - lineStart;
        while (pos - lineStart < blockIndent && s[pos] == ' ') {
            pos++;
        }
        int breaks = 0;
        while (s[pos] == '\n' || s[pos] == '\r') {
            newline();
            breaks++;
            tEndLine = line;
            tEndCol = 0;
            while (pos - lineStart < blockIndent && s[pos] == ' ') {
                pos++;
            }
        }
        return breaks;
    }

    private static void appendBreaks(StringBuilder b, int breaks) {
        for (int i = 0; i < breaks; i++) {
            b.append('\n');
        }
    }

    // ---------------------------------------------------------------- flow context

    /** A flow sequence or mapping at {@code [} or <code>{</code>; returns after its closing bracket. */
    private Node flowCollection(int depth, String tag, int tagLine, int tagCol) {
        int startLine = tag != null ? tagLine : line;
        int startCol = tag != null ? tagCol : pos - lineStart;
        count(depth);
        boolean sequence = s[pos] == '[';
        pos++;
        flowSkip();
        if (sequence) {
            List<Node> items = new ArrayList<>();
            while (s[pos] != ']') {
                items.add(flowNode(depth + 1));
                flowEntryEnd(']');
            }
            pos++;
            return new SeqNode(items, new Range(file, startLine + 1, startCol + 1, line + 1, pos - lineStart + 1), tag);
        }
        List<Entry> entries = new ArrayList<>();
        HashSet<String> keys = new HashSet<>();
        while (s[pos] != '}') {
            scalarToken(true, 0);
            if (s[pos] != ':') {
                leave();
            }
            String key = key(keys);
            Range keyRange = new Range(file, tLine + 1, tCol + 1, tEndLine + 1, tEndCol + 1);
            pos++;
            flowSkip();
            if (s[pos] == ',' || s[pos] == '}') {
                leave(); // an empty value
            }
            entries.add(new Entry(key, keyRange, flowNode(depth + 1)));
            flowEntryEnd('}');
        }
        pos++;
        return new MapNode(entries, new Range(file, startLine + 1, startCol + 1, line + 1, pos - lineStart + 1), tag);
    }

    /** After a flow collection's entry: a comma (then maybe the end, a trailing comma), or the end. */
    private void flowEntryEnd(char close) {
        if (s[pos] == ',') {
            pos++;
            flowSkip();
        } else if (s[pos] != close) {
            leave();
        }
    }

    /** A node inside a flow collection; returns at the next token, which its caller checks. */
    private Node flowNode(int depth) {
        String tag = null;
        int tagLine = 0;
        int tagCol = 0;
        if (s[pos] == '!') {
            tagLine = line;
            tagCol = pos - lineStart;
            tag = scanTag();
            flowSkip();
        }
        char c = s[pos];
        if (c == '[' || c == '{') {
            Node v = flowCollection(depth, tag, tagLine, tagCol);
            flowSkip();
            return v;
        }
        scalarToken(true, 0);
        String text = tText;
        boolean quoted = tQuoted;
        int l = tag != null ? tagLine : tLine;
        int col = tag != null ? tagCol : tCol;
        int endLine = tEndLine;
        int endCol = tEndCol;
        flowSkip();
        if (s[pos] == ':') {
            leave(); // a single pair (or an error): its key is no value, and SnakeYAML does not bound keys
        }
        return scalar(text, quoted, tag, l, col, endLine, endCol, depth);
    }

    /** Like {@link #skipToToken()}, but a document marker inside a flow collection is SnakeYAML's error. */
    private void flowSkip() {
        skipToToken();
        if (atMarker('-') || atMarker('.')) {
            leave();
        }
    }

    // ---------------------------------------------------------------- scalars and tags

    /**
     * A quoted or plain scalar token at the position, into the {@code t} fields, with the position after
     * the spaces that follow it (and for a plain scalar wherever SnakeYAML's scan of it stopped).
     * {@code indent} is the scanner's indentation, which lines continuing a plain scalar must pass.
     */
    private void scalarToken(boolean flow, int indent) {
        char c = s[pos];
        if (c == '\'' || c == '"') {
            quoted(c == '"');
            tLineDone = false;
            skipSpaces();
        } else if (plainStart(c, flow)) {
            plain(flow, indent);
        } else {
            leave();
        }
    }

    /** SnakeYAML's {@code checkPlain} (and the indicators checked before it). */
    private boolean plainStart(char c, boolean flow) {
        switch (c) {
            case ' ': case '\t': case '\n': case '\r': case 0:
            case ',': case '[': case ']': case '{': case '}': case '#': case '&': case '*': case '!':
            case '|': case '>': case '\'': case '"': case '%': case '@': case '`':
                return false;
            case '-':
                return !blankOrTab(s[pos + 1]);
            case '?': case ':':
                return !flow && !blankOrTab(s[pos + 1]);
            default:
                return true;
        }
    }

    /**
     * A plain scalar, as SnakeYAML's {@code scanPlain} and {@code scanPlainSpaces} read it: chunks joined by
     * the blanks between them on a line, by a space or the blank lines between lines. A line continues the
     * scalar when it is indented past {@code indent} (block context only), is no document marker or
     * comment, and starts a chunk.
     */
    private void plain(boolean flow, int indent) {
        char[] a = s;
        int p = pos;
        tStart = p;
        tLine = line;
        tCol = p - lineStart;
        tLineDone = false;
        StringBuilder b = null;
        int chunkStart = p;
        int end;
        char c = a[p];
        while (true) {
            // Tested in the order of frequency: letters, then digits, then the rest.
            while (true) {
                if (c > ':') {
                    if (flow && (c == '?' || c == '[' || c == ']' || c == '{' || c == '}')) {
                        break;
                    }
                } else if (c == ':') {
                    if (endsPlain(a[p + 1], flow)) {
                        break;
                    }
                } else if (c < '0' && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0 || flow && c == ',')) {
                    break;
                }
                c = a[++p];
            }
            end = p;
            tEndLine = line;
            tEndCol = end - lineStart;
            while (c == ' ' || c == '\t') {
                c = a[++p];
            }
            if (c == '\n' || c == '\r') {
                pos = p;
                int breaks = plainBreaks();
                p = pos;
                c = a[p];
                if (breaks < 0 || c == '#' || !flow && p - lineStart <= indent || !startsChunk(c, a[p + 1], flow)) {
                    tLineDone = true;
                    break;
                }
                if (b == null) {
                    b = buf;
                    b.setLength(0);
                }
                b.append(a, chunkStart, end - chunkStart);
                if (breaks == 0) {
                    b.append(' ');
                } else {
                    appendBreaks(b, breaks);
                }
                chunkStart = p;
            } else if (end == p || c == '#' || !startsChunk(c, a[p + 1], flow)) {
                break; // no blanks (an indicator ended the chunk), a comment, or nothing more on the line
            }
        }
        pos = p;
        if (b == null) {
            tText = new String(a, tStart, end - tStart);
        } else {
            b.append(a, chunkStart, end - chunkStart);
            tText = b.toString();
        }
        tQuoted = false;
    }

    /**
     * At a line break after a plain scalar's chunk: the break, then spaces and blank lines. Returns the
     * number of blank lines, or -1 at a line starting with {@code ---} or a {@code ...} marker.
     */
    private int plainBreaks() {
        newline();
        int breaks = 0;
        while (true) {
            if (pos == lineStart && (s[pos] == '-' && s[pos + 1] == '-' && s[pos + 2] == '-' || atMarker('.'))) {
                return -1;
            }
            char c = s[pos];
            while (c == ' ') {
                c = s[++pos];
            }
            if (c != '\n' && c != '\r') {
                return breaks;
            }
            newline();
            breaks++;
        }
    }

    /** Whether {@code c}, followed by {@code next}, starts another chunk of a plain scalar (after blanks). */
    private static boolean startsChunk(char c, char next, boolean flow) {
        if (blankOrTab(c)) {
            return false;
        }
        return c == ':' ? !endsPlain(next, flow) : !(flow && flowIndicator(c));
    }

    private static boolean flowIndicator(char c) {
        return c == ',' || c == '?' || c == '[' || c == ']' || c == '{' || c == '}';
    }

    /** Whether a {@code :} followed by {@code next} ends a plain scalar. */
    private static boolean endsPlain(char next, boolean flow) {
        return blankOrTab(next)
                || flow && (next == ',' || next == '[' || next == ']' || next == '{' || next == '}');
    }

    /** A single- or double-quoted scalar, as SnakeYAML's {@code scanFlowScalar} reads it. */
    private void quoted(boolean dbl) {
        tStart = pos;
        tLine = line;
        tCol = pos - lineStart;
        char q = s[pos++];
        StringBuilder b = buf;
        b.setLength(0);
        char[] a = s;
        while (true) {
            int start = pos;
            int p = start;
            char c = a[p];
            while (c >= '0' ? c != '\\' : c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != 0 && c != '\'' && c != '"') {
                c = a[++p];
            }
            pos = p;
            if (p > start) {
                b.append(a, start, p - start);
            }
            if (c == q) {
                if (!dbl && s[pos + 1] == '\'') {
                    b.append('\'');
                    pos += 2;
                    continue;
                }
                pos++;
                break;
            }
            if (c == '\'' || c == '"' || c == '\\' && !dbl) {
                b.append(c);
                pos++;
                continue;
            }
            if (c == '\\') {
                pos++;
                escape(b);
                continue;
            }
            int blanks = pos;
            while (c == ' ' || c == '\t') {
                c = s[++pos];
            }
            if (c == 0) {
                leave();
            }
            if (c == '\n' || c == '\r') {
                newline();
                int breaks = quotedBreaks();
                if (breaks == 0) {
                    b.append(' ');
                } else {
                    appendBreaks(b, breaks);
                }
            } else {
                b.append(s, blanks, pos - blanks);
            }
        }
        tText = b.toString();
        tQuoted = true;
        tEndLine = line;
        tEndCol = pos - lineStart;
    }

    /** The escape after a backslash in a double-quoted scalar (SnakeYAML's table, no more). */
    private void escape(StringBuilder b) {
        char e = s[pos];
        char r;
        switch (e) {
            case '0': r = '\0'; break;
            case 'a': r = '\u0007'; break;
            case 'b': r = '\b'; break;
            case 't': r = '\t'; break;
            case 'n': r = '\n'; break;
            case 'v': r = '\u000B'; break;
            case 'f': r = '\f'; break;
            case 'r': r = '\r'; break;
            case 'e': r = '\u001B'; break;
            case ' ': r = ' '; break;
            case '"': r = '"'; break;
            case '\\': r = '\\'; break;
            case 'N': r = '\u0085'; break;
            case '_': r = '\u00A0'; break;
            case 'L': r = '\u2028'; break;
            case 'P': r = '\u2029'; break;
            case 'x':
                b.appendCodePoint(hex(2));
                return;
            case 'u':
                b.appendCodePoint(hex(4));
                return;
            case 'U':
                b.appendCodePoint(hex(8));
                return;
            case '\n': case '\r':
                newline();
                appendBreaks(b, quotedBreaks());
                return;
            default:
                leave();
                return;
        }
        b.append(r);
        pos++;
    }

    /** {@code digits} hexadecimal digits after the escape letter, as a code point. */
    private int hex(int digits) {
        pos++;
        if (pos + digits > n) {
            leave();
        }
        long v = 0;
        for (int i = 0; i < digits; i++) {
            char c = s[pos++];
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) {
                leave();
            }
            v = v * 16 + d;
        }
        if (v > Character.MAX_CODE_POINT) {
            leave();
        }
        return (int) v;
    }

    /**
     * SnakeYAML's {@code scanFlowScalarBreaks}, at the start of a line inside a quoted scalar: blank lines
     * counted, leading blanks dropped, a document marker is an error.
     */
    private int quotedBreaks() {
        int breaks = 0;
        while (true) {
            if (atMarker('-') || atMarker('.')) {
                leave();
            }
            char c = s[pos];
            while (c == ' ' || c == '\t') {
                c = s[++pos];
            }
            if (c != '\n' && c != '\r') {
                return breaks;
            }
            newline();
            breaks++;
        }
    }

    /**
     * A shorthand local tag ({@code !Ref}): SnakeYAML's {@code scanTag} with the primary handle, for a
     * suffix the tag's URI encoding leaves as it is. The tag must be followed by a space or a line end.
     */
    private String scanTag() {
        int start = pos;
        int i = pos + 1;
        while (true) {
            char c = s[i];
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                i++;
                continue;
            }
            switch (c) {
                case '-': case '_': case ';': case '/': case ':': case '@': case '&': case '=': case '$': case ',':
                case '.': case '~': case '*': case '\'': case '(': case ')': case '[': case ']':
                    i++;
                    continue;
                default:
                    break;
            }
            break;
        }
        char next = s[i];
        if (i == pos + 1 || next != ' ' && next != '\n' && next != '\r' && next != 0) {
            leave(); // '!' alone, '!!', '!<…>', '%' escapes, '?', '+', or something else glued to the tag
        }
        pos = i;
        return new String(s, start, i - start);
    }

    // ---------------------------------------------------------------- nodes, limits, positions

    /** A value node; only values count for {@code string-length}, as in SnakeYAML's converter (keys are bounded by 1024). */
    private Node scalar(String text, boolean quoted, String tag, int l, int c, int endLine, int endCol, int depth) {
        count(depth);
        if (text.length() > maxStringLength) {
            throw new TooLong(l + 1, c + 1);
        }
        Object value = tag != null || quoted ? text : PlainScalars.value(text);
        return new ScalarNode(value, quoted, new Range(file, l + 1, c + 1, endLine + 1, endCol + 1), tag);
    }

    /** One more node at {@code depth}: the limits SnakeYAML's composer and the converter enforce. */
    private void count(int depth) {
        if (depth > maxDepth || ++nodes > maxNodes) {
            leave();
        }
    }

    /** SnakeYAML's {@code scanToNextToken}: spaces, comments and line breaks (not tabs). */
    private void skipToToken() {
        char[] a = s;
        int p = pos;
        char c = a[p];
        while (true) {
            while (c == ' ') {
                c = a[++p];
            }
            if (c == '#') {
                while (c != '\n' && c != '\r' && c != 0) {
                    c = a[++p];
                }
            }
            if (c == '\n') {
                p++;
            } else if (c == '\r') {
                p += 2; // always "\r\n": the character check left no other
            } else {
                pos = p;
                return;
            }
            line++;
            lineStart = p;
            c = a[p];
        }
    }

    /** After a {@code ---}, {@code ...} or block scalar header: spaces, a comment, then the line must end. */
    private void endOfLine() {
        skipSpaces();
        if (s[pos] == '#') {
            while (s[pos] != '\n' && s[pos] != '\r' && s[pos] != 0) {
                pos++;
            }
        }
        if (s[pos] == '\n' || s[pos] == '\r') {
            newline();
        } else if (s[pos] != 0) {
            leave();
        }
    }

    private void skipSpaces() {
        while (s[pos] == ' ') {
            pos++;
        }
    }

    private boolean atLineEndOrComment() {
        char c = s[pos];
        return c == '#' || c == '\n' || c == '\r' || c == 0;
    }

    /** A line break at the position ({@code \n} or {@code \r\n}, the only ones left after the check). */
    private void newline() {
        if (s[pos] == '\r') {
            pos++;
        }
        pos++;
        line++;
        lineStart = pos;
    }

    /** {@code ---} or {@code ...} at column 0 followed by a blank: a document marker. */
    private boolean atMarker(char c) {
        return pos == lineStart && s[pos] == c && s[pos + 1] == c && s[pos + 2] == c && blankOrTab(s[pos + 3]);
    }

    /** SnakeYAML's {@code NULL_BL_T_LINEBR} for the characters left after the check. */
    private static boolean blankOrTab(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0;
    }

    /** A blank after a block {@code :} that lets a value follow ({@code :} and a tab is SnakeYAML's error). */
    private static boolean blank(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == 0;
    }
}
