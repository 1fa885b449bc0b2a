package dev.isolint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code isolint baseline}: adopt isolint, then block only new findings. */
class BaselineCommandTest {

    private static final String TEMPLATE = "Resources:\n  Old:\n    Type: AWS::SageMaker::Model\n"
            + "  Good:\n    Type: AWS::SageMaker::Model\n    Properties:\n      EnableNetworkIsolation: true\n";

    @Test
    void baselineThenScanPassesAndANewFindingFails(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("stack.yaml"), TEMPLATE);
        assertThat(Cli.run("scan", dir.toString()).exit()).isEqualTo(1);

        Path ignore = dir.resolve(".isolint-ignore.yml");
        Cli.Run baseline = Cli.run("baseline", dir.toString(), "-o", ignore.toString());
        assertThat(baseline.exit()).isZero();
        assertThat(baseline.out()).contains("1 entries added, 0 kept");
        assertThat(Files.readString(ignore)).endsWith("""
                ignore:
                  - rule: "ISO001"
                    address: "Old"
                    file: "stack.yaml"
                    reason: "accepted at baseline on 2026-01-15"
                """);

        Cli.Run after = Cli.run("scan", dir.toString(), "--quiet");
        assertThat(after.exit()).isZero();
        assertThat(after.out()).isEmpty();

        Files.writeString(dir.resolve("new.yaml"), "Resources:\n  Fresh:\n    Type: AWS::SageMaker::Model\n");
        Cli.Run withNew = Cli.run("scan", dir.toString(), "--quiet");
        assertThat(withNew.exit()).isEqualTo(1);
        assertThat(withNew.out()).contains("Fresh").doesNotContain("Old");

        Cli.Run again = Cli.run("baseline", dir.toString(), "-o", ignore.toString());
        assertThat(again.out()).contains("1 entries added, 1 kept");
        assertThat(Cli.run("scan", dir.toString()).exit()).isZero();
    }

    @Test
    void aNewCallerOfABaselinedModuleFailsTheScan(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("modules/ml"));
        Files.writeString(dir.resolve("modules/ml/main.tf"),
                "variable \"isolate\" {}\nresource \"aws_sagemaker_model\" \"this\" {\n"
                        + "  enable_network_isolation = var.isolate\n}\n");
        String caller = "module \"ml\" {\n  source  = \"../../modules/ml\"\n  isolate = false\n}\n";
        Files.createDirectories(dir.resolve("envs/prod"));
        Files.writeString(dir.resolve("envs/prod/main.tf"), caller);
        Path ignore = dir.resolve(".isolint-ignore.yml");
        assertThat(Cli.run("baseline", dir.toString(), "-o", ignore.toString()).exit()).isZero();
        assertThat(Files.readString(ignore)).contains("    callPath: \"envs/prod/main.tf: module.ml\"\n");
        assertThat(Cli.run("scan", dir.toString()).exit()).isZero();

        Files.createDirectories(dir.resolve("envs/staging"));
        Files.writeString(dir.resolve("envs/staging/main.tf"), caller);
        Cli.Run withNew = Cli.run("scan", dir.toString(), "--quiet");
        assertThat(withNew.exit()).isEqualTo(1);
        assertThat(withNew.out()).contains("FAIL  ISO001  module.ml.aws_sagemaker_model.this  (call path ")
                .contains("envs/staging/main.tf: module.ml)").doesNotContain("envs/prod/main.tf: module.ml)");
    }

    @Test
    void theIgnoreFileOptionIsAlsoTheDefaultOutput(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("stack.yaml"), TEMPLATE);
        Path ignore = dir.resolve("accepted.yml");
        assertThat(Cli.run("baseline", dir.toString(), "--ignore-file", ignore.toString()).exit()).isZero();
        assertThat(Cli.run("scan", dir.toString(), "--ignore-file", ignore.toString()).exit()).isZero();
        assertThat(Cli.run("scan", dir.toString()).exit()).isEqualTo(1); // not a default location
    }

    @Test
    void aMalformedExistingFileIsNotOverwritten(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("stack.yaml"), TEMPLATE);
        Path ignore = dir.resolve("accepted.yml");
        Files.writeString(ignore, "ignore:\n  - rule: ISO001\n    adress: Old\n");
        Cli.Run run = Cli.run("baseline", dir.toString(), "-o", ignore.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("unknown key \"adress\"", "not overwritten");
        assertThat(Files.readString(ignore)).isEqualTo("ignore:\n  - rule: ISO001\n    adress: Old\n");
    }
}
