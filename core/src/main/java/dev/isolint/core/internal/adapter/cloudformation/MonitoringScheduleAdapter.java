package dev.isolint.core.internal.adapter.cloudformation;

import dev.isolint.core.internal.cloudformation.CloudFormationAdapter;
import dev.isolint.core.internal.cloudformation.CloudFormationResource;
import dev.isolint.core.model.MonitoringSchedule;
import dev.isolint.core.model.ServiceResource;
import dev.isolint.core.model.Setting;
import java.util.List;

/**
 * {@code AWS::SageMaker::MonitoringSchedule} → {@link MonitoringSchedule}: judged when it embeds its job definition
 * ({@code MonitoringScheduleConfig.MonitoringJobDefinition}); otherwise it names one
 * ({@code MonitoringScheduleConfig.MonitoringJobDefinitionName}), which the fix of that definition updates.
 */
final class MonitoringScheduleAdapter implements CloudFormationAdapter {

    private static final String DEFINITION = "MonitoringScheduleConfig.MonitoringJobDefinition";
    private static final String ISOLATION = DEFINITION + ".NetworkConfig.EnableNetworkIsolation";

    @Override
    public List<String> types() {
        return List.of("AWS::SageMaker::MonitoringSchedule");
    }

    @Override
    public ServiceResource adapt(CloudFormationResource schedule) {
        if (!schedule.isSet(DEFINITION)) {
            return new MonitoringSchedule(schedule.resource("monitoring schedule"), null,
                    schedule.references(DEFINITION + "Name"));
        }
        return new MonitoringSchedule(schedule.resource("monitoring schedule"),
                Setting.single(schedule.booleanProperty(ISOLATION, false)), List.of());
    }

    @Override
    public String settingPath() {
        return ISOLATION;
    }
}
