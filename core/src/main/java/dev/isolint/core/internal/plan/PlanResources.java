package dev.isolint.core.internal.plan;

import dev.isolint.core.model.Range;
import dev.isolint.core.model.ServiceResource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins {@code planned_values} with {@code resource_changes} by address and hands every kept instance that will
 * exist after apply, as a {@link PlanResource}, to the adapters of its type. Instances that only leave
 * ({@code ["delete"]}, {@code ["forget"]}) are dropped — a forgotten one is still listed in
 * {@code planned_values}, without values. An instance found only in {@code resource_changes} (a plan
 * without {@code planned_values}, or a trimmed one) is judged from its {@code change.after}.
 */
final class PlanResources {

    private static final String FROM_PLANNED = "planned_values";
    private static final String FROM_CHANGE = "resource_changes (not in planned_values): change.after";

    private final PlanFacts facts;
    private final PlanSelection selection;
    private final TerraformSourceLocator sources;

    PlanResources(PlanFacts facts, PlanSelection selection, TerraformSourceLocator sources) {
        this.facts = facts;
        this.selection = selection;
        this.sources = sources;
    }

    /** The adapters' records of every kept instance, in plan order. */
    List<ServiceResource> adapt() {
        List<ServiceResource> out = new ArrayList<>();
        Map<String, PlannedChange> unmatched = new LinkedHashMap<>(facts.changes);
        for (PlannedResource r : facts.planned) {
            PlannedChange change = unmatched.remove(r.address());
            if (change == null || !change.onlyRemoves()) {
                adapt(view(r.address(), r.type(), r.name(), r.location(), r.values(), FROM_PLANNED, change), out);
            }
        }
        for (PlannedChange c : unmatched.values()) {
            if (!c.onlyRemoves()) {
                adapt(view(c.address(), c.type(), c.name(), c.location(), c.after(), FROM_CHANGE, c), out);
            }
        }
        return out;
    }

    private void adapt(PlanResource view, List<ServiceResource> out) {
        for (PlanAdapter a : selection.of(view.type()).adapters) {
            ServiceResource record = a.adapt(view);
            if (record != null) {
                out.add(record);
            }
        }
    }

    private PlanResource view(String address, String type, String name, Range at, PlanScalar[] values,
            String source, PlannedChange change) {
        String module = ModuleAddress.moduleOf(address);
        ConfiguredResource config = module == null ? null
                : facts.configured.get(PlanFacts.configKey(module, type, name));
        return new PlanResource(selection, address, type, name, module, at, values, source, change, config, sources,
                facts);
    }
}
