package dev.isolint.core.internal.engine;

import dev.isolint.core.internal.scan.DocumentReader;
import dev.isolint.core.internal.scan.ScanContext;
import dev.isolint.core.internal.source.SourceFile;
import dev.isolint.core.model.ServiceResource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A session of a format of self-contained documents (templates, plans): each sniffed candidate is read on its
 * own, possibly on several threads at once; the ones the reader recognises are counted and their records kept.
 */
class DocumentSession implements InputFormat.Session {

    private final DocumentReader reader;
    private final ScanContext context;
    private final AtomicInteger files = new AtomicInteger();
    private final List<ServiceResource> records = new ArrayList<>();

    /** A session of one scan ({@code context}) reading with {@code reader}, which is this scan's alone. */
    DocumentSession(DocumentReader reader, ScanContext context) {
        this.reader = reader;
        this.context = context;
    }

    /** The records of every document, once all are read; as they are unless the format links documents. */
    List<ServiceResource> finish(List<ServiceResource> all) {
        return all;
    }

    @Override
    public final boolean read(SourceFile file) {
        DocumentReader.Outcome outcome = reader.read(file, context);
        if (!outcome.recognised()) {
            return false;
        }
        files.incrementAndGet();
        synchronized (records) {
            records.addAll(outcome.models());
        }
        return true;
    }

    @Override
    public final InputFormat.Finished finish() {
        List<ServiceResource> all;
        synchronized (records) {
            all = new ArrayList<>(records);
        }
        return new InputFormat.Finished(files.get(), finish(all));
    }
}
