package dev.isolint.core.internal.adapter.plan;

import dev.isolint.core.internal.plan.PlanAdapter;
import dev.isolint.core.internal.plan.PlanPath;
import dev.isolint.core.internal.plan.PlanResource;
import dev.isolint.core.model.MonitoringJobDefinition;
import dev.isolint.core.model.Naming;
import dev.isolint.core.model.ServiceResource;
import dev.isolint.core.model.Setting;
import java.util.List;
import java.util.Set;

/**
 * A Model Monitor job definition in a plan: the aws provider's {@code network_config} block is a list in plan values
 * ({@link #AWS}), awscc's an object ({@link #AWSCC}).
 */
final class MonitoringJobDefinitionPlanAdapter implements PlanAdapter {

    static final PlanPath AWS = PlanPath.parse("network_config[0].enable_network_isolation");
    static final PlanPath AWSCC = PlanPath.parse("network_config.enable_network_isolation");

    private final Set<String> types;
    private final PlanPath isolation;
    private final List<PlanPath> paths;
    private final MonitoringJobDefinition.Kind kind;
    /** {@code name} (aws) or {@code job_definition_name} (awscc): what a schedule may name it by. */
    private final PlanPath name;

    MonitoringJobDefinitionPlanAdapter(String type, PlanPath isolation, MonitoringJobDefinition.Kind kind) {
        this.types = Set.of(type);
        this.isolation = isolation;
        this.name = PlanPath.parse(type.startsWith("awscc_") ? "job_definition_name" : "name");
        this.paths = List.of(isolation, name);
        this.kind = kind;
    }

    @Override
    public Set<String> types() {
        return types;
    }

    @Override
    public List<PlanPath> paths() {
        return paths;
    }

    @Override
    public ServiceResource adapt(PlanResource planned) {
        return new MonitoringJobDefinition(planned.resource(ReplacementNote.of(planned, "job definitions", "job definition",
                "every monitoring schedule that names it goes through an update")), kind,
                Setting.single(planned.bool(isolation)), new Naming(planned.name(name), null));
    }
}
