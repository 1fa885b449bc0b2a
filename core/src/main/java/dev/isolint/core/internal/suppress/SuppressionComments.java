package dev.isolint.core.internal.suppress;

import dev.isolint.core.model.InlineSuppression;
import dev.isolint.core.rule.Suppression;
import dev.isolint.core.model.Range;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds suppression comments around a resource in HCL or YAML text:
 * {@code # isolint:ignore ISO001 [expires=YYYY-MM-DD] <reason>} (or {@code //}) and Checkov's
 * {@code #checkov:skip=CKV_AWS_370:<reason>}, on the comment lines directly above the resource or
 * anywhere inside it.
 */
public final class SuppressionComments {

    private SuppressionComments() {
    }

    /**
     * Suppressions on the comment lines directly above {@code startLine} and on lines
     * {@code startLine..endLine} (1-based, inclusive) of {@code lines}.
     *
     * <p>A YAML parser ends a mapping where the next key begins, so the range given for one
     * resource may run into the comments written above the next one, and the next key itself.
     * Those trailing lines are cut: a comment or key indented no deeper than the resource's own key
     * belongs to what follows. Likewise, the comments taken from above the resource are only those
     * indented no deeper than its first line (a deeper one is the end of the previous resource).
     */
    public static List<InlineSuppression> find(List<String> lines, int startLine, int endLine, Path file) {
        List<InlineSuppression> out = new ArrayList<>();
        if (startLine < 1 || startLine > lines.size()) {
            return out;
        }
        int indent = indentation(lines.get(startLine - 1));
        int first = startLine;
        while (first - 1 >= 1 && isComment(lines.get(first - 2)) && indentation(lines.get(first - 2)) <= indent) {
            first--;
        }
        int last = Math.min(endLine, lines.size());
        while (last > startLine && belongsToNext(lines.get(last - 1), indent)) {
            last--;
        }
        for (int n = first; n <= last; n++) {
            String line = lines.get(n - 1);
            if (line.indexOf("isolint:ignore") < 0 && line.indexOf("checkov:skip") < 0) {
                continue;
            }
            SuppressionSyntax.Match m = SuppressionSyntax.find(line);
            if (m != null) {
                out.add(new InlineSuppression(Suppression.INLINE, m.rule, blankToNull(m.reason), date(m.expires),
                        Range.of(file, n, m.start + 1)));
            }
        }
        return out;
    }

    /**
     * True for a trailing line that is not part of the resource: blank, or a comment or key no deeper
     * than the resource's key. A closing brace ends an HCL block and is its own.
     */
    private static boolean belongsToNext(String line, int indent) {
        String t = line.strip();
        if (t.isEmpty()) {
            return true;
        }
        if (t.startsWith("}")) {
            return false;
        }
        return indentation(line) <= indent;
    }

    private static int indentation(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static boolean isComment(String line) {
        String t = line.strip();
        return t.startsWith("#") || t.startsWith("//");
    }

    /** A suppression's reason as written, or {@code null} when it gives none (then it does not suppress). */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Parses an ISO expiry date; an unreadable one counts as already expired (fail closed). */
    public static LocalDate date(String s) {
        if (s == null) {
            return null;
        }
        try {
            if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-' && digits(s, 0, 4) && digits(s, 5, 7)
                    && digits(s, 8, 10)) {
                // The everyday form without java.time's formatter, whose first use costs a one-file scan milliseconds.
                return LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10), Integer.parseInt(s, 8, 10, 10));
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if ((c < '0' || c > '9') && c != '-' && c != '+') {
                    return LocalDate.MIN; // not a date in any form java.time reads (someday, 2026/01/15)
                }
            }
            return LocalDate.parse(s); // signed and long years
        } catch (DateTimeException e) {
            return LocalDate.MIN;
        }
    }
}
