package dev.isolint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.Scans;
import dev.isolint.core.api.UnknownPolicy;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * isolint's SARIF validates against the official SARIF 2.1.0 schema (see
 * {@code src/test/resources/sarif/SOURCE.md}): for the mixed golden case, a clean run, a run with
 * input errors, and the checked-in golden file itself.
 */
class SarifSchemaTest {

    private static JsonSchema schema;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = SarifSchemaTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
    }

    @Test
    void theSchemaItselfRejectsABrokenLog() throws Exception {
        JsonNode broken = JSON.readTree("{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {}}]}");
        assertThat(schema.validate(broken)).isNotEmpty();
    }

    @Test
    void theMixedGoldenCaseIsValid() throws Exception {
        String sarif = Scans.render(new SarifReporter(), Scans.scan("testdata/golden/mixed/input"),
                Scans.options(UnknownPolicy.FAIL));
        assertValid(sarif);
    }

    @Test
    void theCheckedInGoldenFileIsValid() throws Exception {
        assertValid(Files.readString(Scans.ROOT.resolve("testdata/golden/mixed/expected/report.sarif")));
    }

    @Test
    void aCleanRunAndARunWithOnlyErrorsAreValid(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("ok.yaml"), "Resources:\n  M:\n    Type: AWS::SageMaker::Model\n"
                + "    Properties:\n      EnableNetworkIsolation: true\n");
        Files.writeString(dir.resolve("bad.yaml"), "AWSTemplateFormatVersion: '2010-09-09'\nResources: [\n");
        ScanResult clean = Scans.scan(dir.resolve("ok.yaml").toString());
        ScanResult errors = Scans.scan(dir.resolve("bad.yaml").toString());
        assertValid(Scans.render(new SarifReporter(), clean, Scans.options(UnknownPolicy.FAIL)));
        assertValid(Scans.render(new SarifReporter(), errors, Scans.options(UnknownPolicy.FAIL)));
        assertThat(JSON.readTree(Scans.render(new SarifReporter(), clean, Scans.options(UnknownPolicy.FAIL)))
                .at("/runs/0/results")).isEmpty();
    }

    private static void assertValid(String sarif) throws Exception {
        Set<ValidationMessage> problems = schema.validate(JSON.readTree(sarif));
        assertThat(problems).as("schema violations").isEmpty();
        assertThat(List.of(JSON.readTree(sarif).get("version").asText())).containsExactly("2.1.0");
    }
}
