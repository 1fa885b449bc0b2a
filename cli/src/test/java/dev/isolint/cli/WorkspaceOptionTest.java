package dev.isolint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code --workspace NAME} reaches the scan request on every path ({@code scan} quick and picocli,
 * {@code baseline}); what core does with it is core's (terraform.workspace). Without it the request leaves
 * the workspace to core's own lookup.
 */
class WorkspaceOptionTest {

    private static final InputStream NO_INPUT = new ByteArrayInputStream(new byte[0]);

    @Test
    void theQuickPathPassesIt() throws IOException {
        ScanCommand c = QuickScanArguments.parse(new String[] {"scan", "--workspace", "prod", "x"}, Map.of(), NO_INPUT);
        assertThat(c).isNotNull();
        assertThat(c.request().workspace()).isEqualTo("prod");
        ScanCommand none = QuickScanArguments.parse(new String[] {"scan", "x"}, Map.of(), NO_INPUT);
        assertThat(none.request().workspace()).isNull();
    }

    @Test
    void picocliPassesItForScanAndBaseline() throws IOException {
        ScanCommand scan = new ScanCommand(Map.of(), NO_INPUT);
        new CommandLine(scan).parseArgs("--workspace=staging", "x");
        assertThat(scan.request().workspace()).isEqualTo("staging");
        BaselineCommand baseline = new BaselineCommand(Map.of(), NO_INPUT);
        new CommandLine(baseline).parseArgs("x", "--workspace", "prod");
        assertThat(baseline.request().workspace()).isEqualTo("prod");
    }

    @Test
    void anEmptyNameIsAUsageError() {
        Cli.Run run = Cli.run("scan", "--workspace=", "testdata/stdin");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--workspace needs a workspace name");
        assertThat(Cli.run("scan", "--workspace", "a", "--workspace", "b", "testdata/stdin").err())
                .contains("should be specified only once");
    }

    @Test
    void helpDescribesIt() {
        assertThat(Cli.run("scan", "--help").out()).contains("--workspace=NAME", "terraform.workspace", "--stdin-filename=NAME");
        assertThat(Cli.run("baseline", "--help").out()).contains("--workspace=NAME", "--stdin-filename=NAME");
    }
}
