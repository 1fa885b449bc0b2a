package dev.isolint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a scan's result does to the build: findings are a {@link MojoFailureException} unless {@code softFail}; input
 * errors a {@link MojoExecutionException}, which {@code strict} makes of input that is not scanned.
 */
class CheckMojoOutcomeTest {

    @TempDir
    Path basedir;

    @BeforeEach
    void project() throws IOException {
        Files.writeString(basedir.resolve("main.tf"), String.join("\n",
                "resource \"aws_sagemaker_model\" \"open\" {",
                "  enable_network_isolation = false",
                "}",
                "module \"remote\" {",
                "  source = \"git::https://example.com/ml.git\"",
                "}",
                ""));
    }

    @Test
    void findingsFailTheBuild() throws Exception {
        CheckMojo mojo = MojoFixture.mojo(basedir);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("main.tf:1 aws_sagemaker_model.open FAIL");
        assertThat(basedir.resolve("target/isolint.sarif")).isRegularFile();
    }

    @Test
    void softFailKeepsTheBuildGreenAndStillWritesTheReports() throws Exception {
        CheckMojo mojo = MojoFixture.mojo(basedir);
        MojoFixture.set(mojo, "softFail", true);
        MojoFixture.set(mojo, "formats", List.of("json", "junit"));

        mojo.execute();

        assertThat(Files.readString(basedir.resolve("target/isolint.json"))).contains("aws_sagemaker_model.open");
        assertThat(basedir.resolve("target/isolint.xml")).isRegularFile();
        assertThat(basedir.resolve("target/isolint.sarif")).doesNotExist();
    }

    @Test
    void strictMakesAnUnscannedModuleAnInputError() throws Exception {
        CheckMojo mojo = MojoFixture.mojo(basedir);
        MojoFixture.set(mojo, "strict", true);
        MojoFixture.set(mojo, "softFail", true);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("isolint: 1 input error").hasMessageContaining("main.tf:5:3: module \"remote\": remote source");
    }

    @Test
    void withoutStrictAnUnscannedModuleIsNoError() throws Exception {
        CheckMojo mojo = MojoFixture.mojo(basedir);
        MojoFixture.set(mojo, "softFail", true);

        mojo.execute();
    }
}
