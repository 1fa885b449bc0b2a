package dev.isolint.core.internal.plan;

import dev.isolint.core.model.Evidence;
import dev.isolint.core.model.Resource;
import dev.isolint.core.model.SageMakerModel;
import dev.isolint.core.model.ServiceResource;
import dev.isolint.core.model.Setting;
import dev.isolint.core.model.SourceFormat;
import dev.isolint.core.model.Value;
import dev.isolint.core.model.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins {@code planned_values} with {@code resource_changes} by address and turns every instance
 * that will exist after apply into one {@link SageMakerModel}. Instances that only leave
 * ({@code ["delete"]}, {@code ["forget"]}) are dropped — a forgotten one is still listed in
 * {@code planned_values}, without values. An instance found only in {@code resource_changes} (a plan
 * without {@code planned_values}, or a trimmed one) is judged from its {@code change.after}.
 */
final class PlanModelBuilder {

    private static final String FROM_PLANNED = "planned_values";
    private static final String FROM_CHANGE = "resource_changes (not in planned_values): change.after";
    private static final List<PlanPath> SOURCE_PATHS = List.of(PlanPath.parse(PlanStreamReader.ATTRIBUTE));

    private final PlanFacts facts;
    private final TerraformSourceLocator sources;

    PlanModelBuilder(PlanFacts facts, TerraformSourceLocator sources) {
        this.facts = facts;
        this.sources = sources;
    }

    List<ServiceResource> build() {
        List<ServiceResource> out = new ArrayList<>();
        Map<String, PlannedChange> unmatched = new LinkedHashMap<>(facts.changes);
        for (PlannedResource r : facts.planned) {
            PlannedChange change = unmatched.remove(r.address());
            if (change == null || !change.onlyRemoves()) {
                out.add(model(r.address(), r.type(), r.name(), r.location(), r.isolation(), FROM_PLANNED, change));
            }
        }
        for (PlannedChange c : unmatched.values()) {
            if (!c.onlyRemoves()) {
                out.add(model(c.address(), c.type(), c.name(), c.location(), c.after(), FROM_CHANGE, c));
            }
        }
        return out;
    }

    private SageMakerModel model(String address, String type, String name, Location at, PlanScalar value,
            String source, PlannedChange change) {
        String module = ModuleAddress.moduleOf(address);
        ConfiguredResource config = module == null ? null
                : facts.configured.get(PlanFacts.configKey(module, type, name));
        Value<Boolean> isolation = PlanIsolation.evaluate(value, source, at, change, config);
        List<Evidence> context = config == null ? List.of() : sources.find(module, type, name, SOURCE_PATHS);
        List<String> notes = new ArrayList<>();
        if (change != null && change.replaces()) {
            String order = String.join(", then ", change.actions());
            notes.add("planned as a replacement (" + order + "): SageMaker models are immutable, so a new model"
                    + " is created and every endpoint configuration and endpoint that uses it goes through an update"
                    + (change.actions().contains("forget")
                            ? "; the old model is not destroyed (destroy = false): it stays deployed, no longer managed"
                            : ""));
        }
        return new SageMakerModel(new Resource(type, address, null, SourceFormat.TERRAFORM_PLAN, at, notes, context, List.of()),
                Setting.single(isolation));
    }
}
