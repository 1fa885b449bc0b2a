package dev.isolint.core.internal.adapter.plan;

import dev.isolint.core.internal.plan.PlanResource;
import java.util.ArrayList;
import java.util.List;

/** The note a finding's message makes of a plan that replaces an immutable resource (SPEC §4). */
final class ReplacementNote {

    private ReplacementNote() {
    }

    /**
     * The notes for {@code planned}: one when the plan replaces it, else none.
     *
     * @param plural   the resources, as the note names them ({@code models})
     * @param singular one of them ({@code model})
     * @param users    what the replacement takes its users through ({@code every endpoint configuration and endpoint
     *                 that uses it goes through an update})
     */
    static List<String> of(PlanResource planned, String plural, String singular, String users) {
        List<String> notes = new ArrayList<>();
        if (planned.replaces()) {
            String order = String.join(", then ", planned.actions());
            notes.add("planned as a replacement (" + order + "): SageMaker " + plural + " are immutable, so a new "
                    + singular + " is created and " + users
                    + (planned.actions().contains("forget")
                            ? "; the old " + singular + " is not destroyed (destroy = false): it stays deployed, no longer"
                                    + " managed"
                            : ""));
        }
        return notes;
    }
}
