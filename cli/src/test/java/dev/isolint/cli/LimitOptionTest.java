package dev.isolint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code --limit NAME=VALUE} on {@code scan} and {@code baseline}: applied, or a usage error (exit 2). */
class LimitOptionTest {

    private static final String TEMPLATE = "testdata/examples/cloudformation/ml-stack.yaml";

    @Test
    void aLimitHitIsAnInputErrorNamingIt() {
        Cli.Run run = Cli.run("scan", TEMPLATE, "--limit", "file-size=1k", "-f", "json");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains("larger than the limit of 1 KB (--limit file-size=…)");
    }

    @Test
    void raisingALimitBackLeavesTheScanAsBefore() {
        Cli.Run low = Cli.run("scan", TEMPLATE, "--limit", "depth=2", "--limit=depth=500");
        Cli.Run plain = Cli.run("scan", TEMPLATE);
        assertThat(low.exit()).isEqualTo(plain.exit()).isEqualTo(1);
        assertThat(low.out()).isEqualTo(plain.out());
    }

    @Test
    void unknownNamesAndBadValuesAreUsageErrors() {
        assertUsageError(Cli.run("scan", TEMPLATE, "--limit", "depht=3"), "--limit unknown limit 'depht'");
        assertUsageError(Cli.run("scan", TEMPLATE, "--limit", "depth=deep"), "--limit depth: 'deep' is not a whole number");
        assertUsageError(Cli.run("scan", TEMPLATE, "--limit", "files=0"), "the limit must be at least 1");
        assertUsageError(Cli.run("scan", TEMPLATE, "--limit", "depth"), "expected NAME=VALUE");
        assertUsageError(Cli.run("baseline", TEMPLATE, "--limit", "tokens=-1"), "--limit tokens");
    }

    private static void assertUsageError(Cli.Run run, String message) {
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(message);
        assertThat(run.out()).isEmpty();
    }
}
