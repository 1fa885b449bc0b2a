package dev.isolint.core.internal.plan;

import dev.isolint.core.model.Range;
import java.util.List;
import java.util.Set;

/**
 * One kept resource instance's entry in {@code resource_changes} (deposed objects excluded).
 *
 * @param address      the plan's address, the join key with {@code planned_values}
 * @param type         the resource type
 * @param name         the resource name in its module
 * @param location     the opening brace of the change object
 * @param actions      {@code change.actions} ({@code ["create"]}, {@code ["delete","create"]}, …)
 * @param after        {@code change.after} at each kept path ({@link PlanSelection#paths}); {@code null} where absent
 * @param afterUnknown the {@code after_unknown} flag that says the value at a kept path is known only after apply
 *                     (set at the path or at any object or list that holds it), or {@code null}
 */
record PlannedChange(String address, String type, String name, Range location, List<String> actions,
        PlanScalar[] after, PlanScalar[] afterUnknown) {

    private static final Set<String> REMOVALS = Set.of("delete", "forget");

    PlannedChange {
        actions = List.copyOf(actions);
    }

    /** True when the instance only leaves (destroyed or forgotten): nothing will be deployed to judge. */
    boolean onlyRemoves() {
        return !actions.isEmpty() && REMOVALS.containsAll(actions);
    }

    /**
     * True for a replacement: a new object is created and the old one destroyed, either order, or
     * forgotten ({@code ["create","forget"]}: {@code lifecycle { destroy = false }} leaves it deployed).
     */
    boolean replaces() {
        return actions.size() == 2 && actions.contains("create")
                && (actions.contains("delete") || actions.contains("forget"));
    }
}
