package dev.isolint.core.internal.engine;

import dev.isolint.core.internal.adapter.plan.PlanAdapters;
import dev.isolint.core.internal.plan.PlanJsonReader;
import dev.isolint.core.internal.scan.DocumentReader;
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
        return new DocumentSession(new LazyReader(), context);
    }

    /**
     * The scan's plan reader, made when the first plan candidate arrives: building it (the adapters' types and paths
     * as a tree) is start-up time that a scan without plans — most one-file scans — need not pay (bench/README.md).
     */
    private static final class LazyReader implements DocumentReader {
        private PlanJsonReader reader;

        @Override
        public Outcome read(SourceFile file, ScanContext context) {
            return reader().read(file, context);
        }

        private synchronized PlanJsonReader reader() {
            if (reader == null) {
                reader = new PlanJsonReader(PlanAdapters.ALL);
            }
            return reader;
        }
    }
}
