package dev.isolint.core.internal.plan;

import dev.isolint.core.model.Location;

/**
 * One SageMaker model instance from {@code planned_values} (or, when the plan has none for it, from
 * {@code resource_changes[].change.after}).
 *
 * @param address   the plan's address, exactly ({@code module.svc["x"].aws_sagemaker_model.m[0]})
 * @param type      {@code aws_sagemaker_model} or {@code awscc_sagemaker_model}
 * @param name      the resource name in its module
 * @param location  the opening brace of the resource object in the plan
 * @param isolation the planned {@code enable_network_isolation}, or {@code null} when the key is not in the values
 */
record PlannedResource(String address, String type, String name, Location location, PlanScalar isolation) {
}
