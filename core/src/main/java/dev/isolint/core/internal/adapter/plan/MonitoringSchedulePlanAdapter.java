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
 * A monitoring schedule in a plan. {@code awscc_sagemaker_monitoring_schedule} is judged when it embeds its job
 * definition; both it and {@code aws_sagemaker_monitoring_schedule} name the definitions whose fix updates them.
 */
final class MonitoringSchedulePlanAdapter implements PlanAdapter {

    private static final String AWSCC = "awscc_sagemaker_monitoring_schedule";
    private static final PlanPath DEFINITION = PlanPath.parse("monitoring_schedule_config.monitoring_job_definition");
    private static final PlanPath ISOLATION = PlanPath.parse(
            "monitoring_schedule_config.monitoring_job_definition.network_config.enable_network_isolation");
    private static final PlanPath NAMED_AWSCC = PlanPath.parse("monitoring_schedule_config.monitoring_job_definition_name");
    private static final PlanPath NAMED_AWS = PlanPath.parse("monitoring_schedule_config[0].monitoring_job_definition_name");
    private static final List<PlanPath> PATHS = List.of(DEFINITION, ISOLATION, NAMED_AWSCC, NAMED_AWS);

    @Override
    public Set<String> types() {
        return Set.of(AWSCC, "aws_sagemaker_monitoring_schedule");
    }

    @Override
    public List<PlanPath> paths() {
        return PATHS;
    }

    @Override
    public ServiceResource adapt(PlanResource planned) {
        boolean awscc = planned.type().equals(AWSCC);
        Setting<Boolean> isolation = awscc ? Setting.single(planned.bool(ISOLATION))
                .where(Setting.single(planned.present(DEFINITION))) : null;
        return new MonitoringSchedule(planned.resource(PlannedAction.of(planned)), isolation,
                isolation != null ? List.of() : planned.references(awscc ? NAMED_AWSCC : NAMED_AWS));
    }
}
