package dev.isolint.core.internal.adapter.plan;

import dev.isolint.core.internal.plan.PlanAdapter;
import dev.isolint.core.internal.plan.PlanPath;
import dev.isolint.core.internal.plan.PlanResource;
import dev.isolint.core.model.MonitoringSchedule;
import dev.isolint.core.model.ServiceResource;
import dev.isolint.core.model.Setting;
import java.util.List;
import java.util.Set;

/**
 * {@code awscc_sagemaker_monitoring_schedule} in a plan, judged when it embeds its job definition; one that names a
 * definition is no record (that definition is judged by its own rule).
 */
final class MonitoringSchedulePlanAdapter implements PlanAdapter {

    private static final PlanPath DEFINITION = PlanPath.parse("monitoring_schedule_config.monitoring_job_definition");
    private static final PlanPath ISOLATION = PlanPath.parse(
            "monitoring_schedule_config.monitoring_job_definition.network_config.enable_network_isolation");
    private static final List<PlanPath> PATHS = List.of(DEFINITION, ISOLATION);

    @Override
    public Set<String> types() {
        return Set.of("awscc_sagemaker_monitoring_schedule");
    }

    @Override
    public List<PlanPath> paths() {
        return PATHS;
    }

    @Override
    public ServiceResource adapt(PlanResource planned) {
        Setting<Boolean> isolation = Setting.single(planned.bool(ISOLATION))
                .where(Setting.single(planned.present(DEFINITION)));
        return isolation == null ? null
                : new MonitoringSchedule(planned.resource(List.of()), isolation, List.of());
    }
}
