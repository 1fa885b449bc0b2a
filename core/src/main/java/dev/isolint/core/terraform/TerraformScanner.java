package dev.isolint.core.terraform;

import dev.isolint.core.model.SageMakerModel;
import dev.isolint.core.scan.ScanContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Entry point of the Terraform configuration reader: from the Terraform files a scan met to one
 * SageMaker model per resource block per module call path (SPEC §4–5).
 */
public final class TerraformScanner {

    /**
     * What the Terraform part of a scan produced.
     *
     * @param files  Terraform files read
     * @param models SageMaker models found
     */
    public record Outcome(int files, List<SageMakerModel> models) {
        public Outcome {
            models = List.copyOf(models);
        }
    }

    private TerraformScanner() {
    }

    /**
     * Evaluates the Terraform configurations the scan met.
     *
     * @param files      every {@code .tf}, {@code .tf.json}, {@code .tfvars}, {@code .tfvars.json} file the walk found
     *                   (absolute, normalised)
     * @param namedRoots directories named on the command line (directly, or through a {@code .tf}/{@code .tfvars}
     *                   file in them): they are evaluated as roots even when another directory calls them
     * @param context    request, limits and the error/notice sink
     */
    public static Outcome scan(List<Path> files, Set<Path> namedRoots, ScanContext context) {
        return new Outcome(0, List.of());
    }
}
