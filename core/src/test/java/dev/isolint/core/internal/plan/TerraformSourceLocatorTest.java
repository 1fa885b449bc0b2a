package dev.isolint.core.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isolint.core.model.Evidence;
import dev.isolint.core.rule.Finding;
import dev.isolint.core.model.Range;
import dev.isolint.core.internal.tree.TreeLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the {@code .tf} source of a planned resource is found, and where it is rightly not. */
class TerraformSourceLocatorTest {

    /** The path the SageMaker model adapter asks for. */
    private static final List<PlanPath> ISOLATION = List.of(PlanPath.parse("enable_network_isolation"));

    @TempDir
    Path root;

    @Test
    void remoteModuleIsFoundThroughTerraformInitsManifest() throws IOException {
        Files.copy(PlanFixtures.plan("handmade/edge-cases.json"), root.resolve("plan.json"));
        Path fleet = Files.createDirectories(root.resolve(".terraform/modules/fleet"));
        Files.writeString(root.resolve(".terraform/modules/modules.json"), "{\"Modules\":[{\"Key\":\"\",\"Source\":\"\",\"Dir\":\".\"},"
                + "{\"Key\":\"fleet\",\"Source\":\"app.terraform.io/example/fleet/aws\",\"Dir\":\".terraform/modules/fleet\"}]}");
        Files.writeString(fleet.resolve("main.tf"), "# fleet\n\nresource \"awscc_sagemaker_model\" \"m\" {\n  execution_role_arn = var.role\n}\n");
        Map<String, Finding> found = PlanFixtures.byAddress(PlanFixtures.scan(root.resolve("plan.json")));
        Evidence first = found.get("module.fleet[\"eu.west[1]\"].awscc_sagemaker_model.m").evidence().get(0);
        assertThat(first.location()).isEqualTo(new Range(fleet.resolve("main.tf"), 3, 1, 5, 2)); // the whole block
        assertThat(first.note()).isEqualTo("source: resource \"awscc_sagemaker_model\" \"m\" {");
    }

    @Test
    void remoteModuleWithoutInitGivesNoSourceEvidence() {
        TerraformSourceLocator locator = new TerraformSourceLocator(root, Map.of("fleet", "git::https://example.com/fleet.git"),
                TreeLimits.DEFAULT);
        assertThat(locator.find("fleet", "aws_sagemaker_model", "m", ISOLATION)).isEmpty();
    }

    @Test
    void attributeLineIsTakenOnlyFromTheBlockItself() throws IOException {
        Files.writeString(root.resolve("main.tf"), String.join("\n",
                "resource \"aws_sagemaker_model\" \"short\" {}",
                "",
                "resource aws_sagemaker_model \"long\" {",
                "  name = \"long\"",
                "  primary_container {",
                "    image = \"x\"",
                "  }",
                "  enable_network_isolation = var.isolate",
                "}",
                "") );
        TerraformSourceLocator locator = new TerraformSourceLocator(root, Map.of(), TreeLimits.DEFAULT);
        assertThat(locator.find("", "aws_sagemaker_model", "short", ISOLATION)).extracting(e -> e.location().line()).containsExactly(1);
        List<Evidence> longBlock = locator.find("", "aws_sagemaker_model", "long", ISOLATION);
        assertThat(longBlock).extracting(e -> e.location().line()).containsExactly(3, 8);
        assertThat(longBlock.get(1).location().column()).isEqualTo(3);
        assertThat(locator.find("", "aws_sagemaker_model", "absent", ISOLATION)).isEmpty();
    }

    @Test
    void localModuleSourcesAreFollowedFromThePlansDirectory() throws IOException {
        Path module = Files.createDirectories(root.resolve("modules/ml/inner"));
        Files.writeString(module.resolve("a.tf"), "variable \"x\" {}\n");
        Files.writeString(module.resolve("b.tf"), "\uFEFFresource \"aws_sagemaker_model\" \"m\" {\n}\n");
        TerraformSourceLocator locator = new TerraformSourceLocator(root,
                Map.of("ml", "./modules/ml", "ml.inner", "./inner"), TreeLimits.DEFAULT);
        assertThat(locator.find("ml.inner", "aws_sagemaker_model", "m", ISOLATION))
                .extracting(e -> e.location().start()).containsExactly(Range.of(module.resolve("b.tf"), 1, 1));
    }

    @Test
    void blocksAreFoundAsTheHclParserReadsThem() throws IOException {
        // a.tf mentions the block only in a comment and a heredoc; b.tf does not parse; c.tf has it, with CRLF lines.
        Files.writeString(root.resolve("a.tf"), String.join("\n",
                "/* resource \"aws_sagemaker_model\" \"m\" {",
                "     enable_network_isolation = false */",
                "locals {",
                "  doc = <<EOT",
                "resource \"aws_sagemaker_model\" \"m\" {",
                "EOT",
                "}",
                ""));
        Files.writeString(root.resolve("b.tf"), "resource \"aws_sagemaker_model\" \"m\" {\n  enable_network_isolation =\n}\n");
        Files.writeString(root.resolve("c.tf"), "# models\r\nresource \"aws_sagemaker_model\" \"m\" {\r\n"
                + "  enable_network_isolation = true\r\n}\r\n\r\nresource \"aws_sagemaker_model\" \"one\" { enable_network_isolation = true }\r\n");
        TerraformSourceLocator locator = new TerraformSourceLocator(root, Map.of(), TreeLimits.DEFAULT);
        List<Evidence> m = locator.find("", "aws_sagemaker_model", "m", ISOLATION);
        assertThat(m).extracting(e -> e.location().start()).containsExactly(Range.of(root.resolve("c.tf"), 2, 1),
                Range.of(root.resolve("c.tf"), 3, 3));
        assertThat(m).extracting(Evidence::note).containsExactly("source: resource \"aws_sagemaker_model\" \"m\" {",
                "source: enable_network_isolation = true");
        // A one-line block: its attribute is on the line shown already.
        assertThat(locator.find("", "aws_sagemaker_model", "one", ISOLATION)).extracting(e -> e.location().line())
                .containsExactly(6);
    }

    @Test
    void withoutPathsOnlyTheBlockIsShown() throws IOException {
        Files.writeString(root.resolve("main.tf"), "resource \"aws_sagemaker_model\" \"m\" {\n  enable_network_isolation = true\n}\n");
        assertThat(new TerraformSourceLocator(root, Map.of(), TreeLimits.DEFAULT).find("", "aws_sagemaker_model", "m", List.of()))
                .extracting(e -> e.location().line()).containsExactly(1);
    }
}
