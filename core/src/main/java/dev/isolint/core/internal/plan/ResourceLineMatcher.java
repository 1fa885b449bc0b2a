package dev.isolint.core.internal.plan;

import dev.isolint.core.internal.source.AsciiSpace;

/**
 * Recognises the two {@code .tf} lines {@link TerraformSourceLocator} points at, by hand rather than
 * by regular expression: a fresh JVM compiles a pattern in the interpreter, milliseconds that a
 * one-file scan would otherwise spend on two lines (bench/README.md). Each method matches exactly
 * what the regular expression in its comment matches ({@code ResourceLineMatcherPropertiesTest}
 * holds them to it): {@code \s} is {@code [ \t\n\x0B\f\r]}, and {@code .} is any character but a
 * line terminator.
 */
final class ResourceLineMatcher {

    private static final String RESOURCE = "resource";

    private ResourceLineMatcher() {
    }

    /**
     * {@code ^\s*resource\s+"?TYPE"?\s+"?NAME"?\s*\{.*} with {@code TYPE} and {@code NAME} taken literally:
     * the first line of the block of {@code type.name}, quoted labels or not.
     */
    static boolean isBlockStart(String line, String type, String name) {
        int at = AsciiSpace.skip(line, 0);
        return line.startsWith(RESOURCE, at) && labelsFrom(line, at + RESOURCE.length(), type, name);
    }

    /** {@code ^\s*enable_network_isolation\s*=.*}: the attribute written in a block's body. */
    static boolean isAttributeLine(String line) {
        int at = AsciiSpace.skip(line, 0);
        if (!line.startsWith(PlanStreamReader.ATTRIBUTE, at)) {
            return false;
        }
        at = AsciiSpace.skip(line, at + PlanStreamReader.ATTRIBUTE.length());
        return at < line.length() && line.charAt(at) == '=' && restOfLine(line, at + 1);
    }

    /**
     * {@code \s+"?TYPE"?\s+"?NAME"?\s*\{.*} from {@code from} to the end. A label that itself starts
     * with white space or a quote can begin at more than one place, so each is tried (as the regular
     * expression backtracks); {@code label == null} means the labels are done and the brace follows.
     */
    private static boolean labelsFrom(String line, int from, String label, String next) {
        if (label == null) {
            return afterLabels(line, from);
        }
        int spaced = AsciiSpace.skip(line, from);
        if (spaced == from) {
            return false; // \s+ needs one
        }
        int last = spaced < line.length() && line.charAt(spaced) == '"' ? spaced + 1 : spaced;
        for (int start = from + 1; start <= last; start++) {
            if (line.startsWith(label, start)) {
                int end = start + label.length();
                if (labelsFrom(line, end, next, null)
                        || end < line.length() && line.charAt(end) == '"' && labelsFrom(line, end + 1, next, null)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code \s*\{.*} from {@code from}: the block's opening brace, then anything on the line. */
    private static boolean afterLabels(String line, int from) {
        int at = AsciiSpace.skip(line, from);
        return at < line.length() && line.charAt(at) == '{' && restOfLine(line, at + 1);
    }

    /** {@code .*} to the end: no line terminator (a line of a {@code .tf} file can still hold U+2028 and the like). */
    private static boolean restOfLine(String line, int from) {
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

}
