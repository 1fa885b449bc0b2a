package dev.isolint.core.model;

/**
 * A SageMaker monitoring schedule that embeds its job definition ({@code MonitoringScheduleConfig.MonitoringJobDefinition}
 * in {@code AWS::SageMaker::MonitoringSchedule}, {@code awscc_sagemaker_monitoring_schedule}). A schedule that only
 * names a job definition is no record of its own: the named definition is judged by its own rule (SPEC §3).
 *
 * @param resource         the format-independent facts
 * @param networkIsolation the embedded definition's {@code NetworkConfig.EnableNetworkIsolation}, in the instances
 *                         that embed one
 */
public record MonitoringSchedule(Resource resource, Setting<Boolean> networkIsolation) implements ServiceResource {

    @Override
    public MonitoringSchedule withResource(Resource replacement) {
        return new MonitoringSchedule(replacement, networkIsolation);
    }
}
