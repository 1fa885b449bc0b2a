package dev.isolint.core.internal.tree;

import java.util.Random;

/**
 * Random YAML documents from a grammar of what CloudFormation templates are made of — block and flow
 * collections nested at random indentations, every scalar style, tags, comments, blank lines, block scalars
 * with their indicators, BOM, CRLF, document markers — and of their near misses (a wrong indentation, a
 * tab, a stray indicator, an unsupported construct), so that both answers of the quick reader get exercised.
 */
final class YamlDocumentGenerator {

    private static final String[] WORDS = {
        "Type", "Properties", "Fn::Sub", "Ref", "a", "b", "c", "key", "b-c", "two words", "AWS::SageMaker::Model",
        "http://example.com/x?y=1", "arn:aws:s3:::bucket/*", "${AWS::StackName}-x", "a#b", "x:y", "-k", "?k", ":k",
        "yes", "No", "ON", "off", "y", "true", "False", "TRUE", "null", "Null", "~", "123", "-1.5e3", "+12", "0x1F",
        "0b101", "0o17", "012", "08", "1_000", "1__0", ".5", "1.", "._", ".inf", "-.Inf", ".NaN", "1:30", "1:30.5",
        "190:20:30", "2001-12-14", "2001-12-14 21:59:43.10 -5", "<<", "=", "...", "---x", "a  b", "a\tb", "a,b",
        "[x]", "{y}", "a]", "é", "日本", "x'y", "x\"y", "x\\y", "% x", "e", "1e", "1e5", "-", "0", "00",
    };
    private static final String[] TAGS = {
        "!Ref", "!Sub", "!GetAtt", "!If", "!Join", "!Select", "!Equals", "!Base64", "!Split", "!GetAZs", "!Not",
        "!Cidr", "!FindInMap", "!Condition", "!a-b_c.d/e:f", "!x,y", "!!str", "!", "!<tag:x>", "!a!b", "!F%20",
        "!a+b", "!a?b", "!Ref]", "!é",
    };
    /** Words every context reads as one plain scalar. */
    private static final String[] CLEAN_WORDS = {
        "Type", "Properties", "Fn::Sub", "Ref", "a", "b", "key", "two words", "AWS::SageMaker::Model", "arn:aws:s3:::b/*",
        "yes", "No", "true", "null", "~", "123", "-1.5e3", "0x1F", "012", "1_000", ".inf", "1:30", "2001-12-14", "x'y",
        "a#b", "é", "-k", "x.y", "$(AWS::Region)",
    };
    private static final String NOISE = " \t\n:#-?,[]{}!&*|>'\"%@`.~\\0xe\u00e9\r";

    private final Random r;
    private final StringBuilder out = new StringBuilder();
    private int budget;
    /** No near misses: only what both readers accept, so that large documents take the quick path. */
    private final boolean clean;

    private YamlDocumentGenerator(Random r) {
        this.r = r;
        this.budget = 10 + r.nextInt(50);
        this.clean = r.nextInt(2) == 0;
    }

    /** One document; about one in three carries a small corruption. */
    static String document(Random random) {
        YamlDocumentGenerator g = new YamlDocumentGenerator(random);
        String text = g.generate();
        if (!g.clean && random.nextInt(3) == 0) {
            text = g.corrupt(text);
        }
        return text;
    }

    private String generate() {
        if (chance(10)) {
            out.append('\uFEFF');
        }
        junkLines(0);
        if (chance(4)) {
            out.append(chance(3) ? "--- # start\n" : "---\n");
            junkLines(0);
        }
        int root = r.nextInt(12);
        int col = chance(6) ? r.nextInt(3) : 0;
        if (root == 0) {
            blockSequence(col, 0, false);
        } else if (root == 1) {
            out.append(flow(0)).append('\n');
        } else if (root == 2) {
            out.append(inlineScalar()).append('\n');
        } else if (root == 3) {
            out.append(tag()).append('\n');
            blockMapping(col, 0, false);
        } else {
            blockMapping(col, 0, false);
        }
        junkLines(0);
        if (chance(6)) {
            out.append("...").append(chance(2) ? " # end\n" : "\n");
            junkLines(0);
        }
        if (!clean && chance(12)) {
            out.append(chance(2) ? "---\nsecond: doc\n" : "--- \n");
        }
        String text = out.toString();
        if (chance(5) && text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        if (chance(5)) {
            text = text.replace("\n", "\r\n");
        }
        return text;
    }

    /** A block mapping at column {@code col}; {@code inline} when the writer already stands at that column. */
    private void blockMapping(int col, int depth, boolean inline) {
        int entries = 1 + r.nextInt(4);
        for (int i = 0; i < entries; i++) {
            entryStart(i == 0 && inline, col);
            out.append(key());
            if (chance(10)) {
                out.append(' ');
            }
            out.append(':');
            mappingValue(col, depth);
        }
    }

    private void mappingValue(int col, int depth) {
        int kind = --budget < 0 || depth > 4 ? r.nextInt(4) : r.nextInt(16);
        if (kind < 4) {
            simpleValue(kind == 0 ? 0 : kind - 1, 1);
        } else if (kind < 9) {
            commonValue(kind - 4, col, depth, true);
        } else if (kind < 11) {
            lineEnd();
            blockMapping(col + 1 + r.nextInt(4), depth + 1, false);
        } else if (kind < 13) {
            lineEnd();
            blockSequence(col + (chance(2) ? 0 : 1 + r.nextInt(3)), depth + 1, false); // maybe at the key's column
        } else {
            simpleValue(0, 1);
        }
    }

    /** A block sequence at column {@code col}; {@code inline} when the writer already stands at that column. */
    private void blockSequence(int col, int depth, boolean inline) {
        int items = 1 + r.nextInt(4);
        for (int i = 0; i < items; i++) {
            entryStart(i == 0 && inline, col);
            out.append('-');
            int kind = --budget < 0 || depth > 4 ? r.nextInt(3) : r.nextInt(12);
            int gap = chance(5) ? 2 + r.nextInt(2) : 1;
            if (kind < 3) {
                simpleValue(kind, gap);
            } else if (kind < 8) {
                commonValue(kind - 3, col, depth, false);
            } else if (kind < 10) {
                out.append(" ".repeat(gap));
                blockMapping(col + 1 + gap, depth + 1, true); // - k: v
            } else if (kind < 11) {
                out.append(" ".repeat(gap));
                blockSequence(col + 1 + gap, depth + 1, true); // - - x
            } else {
                lineEnd();
                blockMapping(col + 1 + r.nextInt(3), depth + 1, false);
            }
        }
    }

    /**
     * A value after a {@code :} or {@code -} at column {@code col}: a flow collection (0), a block scalar (1),
     * a multi-line plain (2) or quoted (3) scalar, or a tag and a collection on the next lines (4).
     */
    private void commonValue(int kind, int col, int depth, boolean mapValue) {
        switch (kind) {
            case 0:
                out.append(' ').append(chance(3) ? tag() + " " : "").append(flow(depth + 1));
                lineEnd();
                break;
            case 1:
                out.append(' ').append(chance(3) ? tag() + " " : "");
                blockScalar(col);
                break;
            case 2:
                out.append(' ').append(word());
                multiLinePlain(col);
                break;
            case 3:
                out.append(' ').append(multiLineQuoted(col));
                lineEnd();
                break;
            default:
                out.append(' ').append(tag());
                lineEnd();
                if (chance(2)) {
                    blockSequence(col + (mapValue && chance(2) ? 0 : 2), depth + 1, false);
                } else {
                    blockMapping(col + 2, depth + 1, false);
                }
                break;
        }
    }

    /** Blank and comment lines, then the entry's indentation (sometimes off by one), unless it continues the line. */
    private void entryStart(boolean continuesLine, int col) {
        if (!continuesLine) {
            junkLines(col);
            indent(!clean && chance(40) ? col + r.nextInt(3) - 1 : col);
        }
    }

    /** After a {@code :} or {@code -}: a scalar after {@code gap} spaces (0), nothing (1), or a tagged scalar (2). */
    private void simpleValue(int kind, int gap) {
        if (kind == 0) {
            out.append(" ".repeat(gap)).append(inlineScalar());
        } else if (kind == 2) {
            out.append(' ').append(tag()).append(' ').append(inlineScalar());
        }
        lineEnd();
    }

    /** Continuation lines of a plain scalar, usually indented past {@code col}, sometimes not. */
    private void multiLinePlain(int col) {
        int lines = 1 + r.nextInt(3);
        for (int i = 0; i < lines; i++) {
            out.append(chance(4) ? " \n" : "\n");
            if (chance(4)) {
                out.append('\n');
            }
            indent(col + (!clean && chance(6) ? 0 : 1 + r.nextInt(3)));
            out.append(!clean && chance(8) ? "# not a comment?" : word());
        }
        lineEnd();
    }

    private String multiLineQuoted(int col) {
        char q = chance(2) ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(q).append(word().replace(String.valueOf(q), ""));
        int lines = 1 + r.nextInt(3);
        for (int i = 0; i < lines; i++) {
            b.append(chance(3) ? " \t" : "").append(chance(5) && q == '"' ? "\\\n" : "\n");
            if (chance(4)) {
                b.append("\n");
            }
            b.append(" ".repeat(chance(8) ? 0 : col + 1 + r.nextInt(3))).append(word().replace(String.valueOf(q), ""));
        }
        return b.append(q).toString();
    }

    /** A block scalar header, its lines and blank lines, indented from {@code col}. */
    private void blockScalar(int col) {
        out.append(chance(2) ? '|' : '>');
        int explicit = 0;
        if (chance(4)) {
            explicit = clean ? 1 + r.nextInt(3) : r.nextInt(4);
            out.append(explicit);
        }
        if (chance(2)) {
            out.append(chance(2) ? '-' : '+');
        }
        if (chance(6)) {
            out.append(" # header comment");
        }
        out.append(chance(8) ? "  \n" : "\n");
        int base = explicit > 0 ? col + explicit + (chance(2) ? 0 : 1) : col + 1 + r.nextInt(3);
        if (chance(5)) {
            out.append(" ".repeat(base + r.nextInt(3))).append('\n'); // a leading blank line with spaces
        }
        int lines = 1 + r.nextInt(4);
        for (int i = 0; i < lines; i++) {
            int extra = chance(4) ? 1 + r.nextInt(3) : 0;
            out.append(" ".repeat(base + extra)).append(chance(6) ? "\ttabbed" : word());
            if (chance(6)) {
                out.append("  ");
            }
            out.append('\n');
            if (chance(4)) {
                out.append(chance(2) ? "\n" : " ".repeat(r.nextInt(base + 2)) + "\n");
            }
        }
        if (chance(8)) {
            out.append(" ".repeat(Math.max(0, base - 1))).append("# less indented\n");
        }
    }

    private String flow(int depth) {
        StringBuilder b = new StringBuilder();
        boolean seq = chance(2);
        b.append(seq ? '[' : '{');
        int n = --budget < 0 || depth > 5 ? r.nextInt(2) : r.nextInt(4);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(chance(8) ? " ," : ",");
                b.append(chance(6) ? "\n" + " ".repeat(r.nextInt(6)) : chance(2) ? " " : "");
                if (chance(12)) {
                    b.append("# in flow\n  ");
                }
            }
            if (!seq) {
                b.append(flowScalar()).append(chance(6) ? " :" : ":").append(!clean && chance(8) ? "" : " ");
            }
            if (chance(5) && depth < 5) {
                b.append(flow(depth + 1));
            } else {
                b.append(chance(4) ? tag() + " " : "").append(flowScalar());
            }
        }
        if (n > 0 && chance(10)) {
            b.append(',');
        }
        if (chance(8)) {
            b.append('\n').append(" ".repeat(r.nextInt(4)));
        }
        return b.append(seq ? ']' : '}').toString();
    }

    private String flowScalar() {
        switch (r.nextInt(5)) {
            case 0:
                return "'" + word().replace("'", "''") + "'";
            case 1:
                return doubleQuoted();
            case 2:
                return "\"" + word().replace("\"", "").replace("\\", "") + "\"";
            default:
                return word();
        }
    }

    private String inlineScalar() {
        switch (r.nextInt(8)) {
            case 0:
                return "'" + word().replace("'", chance(3) ? "'" : "''") + "'";
            case 1:
                return doubleQuoted();
            case 2:
                return clean ? word() : noise(1 + r.nextInt(8));
            case 3:
                return word() + " " + word();
            default:
                return word();
        }
    }

    private String doubleQuoted() {
        String[] escapes = {"\\t", "\\n", "\\\\", "\\\"", "\\x41", "\\u263A", "\\U0001F600", "\\e", "\\a", "\\b",
            "\\0", "\\N", "\\_", "\\L", "\\P", "\\ ", "\\uD83D", "'", "\\U00110000", "\\/", "\\q", "\\x4", "\\\t"};
        StringBuilder b = new StringBuilder("\"");
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            b.append(chance(2) ? escapes[r.nextInt(clean ? 18 : escapes.length)]
                    : word().replace("\"", "").replace("\\", ""));
        }
        return b.append('"').toString();
    }

    private String key() {
        switch (r.nextInt(10)) {
            case 0:
                return "'" + word().replace("'", "''") + "'";
            case 1:
                return "\"" + word().replace("\"", "\\\"").replace("\\", "\\\\") + "\"";
            case 2:
                return WORDS[r.nextInt(8)]; // a few keys often, for duplicates
            default:
                return word();
        }
    }

    private String word() {
        if (clean) {
            return CLEAN_WORDS[r.nextInt(CLEAN_WORDS.length)];
        }
        return chance(10) ? noise(1 + r.nextInt(5)) : WORDS[r.nextInt(WORDS.length)];
    }

    private String tag() {
        return chance(3) ? TAGS[r.nextInt(clean ? 16 : TAGS.length)] : TAGS[r.nextInt(6)];
    }

    private String noise(int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(chance(2) ? (char) ('a' + r.nextInt(3)) : NOISE.charAt(r.nextInt(NOISE.length())));
        }
        return b.toString();
    }

    /** The end of a value's line: maybe trailing spaces, a tab or a comment. */
    private void lineEnd() {
        if (chance(8)) {
            out.append(!clean && chance(4) ? "\t" : "   ");
        }
        if (chance(6)) {
            out.append(chance(4) ? "#glued" : " # comment");
        }
        out.append('\n');
    }

    /** Blank lines and comment lines at any indentation. */
    private void junkLines(int col) {
        while (chance(5)) {
            if (chance(2)) {
                out.append(" ".repeat(r.nextInt(col + 3))).append("# comment ").append(word()).append('\n');
            } else {
                out.append(chance(3) ? "  \n" : "\n");
            }
        }
    }

    private void indent(int col) {
        out.append(" ".repeat(Math.max(0, col)));
    }

    private String corrupt(String text) {
        StringBuilder b = new StringBuilder(text);
        int at = b.length() == 0 ? 0 : r.nextInt(b.length());
        switch (r.nextInt(3)) {
            case 0:
                b.insert(at, NOISE.charAt(r.nextInt(NOISE.length())));
                break;
            case 1:
                if (b.length() > 0) {
                    b.deleteCharAt(at);
                }
                break;
            default:
                b.insert(at, chance(2) ? "&a " : chance(2) ? "*a" : "? ");
                break;
        }
        return b.toString();
    }

    private boolean chance(int oneIn) {
        return r.nextInt(oneIn) == 0;
    }
}
