package dev.isolint.core.internal.cloudformation;

import dev.isolint.core.api.ScanRequest;
import dev.isolint.core.internal.scan.DocumentReader;
import dev.isolint.core.internal.scan.ScanContext;
import dev.isolint.core.internal.source.SourceFile;
import dev.isolint.core.model.Resource;
import dev.isolint.core.model.ServiceResource;
import dev.isolint.core.model.Value;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Test helpers: read a template through a {@link CloudFormationReader} session whose one adapter evaluates a boolean
 * property path of every {@code Test::Probe} resource, so the view is tested without any service's adapter.
 */
final class Probes {

    static final String TYPE = "Test::Probe";
    /** Where the probed templates claim to be; nothing is read from there. */
    static final Path FILE = Path.of("/work/probe/t.yaml").toAbsolutePath();

    private Probes() {
    }

    /** What the probe adapter made of one resource. */
    record Probe(Resource resource, Value<Boolean> value) implements ServiceResource {
        @Override
        public ServiceResource withResource(Resource replacement) {
            return new Probe(replacement, value);
        }
    }

    /** Evaluates {@code path} (service default false) in every resource of type {@link #TYPE}. */
    static final class Adapter implements CloudFormationAdapter {
        private final String path;
        final List<CloudFormationResource> seen = new ArrayList<>();

        Adapter(String path) {
            this.path = path;
        }

        @Override
        public List<String> types() {
            return List.of(TYPE);
        }

        @Override
        public ServiceResource adapt(CloudFormationResource resource) {
            seen.add(resource);
            return new Probe(resource.resource("probe"), resource.booleanProperty(path, false));
        }

        @Override
        public String settingPath() {
            return path;
        }
    }

    static ScanContext context(Map<String, String> parameters) {
        ScanRequest.Builder b = ScanRequest.builder().workingDirectory(FILE.getParent());
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            b.parameter(e.getKey(), e.getValue());
        }
        return new ScanContext(b.build());
    }

    /** Reads {@code template}; fails on any error, so a test never passes on a template that did not parse. */
    static DocumentReader.Outcome read(String template, List<CloudFormationAdapter> adapters) {
        ScanContext context = context(Map.of());
        DocumentReader.Outcome outcome = CloudFormationReader.session(context, adapters)
                .read(SourceFile.of(FILE, template.getBytes(StandardCharsets.UTF_8)));
        if (!context.errors().isEmpty() || !outcome.recognised()) {
            throw new AssertionError("not read as a template: " + context.errors() + "\n" + template);
        }
        return outcome;
    }

    /** The probes of {@code template}'s {@code Test::Probe} resources for {@code path}, in document order. */
    static List<Probe> probe(String template, String path) {
        List<Probe> out = new ArrayList<>();
        for (ServiceResource r : read(template, List.of(new Adapter(path))).models()) {
            out.add((Probe) r);
        }
        return out;
    }

    /** The value of {@code path} in the one {@code Test::Probe} resource of {@code template}. */
    static Value<Boolean> value(String template, String path) {
        List<Probe> probes = probe(template, path);
        if (probes.size() != 1) {
            throw new AssertionError("expected one probe, got " + probes);
        }
        return probes.get(0).value();
    }

    /** Each evidence step as {@code line note}. */
    static List<String> steps(Value<?> v) {
        List<String> out = new ArrayList<>();
        for (var e : v.evidence()) {
            out.add(e.location().line() + " " + e.note());
        }
        return out;
    }
}
