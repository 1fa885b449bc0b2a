package dev.isolint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.isolint.core.api.ScanRequest;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code <workspace>} ({@code -Disolint.workspace}) reaches the scan request; unset, core finds it as Terraform does. */
class CheckMojoWorkspaceTest {

    @TempDir
    Path basedir;

    private CheckMojo mojo(String workspace) throws ReflectiveOperationException {
        CheckMojo mojo = MojoFixture.mojo(basedir);
        MojoFixture.set(mojo, "workspace", workspace);
        return mojo;
    }

    private ScanRequest request(CheckMojo mojo) throws MojoExecutionException {
        return mojo.request(basedir, mojo.effective(basedir));
    }

    @Test
    void theParameterSetsTheRequestsWorkspace() throws Exception {
        assertThat(request(mojo("prod")).workspace()).isEqualTo("prod");
        assertThat(request(mojo(" staging ")).workspace()).isEqualTo("staging");
    }

    @Test
    void unsetLeavesItToTerraformsOwnLookup() throws Exception {
        assertThat(request(mojo(null)).workspace()).isNull();
    }

    @Test
    void aBlankNameFailsTheBuild() {
        assertThatThrownBy(() -> request(mojo(" ")))
                .isInstanceOf(MojoExecutionException.class).hasMessageContaining("workspace");
    }
}
