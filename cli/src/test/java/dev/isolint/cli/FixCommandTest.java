package dev.isolint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code isolint fix}: exit codes, what it leaves alone and why, encodings kept, selection and suppressions applied. */
class FixCommandTest {

    private static final String OPEN_MODEL = """
            Resources:
              Model:
                Type: AWS::SageMaker::Model
                Properties:
                  ModelName: recommender
                  ExecutionRoleArn: arn:aws:iam::123456789012:role/sagemaker
            """;

    @TempDir
    Path dir;

    @Test
    void aDryRunPrintsTheDiffChangesNothingAndExitsOneThenWriteFixesAndASecondRunFindsNothing() throws IOException {
        Path file = write("stack.yaml", OPEN_MODEL);
        Cli.Run dry = Cli.run("fix", dir.toString());
        assertThat(dry.exit()).isEqualTo(1);
        assertThat(dry.out()).contains("+      EnableNetworkIsolation: true\n").startsWith("--- a/");
        assertThat(dry.err()).contains("would fix: ").contains("hazard custom-name: CloudFormation cannot replace a custom-named resource: model Model sets ModelName (recommender)");
        assertThat(Files.readString(file)).isEqualTo(OPEN_MODEL);

        Cli.Run written = Cli.run("fix", "--write", dir.toString());
        assertThat(written.exit()).as(written.err()).isZero();
        assertThat(written.out()).contains("isolint: fixed: ").contains("Model ISO001 FAIL")
                .endsWith("isolint: re-scanned: all 1 fixed results pass\n");
        assertThat(Files.readString(file)).isEqualTo(OPEN_MODEL + "      EnableNetworkIsolation: true\n");
        assertThat(Cli.run("scan", dir.toString()).exit()).isZero();

        Cli.Run again = Cli.run("fix", "--write", dir.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("nothing to fix");
    }

    @Test
    void jsonListsEachEditWithItsRangeTextsAndResults() throws IOException {
        write("stack.yaml", OPEN_MODEL);
        Cli.Run json = Cli.run("fix", "--format", "json", dir.toString());
        assertThat(json.exit()).isEqualTo(1);
        assertThat(json.out()).contains("\"line\" : 7", "\"column\" : 1", "\"oldText\" : \"\"",
                "\"newText\" : \"      EnableNetworkIsolation: true\\n\"", "\"rule\" : \"ISO001\"",
                "\"address\" : \"Model\"", "\"kind\" : \"custom-name\"");
    }

    @Test
    void writingWithJsonPrintsOnlyTheJson() throws IOException {
        write("stack.yaml", OPEN_MODEL);
        Cli.Run run = Cli.run("fix", "--write", "--format", "json", dir.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("{").endsWith("}");
    }

    @Test
    void plansAndCloudAssembliesAreLeftWithTheManualStep() throws IOException {
        Path assembly = dir.resolve("cdk.out");
        Files.createDirectories(assembly);
        Files.writeString(assembly.resolve("Stack.template.json"), """
                {"Resources": {"Model": {"Type": "AWS::SageMaker::Model", "Properties": {}}}}
                """);
        Files.copy(Path.of("testdata/rules/ISO002/plan/plan.json"), dir.resolve("plan.json"));
        Cli.Run run = Cli.run("fix", "--write", dir.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("cdk.out/Stack.template.json:1 Model ISO001 FAIL: a CDK cloud assembly").contains("set enableNetworkIsolation: true on the CDK construct")
                .contains("a Terraform plan is generated from the configuration")
                .contains("fix the configuration the plan was made from");
        assertThat(Files.readString(assembly.resolve("Stack.template.json"))).doesNotContain("EnableNetworkIsolation");
    }

    @Test
    void aModuleCalledTwiceIsEditedOnlyWithSharedModules() throws IOException {
        write("modules/ml/main.tf", """
                resource "aws_sagemaker_model" "this" {
                  execution_role_arn = "arn:aws:iam::123456789012:role/sagemaker"
                }
                """);
        write("live/main.tf", """
                module "a" {
                  source = "../modules/ml"
                }

                module "b" {
                  source = "../modules/ml"
                }
                """);
        Cli.Run left = Cli.run("fix", dir.resolve("live").toString());
        assertThat(left.exit()).isEqualTo(1);
        assertThat(left.out()).isEmpty();
        assertThat(left.err()).contains("reached through 2 call paths").contains("--shared-modules");

        Cli.Run shared = Cli.run("fix", "--write", "--shared-modules", dir.resolve("live").toString());
        assertThat(shared.exit()).as(shared.out() + shared.err()).isZero();
        assertThat(Files.readString(dir.resolve("modules/ml/main.tf")))
                .contains("  execution_role_arn       = \"arn:aws:iam::123456789012:role/sagemaker\"\n"
                        + "  enable_network_isolation = true\n");
    }

    @Test
    void rulesOutOfSelectionAndSuppressedResultsAreNotFixed() throws IOException {
        write("stack.yaml", OPEN_MODEL + """
                  # isolint:ignore ISO002 reads only synthetic canary traffic
                  Monitor:
                    Type: AWS::SageMaker::DataQualityJobDefinition
                    Properties:
                      RoleArn: arn:aws:iam::123456789012:role/monitor
                """);
        Cli.Run skipped = Cli.run("fix", "--skip-rule", "ISO001", dir.toString());
        assertThat(skipped.exit()).isZero();
        assertThat(skipped.out()).isEmpty();
        Cli.Run only = Cli.run("fix", "--rule", "sagemaker-model-network-isolation", dir.toString());
        assertThat(only.exit()).isEqualTo(1);
        assertThat(only.out()).contains("EnableNetworkIsolation").doesNotContain("NetworkConfig");
    }

    @Test
    void utf16WithAByteOrderMarkAndCrlfIsWrittenBackInKind() throws IOException {
        String text = "{\r\n  \"Resources\": {\r\n    \"Modèle\": {\r\n      \"Type\": \"AWS::SageMaker::Model\",\r\n"
                + "      \"Properties\": {\"EnableNetworkIsolation\": false}\r\n    }\r\n  }\r\n}\r\n";
        Path file = dir.resolve("stack.template.json");
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Files.write(file, bytes);
        Cli.Run run = Cli.run("fix", "--write", dir.toString());
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        byte[] after = Files.readAllBytes(file);
        assertThat(after[0]).isEqualTo((byte) 0xFF);
        assertThat(after[1]).isEqualTo((byte) 0xFE);
        assertThat(new String(after, 2, after.length - 2, StandardCharsets.UTF_16LE))
                .isEqualTo(text.replace("false", "true"));
    }

    @Test
    void anInputErrorExitsTwo() throws IOException {
        write("stack.yaml", OPEN_MODEL);
        write("broken.tf", "resource \"aws_sagemaker_model\" \"m\" {\n");
        Cli.Run run = Cli.run("fix", dir.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains("EnableNetworkIsolation");
    }

    @Test
    void aBlockOnOneLineIsLeftRatherThanBroken() throws IOException {
        Path file = write("main.tf", "resource \"aws_sagemaker_model\" \"m\" { name = \"m\" }\n");
        Cli.Run run = Cli.run("fix", "--write", dir.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("not fixed: ").contains("written on one line");
        assertThat(Files.readString(file)).isEqualTo("resource \"aws_sagemaker_model\" \"m\" { name = \"m\" }\n");
    }

    @Test
    void standardInputIsAUsageError() {
        Cli.Run run = Cli.run(java.util.Map.of(), OPEN_MODEL, "fix", "--stdin-filename", "stack.yaml", "-");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("fix edits files");
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }
}
