package dev.isolint.core.internal.plan;

import dev.isolint.core.model.ServiceResource;
import java.util.List;
import java.util.Set;

/**
 * Turns planned resources of some types into typed records (docs/architecture.md, "Adapters"). The plan reader
 * keeps only the types adapters name and, of each, only the attribute paths they name; everything else of the
 * plan streams by unread.
 */
public interface PlanAdapter {

    /** The resource types this adapter turns into records ({@code aws_sagemaker_model}, …). */
    Set<String> types();

    /** The attribute paths it reads with {@link PlanResource#bool(PlanPath)}; the reader keeps nothing else. */
    List<PlanPath> paths();

    /**
     * The record for one planned instance of one of {@link #types()}, or {@code null} when this instance is not
     * judged by this adapter's rules.
     */
    ServiceResource adapt(PlanResource resource);
}
