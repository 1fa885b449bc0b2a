package dev.isolint.core.plan;

import dev.isolint.core.scan.DocumentReader;
import dev.isolint.core.scan.ScanContext;
import dev.isolint.core.source.SourceFile;

/** Reads {@code terraform show -json} output into SageMaker models, one per planned instance. */
public final class PlanJsonReader implements DocumentReader {

    @Override
    public Outcome read(SourceFile file, ScanContext context) {
        return Outcome.NOT_MINE;
    }
}
