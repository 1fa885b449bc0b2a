package dev.isolint.core.internal.adapter.terraform;

import dev.isolint.core.internal.terraform.module.TerraformAdapter;
import dev.isolint.core.internal.terraform.module.TerraformPath;
import dev.isolint.core.internal.terraform.module.TerraformResource;
import dev.isolint.core.model.MonitoringSchedule;
import dev.isolint.core.model.Reference;
import dev.isolint.core.model.ServiceResource;
import dev.isolint.core.model.Setting;
import java.util.List;

/**
 * A monitoring schedule → {@link MonitoringSchedule}. {@code awscc_sagemaker_monitoring_schedule} is judged in the
 * instances that embed a job definition ({@code monitoring_schedule_config.monitoring_job_definition}); both it and
 * {@code aws_sagemaker_monitoring_schedule} (which can only name a definition, so is never judged) name the job
 * definitions whose fix updates them ({@code monitoring_job_definition_name}).
 */
final class MonitoringScheduleAdapter implements TerraformAdapter {

    private static final String AWSCC = "awscc_sagemaker_monitoring_schedule";
    private static final TerraformPath DEFINITION = TerraformPath.attribute("monitoring_schedule_config")
            .key("monitoring_job_definition");
    private static final TerraformPath ISOLATION = DEFINITION.key("network_config").key("enable_network_isolation");
    private static final TerraformPath NAMED_AWSCC = TerraformPath.attribute("monitoring_schedule_config")
            .key("monitoring_job_definition_name");
    private static final TerraformPath NAMED_AWS = TerraformPath.block("monitoring_schedule_config")
            .attribute("monitoring_job_definition_name");

    @Override
    public List<String> types() {
        return List.of(AWSCC, "aws_sagemaker_monitoring_schedule");
    }

    @Override
    public ServiceResource adapt(TerraformResource schedule) {
        boolean awscc = schedule.type().equals(AWSCC);
        Setting<Boolean> isolation = awscc ? schedule.bool(ISOLATION, false).where(schedule.present(DEFINITION)) : null;
        List<Reference> named = schedule.references(awscc ? NAMED_AWSCC : NAMED_AWS);
        return new MonitoringSchedule(schedule.resource(), isolation, named);
    }

    @Override
    public TerraformPath settingPath(String type) {
        return ISOLATION;
    }
}
