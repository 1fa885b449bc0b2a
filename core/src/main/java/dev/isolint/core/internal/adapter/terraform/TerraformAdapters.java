package dev.isolint.core.internal.adapter.terraform;

import dev.isolint.core.internal.terraform.module.TerraformAdapter;
import java.util.List;

/** The registered Terraform adapters: adding a resource type is one adapter class and one line here. */
public final class TerraformAdapters {

    /** Every Terraform adapter, in the order their records are made for a block. */
    public static final List<TerraformAdapter> ALL = List.of(new SageMakerModelAdapter());

    private TerraformAdapters() {
    }
}
