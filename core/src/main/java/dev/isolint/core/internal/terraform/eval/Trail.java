package dev.isolint.core.internal.terraform.eval;

import dev.isolint.core.model.Evidence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The evidence an evaluation collects, in the order references were followed (a variable, the
 * module argument that set it, the local it came from). Repeated steps are kept once, and the
 * chain is capped so that a loop over a large collection cannot flood a report.
 */
public final class Trail {

    /** Most steps kept. */
    public static final int MAX_STEPS = 40;

    private final List<Evidence> steps = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    public void add(Evidence step) {
        if (steps.size() < MAX_STEPS && seen.add(key(step))) {
            steps.add(step);
        }
    }

    public void addAll(List<Evidence> more) {
        for (Evidence e : more) {
            add(e);
        }
    }

    /** A plain string key: cheaper on a cold start than a record's generated equals and hashCode. */
    private static String key(Evidence e) {
        return new StringBuilder().append(e.location().file()).append(':').append(e.location().line()).append(':')
                .append(e.location().column()).append(' ').append(e.note()).toString();
    }

    /** A position to take {@link #since} from. */
    public int mark() {
        return steps.size();
    }

    /** The steps added after {@code mark}. */
    public List<Evidence> since(int mark) {
        return List.copyOf(steps.subList(Math.min(mark, steps.size()), steps.size()));
    }

    public List<Evidence> steps() {
        return List.copyOf(steps);
    }
}
