package dev.isolint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code .isolint.yml} through the CLI (SPEC §14): its keys take effect in {@code scan} and {@code baseline}, the
 * command line wins and a list given there replaces the file's, a bad key is a usage error naming file:line and the
 * nearest key, and {@code isolint config} prints every value with its source. The tests run from the repository
 * root, which has no {@code .isolint.yml}; they name theirs with {@code --config}.
 */
class ConfigFileTest {

    private static final String CFN = "testdata/cli/repeated-options/cloudformation";

    @TempDir
    Path tmp;

    private String config(String text) throws IOException {
        Path f = tmp.resolve(".isolint.yml");
        Files.writeString(f, text);
        return f.toString();
    }

    @Test
    void theFilesKeysTakeEffect() throws IOException {
        String conf = config("format: json\nskip-rules: [ISO001]\n");
        Cli.Run run = Cli.run("scan", "--config", conf, CFN);
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("\"schemaVersion\" : 1", "\"resources\" : 0");
        // soft-fail from the file: the finding is reported, the run passes.
        String soft = config("soft-fail: true\nparameters: {Environment: dev}\n");
        Cli.Run softRun = Cli.run("scan", "--config", soft, CFN);
        assertThat(softRun.exit()).isZero();
        assertThat(softRun.out()).contains("1 FAIL");
    }

    @Test
    void theCommandLineWinsAndItsListReplacesTheFilesList() throws IOException {
        String conf = config("format: json\nunknown: warn\nexclude: ['**/model.yaml']\n");
        Cli.Run run = Cli.run("scan", "--config", conf, "-f", "text", "--exclude", "**/nothing", CFN);
        assertThat(run.out()).contains("1 file, 1 SageMaker model: 1 FAIL").doesNotContain("schemaVersion");
        Cli.Run fileOnly = Cli.run("scan", "--config", conf, CFN);
        assertThat(fileOnly.out()).contains("\"files\" : 0");
    }

    @Test
    void relativePathsInTheFileAreRelativeToItsDirectory() throws IOException {
        String conf = config("format: [text, json=reports/r.json]\n");
        Cli.Run run = Cli.run("scan", "--config", conf, CFN);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(tmp.resolve("reports/r.json")).exists();
        assertThat(Files.readString(tmp.resolve("reports/r.json"))).contains("\"rule\" : \"ISO001\"");
    }

    @Test
    void aBadKeyIsAUsageErrorWithFileLineAndSuggestion() throws IOException {
        String conf = config("unknown: warn\nformt: json\n");
        for (String command : new String[] {"scan", "baseline", "config"}) {
            Cli.Run run = Cli.run(command, "--config", conf, CFN);
            assertThat(run.exit()).as(command).isEqualTo(2);
            assertThat(run.err()).as(command).contains(conf + ":2: unknown key 'formt' (did you mean 'format'?)");
        }
        Cli.Run missing = Cli.run("scan", "--config", tmp.resolve("gone.yml").toString(), CFN);
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("gone.yml:1: no such configuration file");
    }

    @Test
    void configPrintsEveryValueWithItsSource() throws IOException {
        String conf = config("unknown: warn\nvars:\n  isolate: true\nlimits: {depth: 100}\n");
        Cli.Run run = Cli.run(java.util.Map.of("TF_WORKSPACE", "prod"), "", "config", "--config", conf,
                "--limit", "files=5", "--rule", "ISO001");
        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .contains("unknown: warn  # " + conf + ":1")
                .contains("  isolate: true  # " + conf + ":3")
                .contains("  depth: 100  # " + conf + ":4")
                .contains("  files: 5  # command line")
                .contains("rules: [ISO001]  # command line")
                .contains("workspace: prod  # environment")
                .contains("soft-fail: false  # default")
                .contains("format: [text]  # default");
    }

    @Test
    void theIgnoreFileAndTheConfigurationAreFoundFromASubdirectory() throws Exception {
        // The same lookup for both: a baseline and a configuration at the repository root hold in a subdirectory.
        Path repo = tmp.resolve("repo");
        Path infra = repo.resolve("infra");
        Files.createDirectories(repo.resolve(".git"));
        Files.createDirectories(infra);
        Files.copy(Path.of(CFN, "model.yaml"), infra.resolve("model.yaml"));
        Files.writeString(repo.resolve(".isolint.yml"), "format: json\n");
        Files.writeString(repo.resolve(".isolint-ignore.yml"),
                "ignore:\n  - rule: ISO001\n    address: Model\n    reason: accepted for the test\n");
        Cli.Run run = Subprocess.run(infra, java.util.Map.of(), "scan", ".");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"suppressed\" : 1", "\"kind\" : \"ignore-file\"");
    }
}
