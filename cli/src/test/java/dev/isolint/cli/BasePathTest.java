package dev.isolint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code --base-path DIR}: every path of every report, messages included, relative to DIR (SPEC §5, §6). */
class BasePathTest {

    private static final String MODULES = "testdata/terraform/examples/remote-modules";

    @Test
    void reportPathsAndMessagesAreRelativeToTheBasePath() {
        Cli.Run json = Cli.run("scan", "-f", "json", "--base-path", "testdata/terraform", MODULES);
        assertThat(json.out()).contains("\"file\" : \"examples/remote-modules/main.tf\"")
                .doesNotContain("\"file\" : \"testdata/");
        Cli.Run sarif = Cli.run("scan", "-f", "sarif", "--base-path", "testdata/terraform", MODULES);
        assertThat(sarif.out()).contains("\"uri\" : \"examples/remote-modules/main.tf\"")
                .doesNotContain("\"uri\" : \"testdata/");
        Cli.Run text = Cli.run("scan", "--base-path", "testdata", MODULES);
        assertThat(text.out()).startsWith("terraform/examples/remote-modules/.terraform/modules/downloaded/main.tf")
                .contains("(call path terraform/examples/remote-modules/main.tf: module.downloaded)");
    }

    @Test
    void aFileOutsideTheBasePathKeepsItsAbsolutePath() {
        Cli.Run json = Cli.run("scan", "-f", "json", "--base-path", "testdata/cloudformation", MODULES);
        assertThat(json.out()).contains("\"file\" : \"" + java.nio.file.Path.of(MODULES).toAbsolutePath().toString()
                .replace('\\', '/') + "/main.tf\"");
    }

    @Test
    void messagesNameFilesLikeTheReport() {
        // The not-a-directory notice names the missing module directory inside its message.
        Cli.Run json = Cli.run("scan", "-f", "json", "--strict", "--base-path", "testdata", MODULES);
        assertThat(json.out()).contains("\"file\" : \"terraform/examples/remote-modules/main.tf\"");
        assertThat(json.out()).doesNotContain("testdata/terraform");
    }
}
