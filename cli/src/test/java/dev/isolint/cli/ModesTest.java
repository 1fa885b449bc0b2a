package dev.isolint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code --soft-fail} (findings exit 0, input errors still 2) and {@code --strict} (what was not scanned is an input
 * error), SPEC §6.
 */
class ModesTest {

    private static final String FINDING = "testdata/cli/repeated-options/cloudformation";
    private static final String BROKEN = "testdata/golden/mixed/input";
    private static final String REMOTE = "testdata/terraform/examples/remote-modules";

    @Test
    void softFailPassesFindingsButNotInputErrors() {
        Cli.Run hard = Cli.run("scan", FINDING);
        assertThat(hard.exit()).isEqualTo(1);
        assertThat(hard.out()).contains("FAILED: 1 result fails the run.");
        Cli.Run soft = Cli.run("scan", "--soft-fail", FINDING);
        assertThat(soft.exit()).isZero();
        // The same findings, but the summary does not say FAILED for a run that exits 0.
        assertThat(soft.out()).contains("1 FAIL", "FINDINGS (soft fail, exit code 0): 1 result would fail the run.")
                .doesNotContain("FAILED");
        assertThat(Cli.run("scan", "--soft-fail", BROKEN).exit()).isEqualTo(2);
        // Also on picocli's path (an @file or an option order it must judge).
        assertThat(Cli.run("scan", "--soft-fail", "--soft-fail", FINDING).exit()).isEqualTo(2);
    }

    @Test
    void strictMakesAnUndownloadedRemoteModuleAnInputError() {
        Cli.Run lax = Cli.run("scan", "-f", "json", REMOTE);
        assertThat(lax.out()).contains("remote source \\\"terraform-aws-modules/vpc/aws\\\" not scanned");
        assertThat(lax.out()).contains("\"errors\" : 0");
        Cli.Run strict = Cli.run("scan", "-f", "json", "--strict", REMOTE);
        assertThat(strict.exit()).isEqualTo(2);
        assertThat(strict.out()).contains("\"errors\" : 2", "not scanned (not downloaded into .terraform/modules by"
                + " terraform init) (an error in strict mode: --strict, strict: true)");
        // --soft-fail does not soften it: it is an input error.
        assertThat(Cli.run("scan", "--strict", "--soft-fail", REMOTE).exit()).isEqualTo(2);
    }

    @Test
    void strictMakesStandardInputThatIsNotIaCAnInputError() {
        String hcl = "resource \"aws_sagemaker_model\" \"m\" {\n  name = \"m\"\n}\n";
        Cli.Run lax = Cli.run(Map.of(), hcl, "scan", "-");
        assertThat(lax.exit()).isZero();
        assertThat(lax.out()).contains("looks like Terraform HCL");
        Cli.Run strict = Cli.run(Map.of(), hcl, "scan", "--strict", "-");
        assertThat(strict.exit()).isEqualTo(2);
        assertThat(strict.out()).contains("looks like Terraform HCL", "(an error in strict mode: --strict, strict: true)");
    }

    @Test
    void anUnwritableReportSaysSoAndWhy() {
        Cli.Run run = Cli.run("scan", "-f", "sarif=/proc/isolint-none/r.sarif", FINDING);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("isolint: cannot write report to /proc/isolint-none/r.sarif: ");
    }
}
