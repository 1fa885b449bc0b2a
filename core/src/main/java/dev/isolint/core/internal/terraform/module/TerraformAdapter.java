package dev.isolint.core.internal.terraform.module;

import dev.isolint.core.model.ServiceResource;
import java.util.List;

/**
 * Makes the typed record of one service (e.g. a SageMaker model) of a Terraform resource block: which resource
 * types it claims, and which attribute paths of the {@link TerraformResource} view it reads. The configuration
 * reader keeps only the blocks of claimed types.
 *
 * <p>{@link #adapt} may be called more than once for one view as module instances add to it (the reader
 * evaluates in configuration order); it must only read the view.
 */
public interface TerraformAdapter {

    /** The resource types it adapts ({@code aws_sagemaker_model}, …). */
    List<String> types();

    /**
     * The record of {@code resource}, one block reached through one call path, with all its instances; {@code null}
     * when the block is no record of this adapter's (a monitoring schedule that only names its job definition).
     */
    ServiceResource adapt(TerraformResource resource);

    /**
     * Where the record's setting is written in a block of {@code type} (one of {@link #types()}): what
     * {@code isolint fix} sets to {@code true}. The adapter reads the same path, so it is said once. {@code null} for
     * an adapter of resources that are judged by no rule (an endpoint configuration, read for the impact of a fix).
     */
    default TerraformPath settingPath(String type) {
        return null;
    }
}
