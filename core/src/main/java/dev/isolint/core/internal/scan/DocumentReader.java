package dev.isolint.core.internal.scan;

import dev.isolint.core.model.ServiceResource;
import dev.isolint.core.internal.source.SourceFile;
import java.util.List;

/** Reads one self-contained document (a template, a plan) into SageMaker models. */
public interface DocumentReader {

    /**
     * What a document turned out to be.
     *
     * @param recognised true when the file is an input of this reader's format (counts as a scanned file)
     * @param models     the SageMaker models it declares
     */
    record Outcome(boolean recognised, List<ServiceResource> models) {
        public static final Outcome NOT_MINE = new Outcome(false, List.of());

        public Outcome {
            models = List.copyOf(models);
        }
    }

    /**
     * Reads {@code file}. Problems are reported to {@code context} as errors with file and line;
     * this method never throws for bad input.
     */
    Outcome read(SourceFile file, ScanContext context);
}
