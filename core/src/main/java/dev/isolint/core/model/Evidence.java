package dev.isolint.core.model;

import dev.isolint.core.model.Range;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One step of the chain that produced a value, e.g. {@code enable_network_isolation = var.isolate}
 * at main.tf:9, then {@code variable "isolate" default = false} at variables.tf:3.
 */
public record Evidence(Range location, String note) {

    /** Longest evidence chain kept; longer ones keep their first and last steps. */
    public static final int MAX_CHAIN = 60;

    public static Evidence at(Range location, String note) {
        return new Evidence(location, note);
    }

    // equals and hashCode written out: a record's generated ones bootstrap through invokedynamic, which
    // spins method-handle classes on first use and costs a one-file scan tens of milliseconds (bench/README.md).
    @Override
    public boolean equals(Object o) {
        return o instanceof Evidence e && Objects.equals(location, e.location) && Objects.equals(note, e.note);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(location) + Objects.hashCode(note);
    }

    /**
     * An immutable chain without repeated steps, at most {@link #MAX_CHAIN} long. Combining the
     * evidence of sub-expressions that share steps (a condition used twice) would otherwise grow
     * exponentially with nesting; a person reads the first and last steps anyway. A step repeats another
     * when it starts at the same place and says the same: that is all a report shows of it (two nodes can
     * start together and end apart, a mapping and its first key), and the first of them is kept.
     */
    public static List<Evidence> chain(List<Evidence> steps) {
        if (steps.size() <= 1) {
            return List.copyOf(steps);
        }
        List<Evidence> unique = new ArrayList<>(steps.size());
        Set<Evidence> seen = new HashSet<>();
        for (Evidence e : steps) {
            if (seen.add(e.location() == null ? e : new Evidence(e.location().start(), e.note()))) {
                unique.add(e);
            }
        }
        if (unique.size() <= MAX_CHAIN) {
            return List.copyOf(unique);
        }
        int keep = MAX_CHAIN / 2;
        List<Evidence> out = new ArrayList<>(MAX_CHAIN + 1);
        out.addAll(unique.subList(0, keep));
        out.add(new Evidence(unique.get(keep).location(), "... " + (unique.size() - 2 * keep + 1) + " more steps ..."));
        out.addAll(unique.subList(unique.size() - keep + 1, unique.size()));
        return List.copyOf(out);
    }
}
