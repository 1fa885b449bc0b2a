package dev.isolint.core.internal.fix;

import java.util.List;

/**
 * What {@code isolint fix} would do for one scan: the files it edits, the results those edits fix, and the failing
 * results it leaves, each with the reason and the manual step.
 *
 * @param files    one entry per edited file, in path order
 * @param fixed    the results the edits fix, with their hazards
 * @param notFixed the unsuppressed FAIL/UNKNOWN results left as they are
 */
public record FixPlan(List<FileFix> files, List<FixedResult> fixed, List<NotFixed> notFixed) {

    public FixPlan {
        files = List.copyOf(files);
        fixed = List.copyOf(fixed);
        notFixed = List.copyOf(notFixed);
    }

    /** True when nothing is failing any more: no edit to make and no result left. */
    public boolean nothingToDo() {
        return files.isEmpty() && notFixed.isEmpty();
    }
}
