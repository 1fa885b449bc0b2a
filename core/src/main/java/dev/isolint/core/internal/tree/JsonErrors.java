package dev.isolint.core.internal.tree;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.Locale;

/**
 * Says what is wrong with malformed JSON in isolint's words. Every JSON reader of the project
 * (templates, parameters files, plans, {@code .tf.json}, {@code .tfvars.json}) turns Jackson's exceptions
 * into messages here, so none shows the library's own text ({@code Unexpected end-of-input: expected close
 * marker for Object (start marker at [Source: …}), and the places a message cites are columns in characters
 * like the entry's own.
 *
 * <p>Only a malformed document reaches this class, so it is never loaded on the path of a good one.
 */
public final class JsonErrors {

    /**
     * Turns a place as the parser counted it into a column in characters. Jackson counts bytes when it reads
     * bytes (plans), which drifts after any multi-byte character on the line; read from characters it is right.
     */
    public interface Columns {
        /** The 1-based column, in characters, of the parser's {@code column} on 1-based {@code line}. */
        int column(int line, int column);
    }

    /** For a parser that read characters: its columns are right already. */
    public static final Columns CHARACTERS = new Columns() {
        @Override
        public int column(int line, int column) {
            return column;
        }
    };

    private JsonErrors() {
    }

    /**
     * The message for {@code e}.
     *
     * @param what    what the document is, for the message: {@code JSON}, {@code plan JSON}
     * @param parser  the parser that failed, for the object or array left open by a document that ends early;
     *                {@code null} when there is none
     * @param columns how to turn the places Jackson cites into character columns
     */
    public static String describe(JsonProcessingException e, String what, JsonParser parser, Columns columns) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        int nl = m.indexOf('\n');
        if (nl >= 0) {
            m = m.substring(0, nl);
        }
        if (e instanceof JsonEOFException || m.startsWith("Unexpected end-of-input")) {
            return what + " ends early (truncated?): " + endedEarly(m, parser, columns);
        }
        return "invalid " + what + ": " + problem(m, columns);
    }

    private static String endedEarly(String m, JsonParser parser, Columns columns) {
        if (m.contains("closing quote") || m.contains("VALUE_STRING")) {
            return "a string is not closed";
        }
        if (m.contains("in field name")) {
            return "a key is not closed";
        }
        if (m.contains("close marker for Object")) {
            return "the object opened at " + cited(m, columns) + " is not closed";
        }
        if (m.contains("close marker for Array")) {
            return "the array opened at " + cited(m, columns) + " is not closed";
        }
        JsonStreamContext open = parser == null ? null : parser.getParsingContext();
        if (open != null && (open.inObject() || open.inArray())) {
            JsonLocation at = open.startLocation(ContentReference.unknown());
            if (at != null && at.getLineNr() > 0 && at.getColumnNr() > 0) {
                return "the " + (open.inObject() ? "object" : "array") + " opened at line " + at.getLineNr()
                        + ", column " + Math.max(1, columns.column(at.getLineNr(), at.getColumnNr())) + " is not closed";
            }
        }
        return "the document is incomplete";
    }

    private static String problem(String m, Columns columns) {
        if (m.startsWith("Duplicate field '")) {
            return "duplicate key \"" + between(m, "Duplicate field '", "'") + "\"";
        }
        if (m.startsWith("Unexpected close marker '")) {
            String found = between(m, "Unexpected close marker '", "'");
            if (m.contains("no open")) {
                return "unexpected '" + found + "': nothing is open to close";
            }
            String expected = between(m, "expected '", "'");
            String kind = m.contains("for Array") ? "array" : "object";
            return "unexpected '" + found + "': expected '" + expected + "' to close the " + kind + " opened at "
                    + cited(m, columns);
        }
        if (m.startsWith("Unrecognized token '")) {
            return "unrecognized word '" + between(m, "Unrecognized token '", "'") + "': expected a value"
                    + " (a string in double quotes, a number, true, false, null, an object or an array)";
        }
        if (m.startsWith("Non-standard token '")) {
            return between(m, "Non-standard token '", "'") + " is not a JSON number";
        }
        if (m.startsWith("Unrecognized character escape")) {
            return "invalid escape \\" + between(m, "escape '", "'") + " in a string";
        }
        if (m.startsWith("Illegal unquoted character")) {
            int c = code(m);
            return c == '\n' || c == '\r' ? "a line break inside a string must be written as \\n"
                    : c == '\t' ? "a tab inside a string must be written as \\t"
                    : "a control character (" + unicode(c) + ") inside a string must be written as a \\u escape";
        }
        if (m.startsWith("Invalid numeric value: Leading zeroes")) {
            return "invalid number: leading zeroes are not allowed";
        }
        if (m.startsWith("Invalid UTF-8")) {
            return "invalid UTF-8 (" + m.substring("Invalid UTF-8".length()).strip() + ")";
        }
        if (m.startsWith("Unexpected character")) {
            return unexpectedCharacter(m, found(m));
        }
        return plain(m);
    }

    /** Jackson's "Unexpected character ('x' (code 120)): …" family. */
    private static String unexpectedCharacter(String m, String found) {
        if (m.contains("maybe a (non-standard) comment")) {
            return "comments are not allowed in JSON";
        }
        if (m.contains(" in numeric value")) {
            if (m.contains("minus sign")) {
                return "invalid number: a digit must follow '-', found " + found;
            }
            if (m.contains("Decimal point")) {
                return "invalid number: a digit must follow the decimal point, found " + found;
            }
            if (m.contains("Exponent")) {
                return "invalid number: a digit must follow the exponent, found " + found;
            }
            if (m.contains("plus sign")) {
                return "invalid number: a number cannot start with '+'";
            }
            return "invalid number: unexpected " + found;
        }
        if (m.contains("double-quote to start field name")) {
            return found.equals("'}'")
                    ? "a comma before '}': JSON allows none after the last entry of an object"
                    : "expected a key in double quotes, found " + found;
        }
        if (m.contains("comma to separate Object entries")) {
            return "expected ',' between entries or '}' to close the object, found " + found;
        }
        if (m.contains("comma to separate Array entries")) {
            return "expected ',' between elements or ']' to close the array, found " + found;
        }
        if (m.contains("colon to separate field name and value")) {
            return "expected ':' after the key, found " + found;
        }
        if (m.contains("hex-digit")) {
            return "a \\u escape needs four hex digits, found " + found;
        }
        if (m.contains("expected a valid value") || m.contains("expected a value")) {
            return "expected a value (a string in double quotes, a number, true, false, null, an object or an"
                    + " array), found " + found;
        }
        return "unexpected " + found;
    }

    /** The character a message names by its code: {@code 'x'}, or a description of an invisible one. */
    private static String found(String m) {
        int c = code(m);
        if (c < 0) {
            return "an unexpected character";
        }
        if (c < 0x20 || c == 0x7F) {
            return "a control character (" + unicode(c) + ")";
        }
        if (c == 0xFEFF) {
            return "a byte-order mark";
        }
        if (c > 0x7F && (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            return "a non-ASCII space (" + unicode(c) + ")";
        }
        return "'" + new String(Character.toChars(c)) + "'";
    }

    /** {@code U+0001}: how Unicode names a character, for ones that cannot be shown. */
    private static String unicode(int c) {
        String hex = Integer.toHexString(c).toUpperCase(Locale.ROOT);
        return "U+" + "0000".substring(Math.min(4, hex.length())) + hex;
    }

    /** The number after {@code code } in a message, or -1. */
    private static int code(String m) {
        int i = m.indexOf("code ");
        int value = i < 0 ? -1 : number(m, i + 5);
        return value >= 0 && Character.isValidCodePoint(value) ? value : -1;
    }

    /**
     * The place a message cites inside Jackson's {@code [Source: …; line: 3, column: 7]}, as
     * {@code line 3, column 7} in characters, or "an earlier place" when there is none.
     */
    private static String cited(String m, Columns columns) {
        int s = m.indexOf("[Source:");
        int l = s < 0 ? -1 : m.indexOf("line: ", s);
        int c = l < 0 ? -1 : m.indexOf("column: ", l);
        if (c < 0) {
            return "an earlier place";
        }
        int line = number(m, l + 6);
        int column = number(m, c + 8);
        if (line < 1 || column < 1) {
            return "an earlier place";
        }
        return "line " + line + ", column " + Math.max(1, columns.column(line, column));
    }

    /** The decimal number at {@code from}, or -1. */
    private static int number(String m, int from) {
        int value = 0;
        int j = from;
        while (j < m.length() && Character.isDigit(m.charAt(j)) && value < Integer.MAX_VALUE / 10) {
            value = value * 10 + (m.charAt(j) - '0');
            j++;
        }
        return j == from ? -1 : value;
    }

    /** The text between the first {@code open} and the next {@code close} after it; empty when absent. */
    private static String between(String m, String open, String close) {
        int i = m.indexOf(open);
        if (i < 0) {
            return "";
        }
        int start = i + open.length();
        int end = m.indexOf(close, start);
        return end < 0 ? m.substring(start) : m.substring(start, end);
    }

    /**
     * A message not met before, in plainer words: without the source description (the entry names the file)
     * and character codes, Jackson's "field name" said as "key", starting lower-case.
     */
    static String plain(String m) {
        String s = m;
        int src = s.indexOf("[Source:");
        while (src >= 0) {
            int end = s.indexOf(']', src);
            String inner = end < 0 ? s.substring(src) : s.substring(src, end);
            int l = inner.indexOf("line: ");
            String place = l < 0 ? "" : inner.substring(l).replace("line: ", "line ").replace("column: ", "column ");
            int from = src >= 3 && s.startsWith("at ", src - 3) ? src - 3 : src;
            s = s.substring(0, from) + (place.isEmpty() ? "" : "at " + place) + (end < 0 ? "" : s.substring(end + 1));
            src = s.indexOf("[Source:");
        }
        s = s.replace("was expecting", "expected").replace("field name", "key").strip();
        if (s.isEmpty()) {
            return "malformed JSON";
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
