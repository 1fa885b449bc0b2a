package dev.isolint.core.internal.terraform.module;

import dev.isolint.core.model.Evidence;
import dev.isolint.core.internal.terraform.eval.Trail;
import dev.isolint.core.internal.terraform.eval.Val;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A module's named values ({@code var.x}, {@code local.y}, {@code output.z}), each computed once and remembered
 * with the evidence of how. A name whose computation refers back to itself is a cycle, which Terraform rejects:
 * unknown, with the cycle named.
 */
final class NamedValues {

    /** Computes one named value, adding the evidence of how to {@code t}. */
    interface Computation {
        Val compute(int kind, String name, Trail t);
    }

    private record Memo(Val value, List<Evidence> steps) {
    }

    private final Computation computation;
    private final Map<String, Memo> done = new HashMap<>();
    private final Set<String> inProgress = new LinkedHashSet<>();

    NamedValues(Computation computation) {
        this.computation = computation;
    }

    /** The value of {@code key} (computed as {@code kind} of {@code name} the first time); its evidence goes to {@code trail}. */
    Val get(String key, int kind, String name, Trail trail) {
        Memo m = done.get(key);
        if (m == null) {
            if (!inProgress.add(key)) {
                List<String> cycle = new ArrayList<>(inProgress);
                cycle = cycle.subList(cycle.indexOf(key), cycle.size());
                return Val.Unknown.because(key + " refers to itself (" + String.join(" → ", cycle) + " → " + key
                        + "); Terraform rejects such a cycle");
            }
            try {
                Trail t = new Trail();
                Val v = computation.compute(kind, name, t);
                m = new Memo(v, t.steps());
                done.put(key, m);
            } finally {
                inProgress.remove(key);
            }
        }
        trail.addAll(m.steps());
        return m.value();
    }
}
