package dev.isolint.core.internal.fix;

import dev.isolint.core.rule.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * One edit of a file's decoded text: the chars {@code [start, end)} become {@code replacement}, for the result it
 * fixes. In HCL the span covers the whole attribute group whose {@code =} signs the edit re-aligns.
 *
 * @param start       first char replaced
 * @param end         char after the last one replaced ({@code start} for an insertion)
 * @param replacement the new text
 * @param fixes       the results this edit fixes (several when a shared module's block is edited for every caller)
 * @param notes       what a reviewer should know: inputs that became unused
 */
public record Change(int start, int end, String replacement, List<Finding> fixes, List<String> notes) {

    public Change {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        fixes = List.copyOf(fixes);
        notes = List.copyOf(notes);
    }

    Change(int start, int end, String replacement, Finding fixes) {
        this(start, end, replacement, List.of(fixes), List.of());
    }

    /** True when {@code o} makes the same edit (one block reached through several call paths). */
    boolean sameEdit(Change o) {
        return start == o.start && end == o.end && replacement.equals(o.replacement);
    }

    /** This edit, also fixing {@code more}'s results. */
    Change alsoFixing(Change more) {
        List<Finding> all = new ArrayList<>(fixes);
        all.addAll(more.fixes);
        return new Change(start, end, replacement, all, notes);
    }

    Change withNotes(List<String> more) {
        return new Change(start, end, replacement, fixes, more);
    }

    /** True when the two spans share a char, or both insert at one place (their order would be a guess). */
    boolean overlaps(Change o) {
        return start < o.end && o.start < end || start == o.start || start == end && start > o.start && start < o.end
                || o.start == o.end && o.start > start && o.start < end;
    }
}
