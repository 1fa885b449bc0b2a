package dev.isolint.core.internal.impact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.isolint.core.Scans;
import dev.isolint.core.api.UnknownPolicy;
import dev.isolint.core.report.JsonReporter;
import dev.isolint.core.report.SarifReporter;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.model.Impact;
import dev.isolint.core.rule.Finding;
import dev.isolint.core.rule.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What each fix replaces or updates, and its hazards (SPEC §12), on the example projects under
 * {@code testdata/impact}: CloudFormation YAML and JSON, a Terraform model and endpoint in two modules wired through
 * outputs, and the plan real Terraform made of it.
 */
class ImpactTest {

    private static final ScanResult CLOUDFORMATION = Scans.scan("testdata/impact/cloudformation");
    private static final ScanResult TERRAFORM = Scans.scan("testdata/impact/terraform");
    private static final ScanResult PLAN = Scans.scan("testdata/impact/plan");

    /** {@code effect address} per entry, {@code ?} after the effect when it only may use the resource. */
    private static List<String> entries(Finding f) {
        List<String> out = new ArrayList<>();
        for (Impact.Entry e : f.impact().entries()) {
            out.add(e.effect().id() + (e.certain() ? "" : "?") + " " + e.address());
        }
        return out;
    }

    private static List<String> hazardKinds(Finding f) {
        List<String> out = new ArrayList<>();
        for (Impact.Hazard h : f.impact().hazards()) {
            out.add(h.kind().id());
        }
        return out;
    }

    @Test
    void aCloudFormationModelsFixReplacesItsConfigurationAndUpdatesTheEndpointAndComponent() {
        Finding fraud = Scans.finding(CLOUDFORMATION, "FraudModel");
        assertThat(fraud.verdict()).isEqualTo(Verdict.FAIL);
        // !GetAtt FraudModel.ModelName, then the endpoint on that configuration, and the component by literal name.
        assertThat(entries(fraud)).containsExactly("replaced FraudConfig", "updated FraudEndpoint",
                "updated FraudComponent");
        assertThat(Scans.finding(CLOUDFORMATION, "RankingModel").impact().entries())
                .extracting(Impact.Entry::address).containsExactly("RankingConfig", "RankingEndpoint"); // !Ref
        assertThat(entries(Scans.finding(CLOUDFORMATION, "SubModel")))
                .containsExactly("replaced SubConfig", "replaced? GuessConfig"); // Fn::Sub, and a name not known
    }

    @Test
    void aLiteralModelNameInCloudFormationIsTheCustomNameHazardAndSoIsTheConfigurationsName() {
        Finding fraud = Scans.finding(CLOUDFORMATION, "FraudModel");
        assertThat(hazardKinds(fraud)).containsExactly("custom-name", "custom-name");
        assertThat(fraud.impact().hazards().get(0).message())
                .contains("CloudFormation cannot replace a custom-named resource", "FraudModel", "ModelName");
        // The configuration's name is an expression (!Sub): a custom name all the same.
        assertThat(fraud.impact().hazards().get(1).message()).contains("FraudConfig", "EndpointConfigName");
        assertThat(hazardKinds(Scans.finding(CLOUDFORMATION, "RankingModel"))).isEmpty();
    }

    @Test
    void aPassingModelListsItsUsersWithoutEffectOrHazard() {
        Finding shadow = Scans.finding(CLOUDFORMATION, "ShadowModel");
        assertThat(shadow.verdict()).isEqualTo(Verdict.PASS);
        assertThat(entries(shadow)).containsExactly("none FraudConfig", "none FraudEndpoint");
        assertThat(shadow.impact().hazards()).isEmpty();
    }

    @Test
    void anUnusedModelSaysSo() {
        Finding forgotten = Scans.finding(CLOUDFORMATION, "ForgottenModel");
        assertThat(forgotten.impact().entries()).isEmpty();
        assertThat(hazardKinds(forgotten)).containsExactly("unused");
        assertThat(forgotten.impact().hazards().get(0).message()).contains("aws sagemaker list-endpoint-configs");
        assertThat(hazardKinds(Scans.finding(TERRAFORM, "module.model.aws_sagemaker_model.spare")))
                .containsExactly("unused");
    }

    @Test
    void aJobDefinitionsFixUpdatesTheScheduleThatNamesItAndAnEmbeddingSchedulesFixTouchesNothingElse() {
        Finding job = Scans.finding(CLOUDFORMATION, "QualityJob");
        assertThat(entries(job)).containsExactly("updated QualitySchedule");
        assertThat(hazardKinds(job)).containsExactly("custom-name");
        Finding embedded = Scans.finding(CLOUDFORMATION, "EmbeddedSchedule");
        assertThat(embedded.rule().id()).isEqualTo("ISO006");
        assertThat(embedded.impact()).isEqualTo(Impact.NONE);
        // The schedule that only names its definition is no result of its own.
        assertThat(CLOUDFORMATION.findings()).extracting(f -> f.resource().address()).doesNotContain("QualitySchedule");
    }

    @Test
    void aTerraformModelIsFollowedThroughModuleOutputsAndInputsToTheEndpointInAnotherModule() {
        Finding model = Scans.finding(TERRAFORM, "module.model.aws_sagemaker_model.this");
        assertThat(entries(model)).containsExactly("replaced module.serving.aws_sagemaker_endpoint_configuration.this",
                "updated module.serving.aws_sagemaker_endpoint.this");
    }

    @Test
    void aTerraformModelWithALiteralNameAndCreateBeforeDestroyWouldCollide() {
        Finding model = Scans.finding(TERRAFORM, "module.model.aws_sagemaker_model.this");
        assertThat(hazardKinds(model)).containsExactly("create-before-destroy");
        assertThat(model.impact().hazards().get(0).message()).contains("set on it", "\"churn-model\"");
        // No lifecycle of its own: the configuration that depends on it sets it, and Terraform propagates it.
        Finding ranker = Scans.finding(TERRAFORM, "aws_sagemaker_model.ranker");
        assertThat(entries(ranker)).containsExactly("replaced aws_sagemaker_endpoint_configuration.ranker");
        assertThat(hazardKinds(ranker)).containsExactly("create-before-destroy");
        assertThat(ranker.impact().hazards().get(0).message())
                .contains("inherited from aws_sagemaker_endpoint_configuration.ranker", "\"ranker-v1\"");
    }

    @Test
    void aPlanThatAlreadyReplacesTheModelSaysWhatItReplacesAndUpdatesWithIt() {
        Finding model = Scans.finding(PLAN, "module.model.aws_sagemaker_model.this");
        assertThat(model.message()).contains("planned as a replacement");
        List<String> said = new ArrayList<>();
        for (Impact.Entry e : model.impact().entries()) {
            said.add(e.effect().id() + " " + e.address() + ": " + String.join("; ", e.notes()));
        }
        assertThat(said).containsExactlyInAnyOrder(
                "replaced module.serving.aws_sagemaker_endpoint_configuration.this: this plan replaces it (delete, then create)",
                "updated module.serving.aws_sagemaker_endpoint.this: this plan updates it in place");
        // Plan JSON carries no lifecycle: the collision is not decided from it.
        assertThat(hazardKinds(model)).isEmpty();
        assertThat(hazardKinds(Scans.finding(PLAN, "module.model.aws_sagemaker_model.spare"))).containsExactly("unused");
        // By the literal name the plan gives both.
        assertThat(entries(Scans.finding(PLAN, "aws_sagemaker_model.ranker")))
                .containsExactly("replaced aws_sagemaker_endpoint_configuration.ranker");
    }

    @Test
    void sarifGivesTheImpactAsRelatedLocationsAndJsonAsFieldsOfEveryResult() throws Exception {
        String sarif = Scans.render(new SarifReporter(), CLOUDFORMATION, Scans.options(UnknownPolicy.FAIL));
        JsonNode results = new ObjectMapper().readTree(sarif).path("runs").get(0).path("results");
        List<String> related = new ArrayList<>();
        for (JsonNode r : results) {
            if (r.path("locations").get(0).path("logicalLocations").get(0).path("fullyQualifiedName").asText()
                    .equals("FraudModel")) {
                for (JsonNode l : r.path("relatedLocations")) {
                    related.add(l.path("message").path("text").asText());
                }
            }
        }
        assertThat(related).contains("replaced: FraudConfig (AWS::SageMaker::EndpointConfig)",
                "updated: FraudEndpoint (AWS::SageMaker::Endpoint)");

        String json = Scans.render(new JsonReporter(), CLOUDFORMATION, Scans.options(UnknownPolicy.FAIL));
        for (JsonNode r : new ObjectMapper().readTree(json).path("results")) {
            assertThat(r.has("impact") && r.has("hazards")).as("impact and hazards on %s", r).isTrue();
            if (r.path("resource").path("address").asText().equals("SubModel")) {
                JsonNode guess = r.path("impact").get(1);
                assertThat(guess.path("address").asText()).isEqualTo("GuessConfig");
                assertThat(guess.path("effect").asText()).isEqualTo("replaced");
                assertThat(guess.path("kind").asText()).isEqualTo("may-use");
                assertThat(guess.path("note").asText()).isEqualTo("may use it: name not known before deployment");
            }
        }
    }

    @Test
    void planAddressesLoseTheirInstanceKeysToMatchReferences() {
        assertThat(ImpactAnalyzer.withoutKeys("module.a[\"x.]\"].aws_sagemaker_model.m[0]"))
                .isEqualTo("module.a.aws_sagemaker_model.m");
    }
}
