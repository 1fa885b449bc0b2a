package dev.isolint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.isolint.core.api.Limits;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/** {@code <limits>}: the CLI's names, kebab- or camel-case; a bad entry fails the build before scanning. */
class CheckMojoLimitsTest {

    @Test
    void absentMeansTheDefaults() throws MojoExecutionException {
        assertThat(CheckMojo.limits(null)).isEqualTo(Limits.DEFAULT);
    }

    @Test
    void bothSpellingsSetTheLimit() throws MojoExecutionException {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("file-size", "2m");
        m.put("evaluationSteps", "1000");
        m.put("moduleDepth", "3");
        Limits l = CheckMojo.limits(m);
        assertThat(l.fileSize()).isEqualTo(2 * 1024 * 1024);
        assertThat(l.evaluationSteps()).isEqualTo(1000);
        assertThat(l.moduleDepth()).isEqualTo(3);
        assertThat(l.depth()).isEqualTo(Limits.DEFAULT.depth());
    }

    @Test
    void unknownNamesAndBadValuesFailTheBuild() {
        assertThatThrownBy(() -> CheckMojo.limits(Map.of("maxDepth", "3")))
                .isInstanceOf(MojoExecutionException.class).hasMessageContaining("unknown limit 'max-depth'");
        assertThatThrownBy(() -> CheckMojo.limits(Map.of("depth", "")))
                .isInstanceOf(MojoExecutionException.class).hasMessageContaining("depth: '' is not a whole number");
    }
}
