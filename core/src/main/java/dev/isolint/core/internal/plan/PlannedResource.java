package dev.isolint.core.internal.plan;

import dev.isolint.core.model.Range;

/**
 * One kept resource instance from {@code planned_values} (or, when the plan has none for it, from
 * {@code resource_changes[].change.after}).
 *
 * @param address  the plan's address, exactly ({@code module.svc["x"].aws_sagemaker_model.m[0]})
 * @param type     the resource type
 * @param name     the resource name in its module
 * @param location the opening brace of the resource object in the plan
 * @param values   the planned value at each kept path, numbered as {@link PlanSelection#paths}; {@code null} where
 *                 the values do not have it (nor the object or list that would hold it)
 */
record PlannedResource(String address, String type, String name, Range location, PlanScalar[] values) {
}
