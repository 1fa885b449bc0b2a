package dev.isolint.core.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isolint.core.model.Evidence;
import dev.isolint.core.rule.Finding;
import dev.isolint.core.model.Location;
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
        assertThat(first.location()).isEqualTo(Location.of(fleet.resolve("main.tf"), 3, 1));
        assertThat(first.note()).isEqualTo("source: resource \"awscc_sagemaker_model\" \"m\" {");
    }

    @Test
    void remoteModuleWithoutInitGivesNoSourceEvidence() {
        TerraformSourceLocator locator = new TerraformSourceLocator(root, Map.of("fleet", "git::https://example.com/fleet.git"),
                TreeLimits.DEFAULT);
        assertThat(locator.find("fleet", "aws_sagemaker_model", "m")).isEmpty();
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
        assertThat(locator.find("", "aws_sagemaker_model", "short")).extracting(e -> e.location().line()).containsExactly(1);
        List<Evidence> longBlock = locator.find("", "aws_sagemaker_model", "long");
        assertThat(longBlock).extracting(e -> e.location().line()).containsExactly(3, 8);
        assertThat(longBlock.get(1).location().column()).isEqualTo(3);
        assertThat(locator.find("", "aws_sagemaker_model", "absent")).isEmpty();
    }

    @Test
    void localModuleSourcesAreFollowedFromThePlansDirectory() throws IOException {
        Path module = Files.createDirectories(root.resolve("modules/ml/inner"));
        Files.writeString(module.resolve("a.tf"), "variable \"x\" {}\n");
        Files.writeString(module.resolve("b.tf"), "\uFEFFresource \"aws_sagemaker_model\" \"m\" {\n}\n");
        TerraformSourceLocator locator = new TerraformSourceLocator(root,
                Map.of("ml", "./modules/ml", "ml.inner", "./inner"), TreeLimits.DEFAULT);
        assertThat(locator.find("ml.inner", "aws_sagemaker_model", "m"))
                .extracting(Evidence::location).containsExactly(Location.of(module.resolve("b.tf"), 1, 1));
    }
}
