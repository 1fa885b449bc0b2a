package dev.isolint.core.internal.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isolint.core.Scans;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.internal.adapter.cloudformation.CloudFormationAdapters;
import dev.isolint.core.internal.engine.ScanEngine;
import dev.isolint.core.internal.scan.ScanContext;
import dev.isolint.core.internal.source.SourceFile;
import dev.isolint.core.model.SageMakerModel;
import dev.isolint.core.model.ServiceResource;
import dev.isolint.core.model.Value;
import dev.isolint.core.rule.Finding;
import dev.isolint.core.rule.Verdict;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Nothing of one scan's templates outlives it: parameter values and nested-stack links belong to its session. */
class CloudFormationSessionTest {

    /** FromParameter: EnableNetworkIsolation: !Ref Isolate (Default "false"); ProdOnlyIsolation: !If [IsProd, …]. */
    private static final Path CONDITIONS = Scans.ROOT.resolve("testdata/cloudformation/conditions.yaml");

    @Test
    void oneEngineGivesEachScanItsOwnParameterValues() {
        String t = CONDITIONS.toString();
        ScanEngine engine = new ScanEngine();
        // A reused engine used to carry the first scan's Isolate=true into the next (PASS where a fresh one says FAIL).
        assertThat(verdict(engine.scan(Scans.request(t).parameter("Isolate", "true").build()))).isEqualTo(Verdict.PASS);
        assertThat(verdict(engine.scan(Scans.request(t).build()))).isEqualTo(Verdict.FAIL);
        assertThat(verdict(engine.scan(Scans.request(t).parameter("Isolate", "false").build()))).isEqualTo(Verdict.FAIL);
        assertThat(verdict(engine.scan(Scans.request(t).parameter("Isolate", "true").build()))).isEqualTo(Verdict.PASS);
    }

    @Test
    void oneEngineGivesEachScanItsOwnNestedStacks() {
        Path nested = Scans.ROOT.resolve("testdata/cloudformation/nested");
        ScanEngine engine = new ScanEngine();
        ScanResult whole = engine.scan(Scans.request(nested.toString()).build());
        assertThat(whole.findings()).extracting(f -> f.resource().address()).contains("Serving/ServingModel");
        // The child alone: no parent in this scan, so no Parent/ prefix learnt from the scan before.
        ScanResult child = engine.scan(Scans.request(nested.resolve("serving.yaml").toString()).build());
        assertThat(child.findings()).extracting(f -> f.resource().address()).containsExactly("ServingModel");
    }

    @Test
    void sessionsOfTheSameAdaptersShareNothing() throws IOException {
        SourceFile file = SourceFile.read(CONDITIONS);
        ScanContext isolated = Probes.context(Map.of("Isolate", "true"));
        ScanContext plain = Probes.context(Map.of());
        CloudFormationReader.Session first = CloudFormationReader.session(isolated, CloudFormationAdapters.ALL);
        CloudFormationReader.Session second = CloudFormationReader.session(plain, CloudFormationAdapters.ALL);
        assertThat(isolation(first.read(file).models())).isEqualTo("true");
        assertThat(isolation(second.read(file).models())).isEqualTo("false");
        assertThat(isolation(first.read(file).models())).isEqualTo("true");
    }

    private static Verdict verdict(ScanResult r) {
        assertThat(r.errors()).isEmpty();
        Finding f = Scans.finding(r, "FromParameter");
        return f.verdict();
    }

    /** FromParameter's EnableNetworkIsolation as the session read it. */
    private static String isolation(List<ServiceResource> records) {
        for (ServiceResource r : records) {
            if (r.resource().address().equals("FromParameter")) {
                Value<Boolean> value = ((SageMakerModel) r).networkIsolation().instances().get(0).value();
                return value instanceof Value.Known<Boolean> k ? String.valueOf(k.value()) : value.toString();
            }
        }
        throw new AssertionError("no FromParameter in " + records);
    }
}
