package dev.isolint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.isolint.core.api.Limits;
import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code <workspace>} ({@code -Disolint.workspace}) reaches the scan request; unset, core finds it as Terraform does. */
class CheckMojoWorkspaceTest {

    @TempDir
    Path basedir;

    private CheckMojo mojo(String workspace) throws ReflectiveOperationException {
        MavenProject project = new MavenProject();
        project.setFile(basedir.resolve("pom.xml").toFile());
        project.getBuild().setDirectory(new File(basedir.toFile(), "target").getPath());
        CheckMojo mojo = new CheckMojo();
        set(mojo, "project", project);
        set(mojo, "workspace", workspace);
        return mojo;
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = CheckMojo.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    @Test
    void theParameterSetsTheRequestsWorkspace() throws Exception {
        assertThat(mojo("prod").request(basedir, Limits.DEFAULT).workspace()).isEqualTo("prod");
        assertThat(mojo(" staging ").request(basedir, Limits.DEFAULT).workspace()).isEqualTo("staging");
    }

    @Test
    void unsetLeavesItToTerraformsOwnLookup() throws Exception {
        assertThat(mojo(null).request(basedir, Limits.DEFAULT).workspace()).isNull();
    }

    @Test
    void aBlankNameFailsTheBuild() {
        assertThatThrownBy(() -> mojo(" ").request(basedir, Limits.DEFAULT))
                .isInstanceOf(MojoExecutionException.class).hasMessageContaining("workspace");
    }
}
