package dev.isolint.core.model;

import java.util.List;

/**
 * What every input format knows of a resource, whatever service it belongs to: the part of a typed record
 * ({@link ServiceResource}) that reports, suppressions and the engine read. Rules read the typed record.
 *
 * @param type         the resource type as written ({@code AWS::SageMaker::Model}, {@code aws_sagemaker_model}, …)
 * @param address      logical id ({@code Parent/Child} in nested stacks), Terraform configuration address, or plan address
 * @param callPath     the root module and module calls a Terraform block is reached through, part of the result's
 *                     identity (SPEC §5); {@code null} for CloudFormation and plan resources
 * @param format       the format it was read from
 * @param location     the line of the logical-id key / resource block / plan object
 * @param notes        facts a finding's message states (a replacement, a false resource condition)
 * @param context      evidence about the resource as a whole (its condition, its source block), shown first
 * @param suppressions suppressions written at the resource
 */
public record Resource(
        String type,
        String address,
        CallPath callPath,
        SourceFormat format,
        Range location,
        List<String> notes,
        List<Evidence> context,
        List<InlineSuppression> suppressions) {

    public Resource {
        notes = List.copyOf(notes);
        context = List.copyOf(context);
        suppressions = List.copyOf(suppressions);
    }

    /**
     * The call path when the block is reached through module calls, else {@code null}: where reports show
     * it to tell results apart (a header, a test name, a fingerprint).
     */
    public CallPath moduleCallPath() {
        return callPath != null && callPath.throughModules() ? callPath : null;
    }

    /** The same resource under another address (a nested stack's models are addressed {@code Parent/Child}). */
    public Resource withAddress(String newAddress) {
        return new Resource(type, newAddress, callPath, format, location, notes, context, suppressions);
    }
}
