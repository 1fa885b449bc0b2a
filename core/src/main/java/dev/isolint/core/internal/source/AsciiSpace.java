package dev.isolint.core.internal.source;

/**
 * White space as a regular expression's {@code \s} means it (without {@code UNICODE_CHARACTER_CLASS}):
 * {@code [ \t\n\x0B\f\r]}. For the hand-written matchers that replace regular expressions on the
 * start-up path, whose first use costs a one-file scan milliseconds (bench/README.md).
 */
public final class AsciiSpace {

    private AsciiSpace() {
    }

    /** True for a character {@code \s} matches. */
    public static boolean is(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The position after the run of {@code \s} characters of {@code text} at {@code from}. */
    public static int skip(String text, int from) {
        int i = from;
        while (i < text.length() && is(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
