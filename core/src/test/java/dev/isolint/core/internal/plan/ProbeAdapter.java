package dev.isolint.core.internal.plan;

import dev.isolint.core.api.ScanRequest;
import dev.isolint.core.internal.scan.DocumentReader;
import dev.isolint.core.internal.scan.ScanContext;
import dev.isolint.core.internal.source.SourceFile;
import dev.isolint.core.model.Resource;
import dev.isolint.core.model.ServiceResource;
import dev.isolint.core.model.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A test adapter that asks the plan reader for one path of some types and records what the view gives: the
 * value at the path, the actions, the resource facts. Reading a plan through probes shows what the reader keeps,
 * without any rule or typed record in between.
 */
final class ProbeAdapter implements PlanAdapter {

    /** What a probe saw of one planned instance. */
    record Probe(Resource resource, PlanPath path, Value<Boolean> value, List<String> actions, boolean replaces)
            implements ServiceResource {
        @Override
        public ServiceResource withResource(Resource replacement) {
            return new Probe(replacement, path, value, actions, replaces);
        }
    }

    private final Set<String> types;
    private final PlanPath path;

    ProbeAdapter(String path, String... types) {
        this.types = Set.of(types);
        this.path = PlanPath.parse(path);
    }

    @Override
    public Set<String> types() {
        return types;
    }

    @Override
    public List<PlanPath> paths() {
        return List.of(path);
    }

    @Override
    public ServiceResource adapt(PlanResource resource) {
        return new Probe(resource.resource(List.of()), path, resource.bool(path), resource.actions(), resource.replaces());
    }

    /** Reads {@code file} with {@code adapters}; no errors allowed. The probes in the reader's order. */
    static List<Probe> probes(SourceFile file, List<PlanAdapter> adapters) {
        ScanContext context = new ScanContext(ScanRequest.builder().workingDirectory(PlanFixtures.ROOT).build());
        DocumentReader.Outcome outcome = new PlanJsonReader(adapters).read(file, context);
        if (!context.errors().isEmpty()) {
            throw new AssertionError("errors reading " + file.path() + ": " + context.errors());
        }
        List<Probe> out = new ArrayList<>();
        for (ServiceResource r : outcome.models()) {
            out.add((Probe) r);
        }
        return out;
    }

    /** The probes of {@code file} by address (one adapter per type). */
    static Map<String, Probe> read(SourceFile file, List<PlanAdapter> adapters) {
        Map<String, Probe> out = new LinkedHashMap<>();
        for (Probe p : probes(file, adapters)) {
            if (out.put(p.resource().address(), p) != null) {
                throw new AssertionError("two probes for " + p.resource().address());
            }
        }
        return out;
    }
}
