package dev.isolint.core.internal.plan;

import static dev.isolint.core.internal.plan.PlanFixtures.byAddress;
import static dev.isolint.core.internal.plan.PlanFixtures.objectStart;
import static dev.isolint.core.internal.plan.PlanFixtures.plan;
import static dev.isolint.core.internal.plan.PlanFixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.isolint.core.api.Diagnostic;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.model.Evidence;
import dev.isolint.core.model.SourceFormat;
import dev.isolint.core.rule.Finding;
import dev.isolint.core.rule.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Terraform-made and hand-made plans of {@code testdata/plan/}, each rule of SPEC §4–5 for plans. */
class PlanJsonReaderTest {

    private static void assertAt(Finding f, Path plan) throws IOException {
        int[] start = objectStart(plan, f.resource().address());
        assertThat(f.resource().location().file()).isEqualTo(plan);
        assertThat(new int[] {f.resource().location().line(), f.resource().location().column()})
                .as("location of %s", f.resource().address()).containsExactly(start);
    }

    private static List<String> notes(Finding f) {
        return f.evidence().stream().map(e -> e.location().file().getFileName() + ":" + e.location().line() + " " + e.note()).toList();
    }

    /** One fixture plan, named by the class's annotation, scanned once for the tests of a nested class. */
    abstract static class PlanCase {
        final Path file = plan(getClass().getAnnotation(Fixture.class).value());
        final ScanResult result = scan(file);
        final Map<String, Finding> found = byAddress(result);
    }

    /** The fixture of a {@link PlanCase}, relative to {@code testdata/plan}. */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @interface Fixture {
        String value();
    }

    @Nested
    @Fixture("unknown/plan.json")
    class AfterUnknown extends PlanCase {

        @Test
        void valueComputedByAnotherResourceIsUnknown() {
            Finding f = found.get("aws_sagemaker_model.computed");
            assertThat(f.verdict()).isEqualTo(Verdict.UNKNOWN);
            assertThat(f.message()).contains("known only after apply", "aws_s3_bucket.artifacts.arn");
            assertThat(notes(f)).anySatisfy(n -> assertThat(n).startsWith("plan.json:1 resource_changes: after_unknown"));
        }

        @Test
        void onlyManagedSageMakerModelsAreReported() {
            // The plan also has an S3 bucket and a data source (in prior_state).
            assertThat(found.keySet()).containsExactly("aws_sagemaker_model.computed", "aws_sagemaker_model.isolated");
            assertThat(found.get("aws_sagemaker_model.isolated").verdict()).isEqualTo(Verdict.PASS);
            assertThat(result.errors()).isEmpty();
            assertThat(result.files()).isEqualTo(1);
        }

        @Test
        void oneLinePlanLocationsHaveColumns() throws IOException {
            for (Finding f : found.values()) {
                assertAt(f, file);
                assertThat(f.resource().location().column()).isGreaterThan(100);
                assertThat(f.resource().format()).isEqualTo(SourceFormat.TERRAFORM_PLAN);
            }
        }

        @Test
        void sourceBlockBesideThePlanIsEvidence() {
            Finding f = found.get("aws_sagemaker_model.computed");
            assertThat(f.evidence().get(0).location().start()).isEqualTo(
                    dev.isolint.core.model.Range.of(plan("unknown/main.tf"), 6, 1));
            assertThat(notes(f)).contains(
                    "main.tf:6 source: resource \"aws_sagemaker_model\" \"computed\" {",
                    "main.tf:9 source: enable_network_isolation = length(aws_s3_bucket.artifacts.arn) > 0");
        }
    }

    @Nested
    @Fixture("awscc/plan.json")
    class Awscc extends PlanCase {

        @Test
        void unknownButNotConfiguredIsAbsent() {
            Finding f = found.get("awscc_sagemaker_model.omitted");
            assertThat(f.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(f.message()).contains("not set in the configuration", "service default is false");
            assertThat(notes(f)).contains(
                    "plan.json:365 configuration: awscc_sagemaker_model.omitted has no enable_network_isolation expression (not set)");
        }

        @Test
        void unknownAndConfiguredStaysUnknown() {
            assertThat(found.get("awscc_sagemaker_model.computed").verdict()).isEqualTo(Verdict.UNKNOWN);
            assertThat(found.get("awscc_sagemaker_model.computed").message()).contains("terraform_data.flag.output");
        }

        @Test
        void explicitNullIsAbsentAndTrueIsPass() {
            assertThat(found.get("awscc_sagemaker_model.nulled").verdict()).isEqualTo(Verdict.FAIL);
            assertThat(found.get("awscc_sagemaker_model.nulled").message()).contains("set to null in the configuration");
            assertThat(found.get("awscc_sagemaker_model.isolated").verdict()).isEqualTo(Verdict.PASS);
        }
    }

    @Nested
    @Fixture("lifecycle/plan.json")
    class Lifecycle extends PlanCase {

        @Test
        void deletedForgottenAndDeposedInstancesAreNotReported() {
            // gone: ["delete"]; kept_out: ["forget"] (still listed in planned_values, without values);
            // replaced_cbd also has a deposed object whose ["delete"] must not hide the new instance.
            assertThat(found.keySet()).containsExactlyInAnyOrder("aws_sagemaker_model.replaced",
                    "aws_sagemaker_model.replaced_cbd", "aws_sagemaker_model.unchanged", "aws_sagemaker_model.retagged");
        }

        @Test
        void replacementIsSaidInTheMessage() {
            Finding on = found.get("aws_sagemaker_model.replaced");
            assertThat(on.verdict()).isEqualTo(Verdict.PASS);
            assertThat(on.message()).contains("planned as a replacement (delete, then create)", "immutable", "endpoint");
            Finding off = found.get("aws_sagemaker_model.replaced_cbd");
            assertThat(off.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(off.message()).contains("planned as a replacement (create, then delete)");
        }

        @Test
        void noOpAndUpdateAreJudgedWithoutReplacementNote() throws IOException {
            assertThat(found.get("aws_sagemaker_model.unchanged").verdict()).isEqualTo(Verdict.PASS);
            Finding updated = found.get("aws_sagemaker_model.retagged");
            assertThat(updated.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(updated.message()).contains("null in the plan").doesNotContain("replacement");
            for (Finding f : found.values()) {
                assertAt(f, file);
            }
        }
    }

    @Nested
    @Fixture("modules/plan.json")
    class Modules extends PlanCase {

        @Test
        void everyCountAndForEachInstanceIsOneResultAddressedAsInThePlan() throws IOException {
            assertThat(found).hasSize(7);
            Map<String, Verdict> expected = Map.of(
                    "module.svc[\"alpha\"].aws_sagemaker_model.m[0]", Verdict.PASS,
                    "module.svc[\"alpha\"].aws_sagemaker_model.m[1]", Verdict.PASS,
                    "module.svc[\"beta\"].aws_sagemaker_model.m[0]", Verdict.FAIL,
                    "module.single.aws_sagemaker_model.m[0]", Verdict.FAIL,
                    "module.svc[\"alpha\"].module.shadow.aws_sagemaker_model.each[\"alpha-shadow\"]", Verdict.PASS,
                    "module.svc[\"beta\"].module.shadow.aws_sagemaker_model.each[\"beta-shadow\"]", Verdict.PASS,
                    "module.single.module.shadow.aws_sagemaker_model.each[\"single-shadow\"]", Verdict.PASS);
            for (Map.Entry<String, Verdict> e : expected.entrySet()) {
                assertThat(found.get(e.getKey())).as(e.getKey()).isNotNull();
                assertThat(found.get(e.getKey()).verdict()).as(e.getKey()).isEqualTo(e.getValue());
                assertAt(found.get(e.getKey()), file);
            }
        }

        @Test
        void moduleSourcesLeadToTheResourceBlock() {
            Evidence block = found.get("module.svc[\"beta\"].aws_sagemaker_model.m[0]").evidence().get(0);
            assertThat(block.location().file()).isEqualTo(plan("modules/modules/svc/main.tf"));
            assertThat(block.location().line()).isEqualTo(14);
            Evidence nested = found.get("module.single.module.shadow.aws_sagemaker_model.each[\"single-shadow\"]")
                    .evidence().get(0);
            assertThat(nested.location().file()).isEqualTo(plan("modules/modules/svc/modules/model/main.tf"));
            assertThat(nested.location().line()).isEqualTo(5);
            assertThat(notes(found.get("module.svc[\"beta\"].aws_sagemaker_model.m[0]")))
                    .contains("main.tf:18 source: enable_network_isolation = var.isolate")
                    .anySatisfy(n -> assertThat(n).startsWith("plan.json:").endsWith("planned_values: enable_network_isolation = false"));
        }
    }

    @Nested
    @Fixture("handmade/edge-cases.json")
    class HandMade extends PlanCase {

        @Test
        void dataSourcesAndDeleteOnlyChangesAreIgnored() {
            assertThat(found.keySet()).noneMatch(a -> a.startsWith("data.")).doesNotContain("aws_sagemaker_model.gone_only");
            assertThat(found).hasSize(7);
        }

        @Test
        void replacementThatForgetsTheOldModelSaysItStaysDeployed() {
            Finding f = found.get("aws_sagemaker_model.kept_replaced");
            assertThat(f.verdict()).isEqualTo(Verdict.PASS);
            assertThat(f.message()).contains("planned as a replacement (create, then forget)",
                    "the old model is not destroyed (destroy = false): it stays deployed");
        }

        @Test
        void valuesAreReadAsTerraformWould() {
            assertThat(found.get("aws_sagemaker_model.quoted").verdict()).isEqualTo(Verdict.PASS);
            assertThat(found.get("aws_sagemaker_model.numeric").verdict()).isEqualTo(Verdict.UNKNOWN);
            assertThat(found.get("aws_sagemaker_model.missing").verdict()).isEqualTo(Verdict.FAIL);
            assertThat(found.get("aws_sagemaker_model.missing").message()).contains("not in the planned values");
            assertThat(found.get("aws_sagemaker_model.whole_unknown").verdict()).isEqualTo(Verdict.UNKNOWN);
        }

        @Test
        void moduleKeysWithDotsAndBracketsStillFindTheConfiguration() {
            Finding f = found.get("module.fleet[\"eu.west[1]\"].awscc_sagemaker_model.m");
            assertThat(f.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(f.message()).contains("not set in the configuration");
        }

        @Test
        void instanceOnlyInResourceChangesIsJudgedFromChangeAfter() throws IOException {
            Finding f = found.get("aws_sagemaker_model.change_only");
            assertThat(f.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(notes(f)).anySatisfy(n -> assertThat(n).contains("not in planned_values"));
            assertAt(f, file); // its first object is the one in resource_changes
        }
    }

    @Nested
    class Encodings {
        final List<String> reference = PlanFixtures.summaries(scan(plan("unknown/plan.json")));

        @ParameterizedTest
        @ValueSource(strings = {"encodings/powershell-utf16le-bom.json", "encodings/utf16be-no-bom.json",
                "encodings/utf8-bom.json"})
        void everyEncodingReadsLikeUtf8(String name) {
            ScanResult result = scan(plan(name));
            assertThat(result.errors()).isEmpty();
            assertThat(reference).hasSize(2);
            assertThat(PlanFixtures.summaries(result)).isEqualTo(reference);
        }

        @Test
        void standardInputIsAPlanToo() throws IOException {
            byte[] bytes = Files.readAllBytes(plan("encodings/powershell-utf16le-bom.json"));
            ScanResult result = PlanFixtures.scanStdin(bytes, plan("unknown"));
            assertThat(PlanFixtures.summaries(result)).isEqualTo(reference);
            Finding f = byAddress(result).get("aws_sagemaker_model.computed");
            assertThat(f.resource().location().file()).isEqualTo(dev.isolint.core.internal.source.SourceFile.STDIN);
            // From stdin, the working directory is taken as the root module.
            assertThat(f.evidence().get(0).location().file()).isEqualTo(plan("unknown/main.tf"));
        }
    }

    @Nested
    class BadInput {

        @Test
        void truncatedPlanIsAnErrorAtItsEnd() throws IOException {
            Path file = plan("invalid/truncated.json.invalid");
            ScanResult result = scan(file);
            assertThat(result.findings()).isEmpty();
            assertThat(result.files()).isEqualTo(1);
            assertThat(result.errors()).singleElement().satisfies(e -> {
                assertThat(e.message()).startsWith("plan JSON ends early (truncated?)").doesNotContain("Source:");
                assertThat(e.location().line()).isEqualTo(Files.readAllLines(file).size());
            });
        }

        @Test
        void erroredPlanIsAnErrorAndItsModelsAreStillReported() {
            ScanResult result = scan(plan("errored/plan.json.invalid"));
            assertThat(result.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("errored: true"));
            assertThat(result.notices()).isEmpty();
            Map<String, Finding> found = byAddress(result);
            assertThat(found.get("aws_sagemaker_model.guarded").verdict()).isEqualTo(Verdict.FAIL);
            assertThat(found.get("aws_sagemaker_model.fine").verdict()).isEqualTo(Verdict.PASS);
        }

        @Test
        void unknownFormatMajorIsAnErrorAtTheVersion() {
            ScanResult result = scan(plan("invalid/format-2.json.invalid"));
            assertThat(result.findings()).isEmpty();
            Diagnostic e = result.errors().get(0);
            assertThat(result.errors()).hasSize(1);
            assertThat(e.message()).contains("unsupported plan format_version \"2.0\"");
            assertThat(e.location().line()).isEqualTo(1);
            assertThat(e.location().column()).isEqualTo(19);
        }
    }
}
