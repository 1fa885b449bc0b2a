package dev.isolint.core.internal.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.isolint.core.Isolint;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.Scans;
import dev.isolint.core.api.UnknownPolicy;
import dev.isolint.core.report.GithubReporter;
import dev.isolint.core.report.JsonReporter;
import dev.isolint.core.report.JunitReporter;
import dev.isolint.core.report.SarifReporter;
import dev.isolint.core.report.TextReporter;
import dev.isolint.core.rule.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One module, several callers (SPEC §5): {@code testdata/terraform/call-paths} calls {@code modules/ml} from
 * two roots, and twice from one. Every caller is a result of its own, and no report may merge two of them.
 */
class CallPathTest {

    private static final String CASE = "testdata/terraform/call-paths";
    private static final String MODULE = CASE + "/modules/ml/main.tf";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ScanResult scan() {
        return Scans.scan(CASE);
    }

    private static String render(dev.isolint.core.report.Reporter reporter, ScanResult r) {
        return Scans.render(reporter, r, Scans.options(UnknownPolicy.FAIL));
    }

    @Test
    void theJsonReportGivesEachCallerItsCallPath() throws Exception {
        JsonNode results = JSON.readTree(render(new JsonReporter(), scan())).get("results");
        List<String> rows = new ArrayList<>();
        for (JsonNode r : results) {
            rows.add(r.at("/location/file").asText() + " " + r.at("/resource/address").asText() + " | "
                    + r.at("/resource/callPath").asText());
        }
        assertThat(rows).containsExactly(
                CASE + "/envs/dev/main.tf aws_sagemaker_model.local | " + CASE + "/envs/dev",
                MODULE + " module.ml.aws_sagemaker_model.this | " + CASE + "/envs/dev/main.tf: module.ml",
                MODULE + " module.ml.aws_sagemaker_model.this | " + CASE + "/envs/prod/main.tf: module.ml",
                MODULE + " module.ml_canary.aws_sagemaker_model.this | " + CASE + "/envs/dev/main.tf: module.ml_canary",
                MODULE + " module.stack.module.ml.aws_sagemaker_model.this | "
                        + CASE + "/envs/prod/stack.tf: module.stack.module.ml");
    }

    @Test
    void cloudFormationAndPlanResultsHaveANullCallPath() throws Exception {
        for (String input : List.of("testdata/examples/cloudformation/ml-stack.yaml", "testdata/examples/plan/plan.json")) {
            JsonNode results = JSON.readTree(render(new JsonReporter(), Scans.scan(input))).get("results");
            assertThat(results).as(input).isNotEmpty();
            for (JsonNode r : results) {
                assertThat(r.get("resource").has("callPath")).as(input).isTrue();
                assertThat(r.at("/resource/callPath").isNull()).as(input).isTrue();
            }
        }
    }

    @Test
    void sarifFingerprintsTellEveryCallerApart() throws Exception {
        JsonNode results = JSON.readTree(render(new SarifReporter(), scan())).at("/runs/0/results");
        Set<String> fingerprints = new LinkedHashSet<>();
        for (JsonNode r : results) {
            fingerprints.add(r.at("/partialFingerprints/isolint~1v1").asText());
        }
        assertThat(results).hasSize(5);
        assertThat(fingerprints).hasSize(5);
        JsonNode first = results.get(1);
        assertThat(first.at("/properties/callPath").asText()).isEqualTo(CASE + "/envs/dev/main.tf: module.ml");
        assertThat(first.at("/message/text").asText()).contains("(call path " + CASE + "/envs/dev/main.tf: module.ml)");
    }

    @Test
    void fingerprintsOfResultsOutsideModulesStayAsTheyWere() throws Exception {
        // Rule, file and address, as before call paths existed: their code-scanning alerts keep their history.
        for (String input : List.of("testdata/examples/cloudformation/ml-stack.yaml", "testdata/examples/plan/plan.json",
                CASE + "/envs/dev/main.tf")) {
            JsonNode results = JSON.readTree(render(new SarifReporter(), Scans.scan(input))).at("/runs/0/results");
            assertThat(results).as(input).isNotEmpty();
            for (JsonNode r : results) {
                String file = r.at("/locations/0/physicalLocation/artifactLocation/uri").asText();
                String address = r.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText();
                if (address.startsWith("module.")) {
                    continue;
                }
                assertThat(r.at("/partialFingerprints/isolint~1v1").asText()).as(input + " " + address)
                        .isEqualTo(sha256Prefix(r.get("ruleId").asText() + "\u0000" + file + "\u0000" + address));
            }
        }
    }

    @Test
    void textHeadersTellEveryCallerApart() {
        String text = render(new TextReporter(), scan());
        List<String> headers = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.contains("  FAIL  ISO001  ")) {
                headers.add(line);
            }
        }
        assertThat(headers).hasSize(5).doesNotHaveDuplicates();
        assertThat(headers).contains("  5:1  FAIL  ISO001  module.ml.aws_sagemaker_model.this  (call path "
                + CASE + "/envs/prod/main.tf: module.ml)");
        // A model of the root module itself: its root is the file's own directory, nothing to add.
        assertThat(headers).contains("  11:1  FAIL  ISO001  aws_sagemaker_model.local");
    }

    @Test
    void junitTestcasesAndGithubAnnotationsDoNotCollide() {
        ScanResult r = scan();
        List<String> testcases = new ArrayList<>();
        for (String line : render(new JunitReporter(), r).split("\n")) {
            if (line.contains("<testcase ")) {
                testcases.add(line.substring(line.indexOf("name="), line.indexOf(" classname=")));
            }
        }
        assertThat(testcases).hasSize(5).doesNotHaveDuplicates()
                .contains("name=\"ISO001 module.ml.aws_sagemaker_model.this (call path " + CASE
                        + "/envs/prod/main.tf: module.ml)\"");
        List<String> annotations = new ArrayList<>();
        for (String line : render(new GithubReporter(), r).split("\n")) {
            if (line.startsWith("::error ")) {
                annotations.add(line.substring(0, line.indexOf("%0A")));
            }
        }
        assertThat(annotations).hasSize(5).doesNotHaveDuplicates();
    }

    @Test
    void anIgnoreEntryWithACallPathSuppressesOnlyThatCaller() throws Exception {
        ScanResult r = Isolint.scan(Scans.request(CASE).ignoreFile(Path.of(CASE, "prod-only.isolint-ignore.yml")).build());
        assertThat(r.errors()).isEmpty();
        List<String> suppressed = new ArrayList<>();
        for (Finding f : r.findings()) {
            if (f.suppressed()) {
                suppressed.add(f.resource().address() + " " + f.suppression().reason());
            }
        }
        assertThat(suppressed).containsExactly(
                "module.ml.aws_sagemaker_model.this prod's model is replaced in Q3 (ML-7); dev's is not accepted");
        assertThat(r.exitCode(UnknownPolicy.FAIL).code()).isEqualTo(1);
        for (JsonNode j : JSON.readTree(render(new JsonReporter(), r)).get("results")) {
            boolean prodMl = j.at("/resource/callPath").asText().equals(CASE + "/envs/prod/main.tf: module.ml");
            assertThat(j.get("suppressed").asBoolean()).as(j.at("/resource/callPath").asText()).isEqualTo(prodMl);
        }
    }

    @Test
    void anInlineSuppressionInTheModuleCoversEveryCaller(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("modules/ml"));
        Files.writeString(dir.resolve("modules/ml/main.tf"), """
                # isolint:ignore ISO001 written in the module, so accepted for every caller (ML-9)
                resource "aws_sagemaker_model" "this" {
                  enable_network_isolation = false
                }
                """);
        for (String root : List.of("prod", "dev")) {
            Files.createDirectories(dir.resolve("envs/" + root));
            Files.writeString(dir.resolve("envs/" + root + "/main.tf"), """
                    module "a" {
                      source = "../../modules/ml"
                    }
                    module "b" {
                      source = "../../modules/ml"
                    }
                    """);
        }
        ScanResult r = Scans.scan(dir);
        assertThat(r.findings()).hasSize(4).allSatisfy(f -> assertThat(f.suppressed()).isTrue());
        assertThat(r.exitCode(UnknownPolicy.FAIL).code()).isZero();
    }

    private static String sha256Prefix(String key) throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash, 0, 16);
    }
}
