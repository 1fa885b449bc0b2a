package dev.isolint.core.model;

import java.util.List;

/**
 * A SageMaker monitoring schedule ({@code AWS::SageMaker::MonitoringSchedule}, {@code aws_sagemaker_monitoring_schedule},
 * {@code awscc_sagemaker_monitoring_schedule}). One that embeds its job definition
 * ({@code MonitoringScheduleConfig.MonitoringJobDefinition}) is judged on it (ISO006); one that names a job definition
 * is not judged (the named definition is, by its own rule, SPEC §3) but uses that definition: a fix that replaces the
 * definition updates the schedule (SPEC §12).
 *
 * @param resource         the format-independent facts
 * @param networkIsolation the embedded definition's {@code NetworkConfig.EnableNetworkIsolation}, in the instances
 *                         that embed one; {@code null} when no instance embeds one
 * @param jobDefinitions   the job definitions it names ({@code MonitoringJobDefinitionName}); empty when it embeds one
 */
public record MonitoringSchedule(Resource resource, Setting<Boolean> networkIsolation, List<Reference> jobDefinitions)
        implements ServiceResource {

    public MonitoringSchedule {
        jobDefinitions = List.copyOf(jobDefinitions);
    }

    /** Whether it embeds its job definition in at least one instance, and so is judged by ISO006. */
    public boolean embedsDefinition() {
        return networkIsolation != null;
    }

    @Override
    public MonitoringSchedule withResource(Resource replacement) {
        return new MonitoringSchedule(replacement, networkIsolation, jobDefinitions);
    }
}
