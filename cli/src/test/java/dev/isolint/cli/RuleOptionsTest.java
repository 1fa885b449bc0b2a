package dev.isolint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --rule} / {@code --skip-rule} (SPEC §3): ids or slugs in any case, repeatable, in {@code scan} and
 * {@code baseline}; a rule that is off yields no result at all; an unknown name is a usage error naming the valid rules.
 */
class RuleOptionsTest {

    private static final String CFN = "testdata/cli/repeated-options/cloudformation";

    @TempDir
    Path tmp;

    @Test
    void aSelectedRuleRunsAndASkippedOneYieldsNothing() {
        Cli.Run on = Cli.run("scan", "-f", "json", "--rule", "iso001", "--rule", "sagemaker-model-network-isolation", CFN);
        assertThat(on.exit()).isEqualTo(1);
        assertThat(on.out()).contains("\"rule\" : \"ISO001\"", "\"resources\" : 1");
        Cli.Run off = Cli.run("scan", "-f", "json", "--skip-rule", "ISO001", "--skip-rule", "Sagemaker-Model-Network-Isolation", CFN);
        assertThat(off.exit()).isZero();
        assertThat(off.out()).doesNotContain("ISO001\"").contains("\"resources\" : 0", "\"results\" : [ ]");
        Cli.Run skippedWins = Cli.run("scan", "-f", "json", "--rule", "ISO001", "--skip-rule", "ISO001", CFN);
        assertThat(skippedWins.exit()).isZero();
        assertThat(skippedWins.out()).contains("\"resources\" : 0");
    }

    @Test
    void anUnknownNameIsAUsageErrorNamingTheValidRules() {
        Cli.Run scan = Cli.run("scan", "--rule", "ISO001", "--rule", "ISO999", CFN);
        assertThat(scan.exit()).isEqualTo(2);
        assertThat(scan.out()).isEmpty();
        assertThat(scan.err()).contains("--rule: unknown rule 'ISO999'", "valid rules: ISO001 (sagemaker-model-network-isolation)");
        Cli.Run skip = Cli.run("scan", "--skip-rule", "nope", CFN);
        assertThat(skip.exit()).isEqualTo(2);
        assertThat(skip.err()).contains("--skip-rule: unknown rule 'nope'");
        Cli.Run baseline = Cli.run("baseline", "-o", tmp.resolve("i.yml").toString(), "--rule", "ISO999", CFN);
        assertThat(baseline.exit()).isEqualTo(2);
        assertThat(baseline.err()).contains("unknown rule 'ISO999'");
    }

    @Test
    void baselineAcceptsOnlyTheSelectedRules() {
        assertThat(Cli.run("baseline", "-o", tmp.resolve("a.yml").toString(), "--skip-rule", "ISO001", CFN).out())
                .contains("0 entries added");
        assertThat(Cli.run("baseline", "-o", tmp.resolve("b.yml").toString(), "--rule", "ISO001", CFN).out())
                .contains("1 entries added");
    }
}
