package dev.isolint.core.internal.adapter.plan;

import dev.isolint.core.internal.plan.PlanResource;
import java.util.ArrayList;
import java.util.List;

/**
 * The note an impact entry makes of what the plan itself does to a resource that uses a judged one (SPEC §12): when
 * the plan already replaces a model, the endpoint configurations it replaces and endpoints it updates with it.
 */
final class PlannedAction {

    private PlannedAction() {
    }

    /** The notes for {@code planned}: one when the plan changes it, else none. */
    static List<String> of(PlanResource planned) {
        List<String> notes = new ArrayList<>();
        List<String> actions = planned.actions();
        if (planned.replaces()) {
            notes.add("this plan replaces it (" + String.join(", then ", actions) + ")");
        } else if (actions.size() == 1 && !actions.get(0).equals("no-op") && !actions.get(0).equals("read")) {
            notes.add("this plan " + switch (actions.get(0)) {
                case "update" -> "updates it in place";
                case "create" -> "creates it";
                default -> actions.get(0) + "s it";
            });
        }
        return notes;
    }
}
