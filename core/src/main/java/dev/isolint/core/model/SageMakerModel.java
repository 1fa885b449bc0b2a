package dev.isolint.core.model;

import dev.isolint.core.model.Location;
import java.util.List;

/**
 * A SageMaker model as it would be deployed, whatever format it was written in. This is the
 * one model that rules are written against.
 *
 * @param type         the resource type as written ({@code AWS::SageMaker::Model}, {@code aws_sagemaker_model}, …)
 * @param address      logical id, Terraform configuration address, or plan address
 * @param format       the format it was read from
 * @param location     the line of the logical-id key / resource block / plan object
 * @param instances    what it yields; one entry when it is not repeated. Empty when a
 *                     {@code count}/{@code for_each} yields nothing: then {@code asWritten} is judged
 * @param asWritten    the attribute evaluated as written when there is no instance, else {@code null}
 * @param notes        facts the message should state (a replacement, a false resource condition)
 * @param context      evidence about the resource as a whole (its condition, its source block), shown first
 * @param suppressions suppressions written at the resource
 * @param callPath     the root module and module calls a Terraform block is reached through, part of the
 *                     result's identity (SPEC §5); {@code null} for CloudFormation and plan resources
 */
public record SageMakerModel(
        String type,
        String address,
        SourceFormat format,
        Location location,
        List<ModelInstance> instances,
        Value<Boolean> asWritten,
        List<String> notes,
        List<Evidence> context,
        List<InlineSuppression> suppressions,
        CallPath callPath) {

    public SageMakerModel {
        instances = List.copyOf(instances);
        notes = List.copyOf(notes);
        context = List.copyOf(context);
        suppressions = List.copyOf(suppressions);
        if (instances.isEmpty() && asWritten == null) {
            throw new IllegalArgumentException("a model without instances needs its as-written value: " + address);
        }
    }

    /** A model without a call path: CloudFormation and plan resources. */
    public SageMakerModel(String type, String address, SourceFormat format, Location location,
            List<ModelInstance> instances, Value<Boolean> asWritten, List<String> notes, List<Evidence> context,
            List<InlineSuppression> suppressions) {
        this(type, address, format, location, instances, asWritten, notes, context, suppressions, null);
    }

    /**
     * The call path when the block is reached through module calls, else {@code null}: where reports show
     * it to tell results apart (a header, a test name, a fingerprint).
     */
    public CallPath moduleCallPath() {
        return callPath != null && callPath.throughModules() ? callPath : null;
    }

    /** A model that yields exactly one instance (CloudFormation, a plan instance, a plain HCL block). */
    public static SageMakerModel single(String type, String address, SourceFormat format, Location location,
            Value<Boolean> isolation, List<String> notes, List<Evidence> context, List<InlineSuppression> suppressions) {
        return new SageMakerModel(type, address, format, location, List.of(new ModelInstance(null, isolation)),
                null, notes, context, suppressions);
    }
}
