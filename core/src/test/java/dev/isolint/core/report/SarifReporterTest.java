package dev.isolint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.isolint.core.Isolint;
import dev.isolint.core.api.ScanRequest;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.Scans;
import dev.isolint.core.api.UnknownPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What GitHub code scanning relies on in isolint's SARIF, beyond schema validity. */
class SarifReporterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode mixed() throws Exception {
        return JSON.readTree(Scans.render(new SarifReporter(), Scans.scan("testdata/golden/mixed/input"),
                Scans.options(UnknownPolicy.FAIL)));
    }

    @Test
    void ruleMetadataCarriesHelpAndSecuritySeverity() throws Exception {
        JsonNode rule = mixed().at("/runs/0/tool/driver/rules/0");
        assertThat(rule.get("id").asText()).isEqualTo("ISO001");
        assertThat(rule.get("name").asText()).isEqualTo("sagemaker-model-network-isolation");
        assertThat(rule.at("/properties/security-severity").asText()).isEqualTo("8.0");
        assertThat(rule.at("/properties/tags").toString()).contains("\"security\"");
        assertThat(rule.at("/defaultConfiguration/level").asText()).isEqualTo("error");
        assertThat(rule.at("/help/markdown").asText()).isEqualTo(RuleHelp.markdown(
                dev.isolint.core.rules.NetworkIsolationRule.METADATA)).contains("--enable-network-isolation");
    }

    @Test
    void oneResultPerFailAndUnknownWithLevelsPassOmitted() throws Exception {
        JsonNode results = mixed().at("/runs/0/results");
        List<String> rows = new ArrayList<>();
        results.forEach(r -> rows.add(r.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText() + " "
                + r.get("level").asText() + (r.has("suppressions") ? " " + r.at("/suppressions/0/kind").asText() : "")));
        assertThat(rows).containsExactly(
                "Model%With:Colon error",
                "InsecureModel error",
                "FromMissingParameter warning",
                "CommentSuppressed error inSource",
                "CommentWithoutReason error",
                "CheckovSkipped error inSource",
                "AcceptedInIgnoreFile error external",
                "ExpiredInIgnoreFile error",
                "MetadataSuppressed error inSource",
                "CheckovMetadataSuppressed error inSource");
    }

    @Test
    void locationsAreRelativeEncodedUrisUnderSrcroot() throws Exception {
        JsonNode first = mixed().at("/runs/0/results/0/locations/0/physicalLocation");
        assertThat(first.at("/artifactLocation/uri").asText())
                .isEqualTo("testdata/golden/mixed/input/odd%20names/team,a%20b.yaml");
        assertThat(first.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(first.at("/region/startLine").asInt()).isEqualTo(4);
        assertThat(first.at("/region/startColumn").asInt()).isEqualTo(3);
    }

    @Test
    void inputErrorsAreNotificationsAndExecutionIsNotSuccessful() throws Exception {
        JsonNode invocation = mixed().at("/runs/0/invocations/0");
        assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
        JsonNode first = invocation.at("/toolExecutionNotifications/0");
        assertThat(first.get("level").asText()).isEqualTo("error");
        assertThat(first.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("testdata/golden/mixed/input/broken.yaml");
        assertThat(invocation.get("toolExecutionNotifications")).hasSize(3); // 1 error, 2 notices
    }

    @Test
    void fingerprintsIgnoreLineShiftsButNotTheAddress(@TempDir Path dir) throws Exception {
        Path t = dir.resolve("t.yaml");
        Files.writeString(t, "Resources:\n  A:\n    Type: AWS::SageMaker::Model\n");
        String before = fingerprint(dir);
        Files.writeString(t, "Description: three\n# unrelated\n# lines\nResources:\n  A:\n    Type: AWS::SageMaker::Model\n");
        String shifted = fingerprint(dir);
        Files.writeString(t, "Resources:\n  B:\n    Type: AWS::SageMaker::Model\n");
        String renamed = fingerprint(dir);
        assertThat(shifted).isEqualTo(before).hasSize(32);
        assertThat(renamed).isNotEqualTo(before);
    }

    @Test
    void pathsOutsideTheWorkingDirectoryAreFileUris(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("t.yaml"), "Resources:\n  A:\n    Type: AWS::SageMaker::Model\n");
        JsonNode sarif = JSON.readTree(Scans.render(new SarifReporter(), Scans.scan(dir.toString()),
                Scans.options(UnknownPolicy.FAIL)));
        JsonNode loc = sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation");
        assertThat(loc.get("uri").asText()).startsWith("file:///").endsWith("/t.yaml");
        assertThat(loc.has("uriBaseId")).isFalse();
    }

    private static String fingerprint(Path dir) throws Exception {
        ScanResult r = Isolint.scan(ScanRequest.builder().workingDirectory(dir).today(Scans.TODAY).path(".").build());
        JsonNode sarif = JSON.readTree(Scans.render(new SarifReporter(), r,
                new Reporter.Options(new PathFormatter(dir), UnknownPolicy.FAIL, false, false, false)));
        return sarif.at("/runs/0/results/0/partialFingerprints").get(SarifReporter.FINGERPRINT).asText();
    }
}
