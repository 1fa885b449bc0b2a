package dev.isolint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.isolint.core.Scans;
import dev.isolint.core.api.UnknownPolicy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The properties GitHub's "SARIF support for code scanning" page marks required, checked one by one on a real report
 * (every rule, suppressed and Terraform results), and the evidence shown as GitHub shows it: a code flow and related
 * locations linked from the message.
 */
class SarifGithubPropertiesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode rules() throws Exception {
        return JSON.readTree(Scans.render(new SarifReporter(), Scans.scan("testdata/golden/rules/input"),
                Scans.options(UnknownPolicy.FAIL)));
    }

    @Test
    void everyPropertyGithubRequiresIsPresent() throws Exception {
        JsonNode log = rules();
        List<String> missing = new ArrayList<>();
        require(log, "/version", missing);
        require(log, "/runs", missing);
        JsonNode run = log.at("/runs/0");
        require(run, "/tool/driver/name", missing);
        require(run, "/results", missing);
        for (JsonNode rule : run.at("/tool/driver/rules")) {
            for (String p : List.of("/id", "/shortDescription/text", "/fullDescription/text", "/help/text",
                    "/properties/security-severity")) {
                require(rule, p, missing);
            }
        }
        assertThat(run.at("/results").size()).isGreaterThan(3);
        for (JsonNode result : run.at("/results")) {
            for (String p : List.of("/ruleId", "/message/text", "/locations/0/physicalLocation/artifactLocation/uri",
                    "/locations/0/physicalLocation/region/startLine", "/locations/0/physicalLocation/region/startColumn",
                    "/locations/0/physicalLocation/region/endLine", "/locations/0/physicalLocation/region/endColumn",
                    "/partialFingerprints")) {
                require(result, p, missing);
            }
            for (JsonNode related : result.at("/relatedLocations")) {
                for (String p : List.of("/id", "/message/text", "/physicalLocation/region/startLine",
                        "/physicalLocation/region/endColumn")) {
                    require(related, p, missing);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void regionsSpanWhatTheParsersKnow() throws Exception {
        JsonNode results = rules().at("/runs/0/results");
        // A CloudFormation result covers its logical-id key; a Terraform one its whole resource block.
        JsonNode cfn = results.get(0).at("/locations/0/physicalLocation/region");
        assertThat(List.of(cfn.get("startLine").asInt(), cfn.get("startColumn").asInt(), cfn.get("endLine").asInt(),
                cfn.get("endColumn").asInt())).containsExactly(9, 3, 9, 14); // "DataQuality"
        JsonNode tf = null;
        for (JsonNode r : results) {
            if (r.at("/properties/format").asText().equals("terraform")) {
                tf = r.at("/locations/0/physicalLocation/region");
            }
        }
        assertThat(tf).isNotNull();
        assertThat(List.of(tf.get("startLine").asInt(), tf.get("endLine").asInt())).containsExactly(6, 11);
    }

    @Test
    void theEvidenceIsACodeFlowAndLinkedRelatedLocations() throws Exception {
        JsonNode result = rules().at("/runs/0/results/0");
        JsonNode steps = result.at("/codeFlows/0/threadFlows/0/locations");
        JsonNode related = result.at("/relatedLocations");
        assertThat(steps.size()).isEqualTo(2);
        assertThat(related.size()).isEqualTo(3); // the evidence, then the impact of the fix
        assertThat(steps.get(0).at("/location/message/text").asText()).isEqualTo("EnableNetworkIsolation: false");
        assertThat(related.get(1).get("id").asInt()).isEqualTo(2);
        assertThat(result.at("/message/text").asText()).isEqualTo(
                "SageMaker data quality job definition DataQuality has network isolation disabled\n"
                        + "Evidence: [EnableNetworkIsolation: false](1) → [NetworkConfig.EnableNetworkIsolation = false](2)\n"
                        + "Impact of the fix: [updated: NamedSchedule (AWS::SageMaker::MonitoringSchedule)](3)");
        assertThat(related.get(2).at("/message/text").asText())
                .isEqualTo("updated: NamedSchedule (AWS::SageMaker::MonitoringSchedule)");
    }

    @Test
    void bracketsInMessagesAreEscapedSoOnlyEvidenceLinks() {
        assertThat(SarifReporter.escape("module.fleet[\"b\"] a\\b")).isEqualTo("module.fleet\\[\"b\"\\] a\\\\b");
    }

    private static void require(JsonNode node, String pointer, List<String> missing) {
        if (node.at(pointer).isMissingNode() || node.at(pointer).isNull()) {
            missing.add(pointer + " in " + node.toString().substring(0, Math.min(120, node.toString().length())));
        }
    }
}
