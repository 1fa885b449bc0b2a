package dev.isolint.core.rules;

import dev.isolint.core.model.MonitoringSchedule;
import dev.isolint.core.model.Setting;
import dev.isolint.core.rule.RuleMetadata;
import dev.isolint.core.rule.Severity;
import java.util.List;

/**
 * ISO006: a monitoring schedule that embeds its job definition must enable network isolation in it. A schedule that
 * names a definition is not judged here: that definition is judged by its own rule.
 */
public final class MonitoringScheduleIsolationRule extends IsolationRule<MonitoringSchedule> {

    public static final RuleMetadata METADATA = new RuleMetadata(
            "ISO006",
            "sagemaker-monitoring-schedule-network-isolation",
            "SageMaker monitoring schedule without network isolation",
            "SageMaker monitoring schedules that embed their job definition must enable network isolation in it so"
                    + " the monitoring container cannot send captured inference data out.",
            Severity.HIGH,
            "8.0",
            List.of(),
            "/dev/isolint/core/rules/ISO006.md",
            "SageMaker monitoring schedule",
            "monitoring schedule",
            "Amazon SageMaker monitoring schedules whose embedded job definition runs without network isolation",
            "without proven network isolation",
            List.of("security", "aws", "sagemaker", "model-monitor", "network-isolation"),
            new RuleMetadata.Fix("MonitoringJobDefinition.NetworkConfig.EnableNetworkIsolation: true",
                    "enable_network_isolation = true in monitoring_job_definition.network_config",
                    "the monitoring schedule", "Enable network isolation"));

    public MonitoringScheduleIsolationRule() {
        super(METADATA, MonitoringSchedule.class);
    }

    /** Only a schedule that embeds its definition: one that names a definition is no result of its own. */
    @Override
    public boolean judges(MonitoringSchedule schedule) {
        return schedule.embedsDefinition();
    }

    @Override
    protected Setting<Boolean> isolation(MonitoringSchedule schedule) {
        return schedule.networkIsolation();
    }
}
