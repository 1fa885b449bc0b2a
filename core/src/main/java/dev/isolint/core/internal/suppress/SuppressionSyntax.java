package dev.isolint.core.internal.suppress;

import dev.isolint.core.internal.source.AsciiSpace;
/**
 * Recognises one suppression comment in a line of text, exactly as these regular expressions (searched
 * with {@code find}) would, without compiling them: their first use costs a one-file scan milliseconds
 * of start-up (bench/README.md). {@code SuppressionSyntaxPropertiesTest} holds the two in step.
 * <pre>
 * isolint:  (?:#|//)\s*isolint:ignore\s+([A-Za-z0-9_-]+)(?:\s+(?:expires|until)=(\S+))?\s*(.*)$
 * Checkov:  #\s*checkov:skip=([A-Za-z0-9_]+)(?::(.*))?$
 * </pre>
 * As in {@code java.util.regex}, {@code \s} is {@code [ \t\n\x0B\f\r]}, {@code .} stops at a line
 * terminator and {@code $} also matches before one that ends the line.
 */
final class SuppressionSyntax {

    /** A recognised comment: where its marker starts (0-based) and its parts; expiry and reason may be null. */
    static final class Match {
        final int start;
        final String rule;
        final String expires;
        final String reason;

        Match(int start, String rule, String expires, String reason) {
            this.start = start;
            this.rule = rule;
            this.expires = expires;
            this.reason = reason;
        }
    }

    private static final String ISOLINT = "isolint:ignore";
    private static final String CHECKOV = "checkov:skip=";

    private SuppressionSyntax() {
    }

    /** The first isolint comment of {@code line}, else its first Checkov comment, else {@code null}. */
    static Match find(String line) {
        for (int i = 0; i < line.length(); i++) {
            Match m = isolintAt(line, i);
            if (m != null) {
                return m;
            }
        }
        for (int i = 0; i < line.length(); i++) {
            Match m = checkovAt(line, i);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    private static Match isolintAt(String line, int start) {
        int i;
        if (line.charAt(start) == '#') {
            i = start + 1;
        } else if (line.startsWith("//", start)) {
            i = start + 2;
        } else {
            return null;
        }
        i = AsciiSpace.skip(line, i);
        if (!line.startsWith(ISOLINT, i)) {
            return null;
        }
        int ruleStart = AsciiSpace.skip(line, i + ISOLINT.length());
        if (ruleStart == i + ISOLINT.length()) {
            return null;
        }
        int ruleEnd = ruleStart;
        while (ruleEnd < line.length() && (isWord(line.charAt(ruleEnd)) || line.charAt(ruleEnd) == '-')) {
            ruleEnd++;
        }
        if (ruleEnd == ruleStart) {
            return null;
        }
        // The optional expiry is greedy; if taking it made the rest fail, so would every shorter choice
        // (the rest would still hold the same line terminator), so there is nothing to backtrack to.
        String expires = null;
        int rest = ruleEnd;
        int key = AsciiSpace.skip(line, ruleEnd);
        if (key > ruleEnd) {
            int value = line.startsWith("expires=", key) ? key + 8 : line.startsWith("until=", key) ? key + 6 : -1;
            if (value >= 0) {
                int end = value;
                while (end < line.length() && !AsciiSpace.is(line.charAt(end))) {
                    end++;
                }
                if (end > value) {
                    expires = line.substring(value, end);
                    rest = end;
                }
            }
        }
        String reason = toEnd(line, AsciiSpace.skip(line, rest));
        return reason == null ? null : new Match(start, line.substring(ruleStart, ruleEnd), expires, reason);
    }

    private static Match checkovAt(String line, int start) {
        if (line.charAt(start) != '#') {
            return null;
        }
        int i = AsciiSpace.skip(line, start + 1);
        if (!line.startsWith(CHECKOV, i)) {
            return null;
        }
        int ruleStart = i + CHECKOV.length();
        int ruleEnd = ruleStart;
        while (ruleEnd < line.length() && isWord(line.charAt(ruleEnd))) {
            ruleEnd++;
        }
        if (ruleEnd == ruleStart) {
            return null;
        }
        String rule = line.substring(ruleStart, ruleEnd);
        if (ruleEnd < line.length() && line.charAt(ruleEnd) == ':') {
            String reason = toEnd(line, ruleEnd + 1);
            if (reason != null) {
                return new Match(start, rule, null, reason);
            }
        }
        String rest = toEnd(line, ruleEnd);
        return rest != null && rest.isEmpty() ? new Match(start, rule, null, null) : null;
    }

    /**
     * What {@code (.*)$} captures from {@code from}: the rest of the line without a line terminator that
     * ends it, or {@code null} when a terminator comes earlier (then {@code .*} cannot reach the end).
     */
    private static String toEnd(String line, int from) {
        for (int i = from; i < line.length(); i++) {
            if (isTerminator(line.charAt(i))) {
                boolean last = i == line.length() - 1 || (line.charAt(i) == '\r' && i == line.length() - 2
                        && line.charAt(i + 1) == '\n');
                return last ? line.substring(from, i) : null;
            }
        }
        return line.substring(from);
    }


    private static boolean isTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isWord(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    }
}
