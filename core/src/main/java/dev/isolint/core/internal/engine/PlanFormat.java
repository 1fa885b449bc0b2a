package dev.isolint.core.internal.engine;

import dev.isolint.core.internal.adapter.plan.PlanAdapters;
import dev.isolint.core.internal.plan.PlanJsonReader;
import dev.isolint.core.internal.scan.FormatDetector;
import dev.isolint.core.internal.scan.ScanContext;
import dev.isolint.core.internal.source.SourceFile;
import java.nio.file.Path;

/**
 * Terraform plan JSON ({@code terraform show -json}): sniffed by its keys ({@code format_version} with
 * {@code planned_values} or {@code resource_changes}), in the bytes of a large file so that a large plan is
 * never decoded just to be recognised. Registered before templates: a plan's strings may hold a template.
 */
final class PlanFormat implements InputFormat {

    @Override
    public boolean sniffsName(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().regionMatches(true, name.toString().length() - 5, ".json", 0, 5);
    }

    @Override
    public boolean sniff(SourceFile file) {
        return FormatDetector.isPlanCandidate(file);
    }

    @Override
    public Session open(ScanContext context) {
        return new DocumentSession(new PlanJsonReader(PlanAdapters.ALL), context);
    }
}
