package dev.isolint.core.internal.adapter.terraform;

import dev.isolint.core.internal.terraform.module.TerraformAdapter;
import dev.isolint.core.internal.terraform.module.TerraformPath;
import dev.isolint.core.internal.terraform.module.TerraformResource;
import dev.isolint.core.model.MonitoringSchedule;
import dev.isolint.core.model.ServiceResource;
import dev.isolint.core.model.Setting;
import java.util.List;

/**
 * {@code awscc_sagemaker_monitoring_schedule} → {@link MonitoringSchedule}, judged in the instances that embed a job
 * definition ({@code monitoring_schedule_config.monitoring_job_definition}); a block none of whose instances embeds
 * one is no record. {@code aws_sagemaker_monitoring_schedule} can only name a definition, so it is never one.
 */
final class MonitoringScheduleAdapter implements TerraformAdapter {

    private static final TerraformPath DEFINITION = TerraformPath.attribute("monitoring_schedule_config")
            .key("monitoring_job_definition");
    private static final TerraformPath ISOLATION = DEFINITION.key("network_config").key("enable_network_isolation");

    @Override
    public List<String> types() {
        return List.of("awscc_sagemaker_monitoring_schedule");
    }

    @Override
    public ServiceResource adapt(TerraformResource schedule) {
        Setting<Boolean> isolation = schedule.bool(ISOLATION, false).where(schedule.present(DEFINITION));
        return isolation == null ? null : new MonitoringSchedule(schedule.resource(), isolation);
    }

    @Override
    public TerraformPath settingPath(String type) {
        return ISOLATION;
    }
}
