package dev.isolint.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isolint.core.api.Configuration.Key;
import dev.isolint.core.api.Configuration.Origin;
import dev.isolint.core.api.Configuration.Source;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link ScanRequest.Builder#configuration}: the one translation of the effective settings that the CLI and the
 * Maven plugin share, so that a face layer over the environment over the file means the same in both.
 */
class ScanRequestConfigurationTest {

    private static final Path DIR = Path.of("/repo").toAbsolutePath();
    private static final Configuration FILE = Configuration.builder(Source.file(DIR.resolve(".isolint.yml"), 1))
            .list(Key.SKIP_RULES, List.of("ISO002")).list(Key.EXCLUDE, List.of("drafts/**"))
            .paths(Key.VAR_FILES, List.of(DIR.resolve("prod.tfvars"))).entry(Key.VARS, "isolate", "true")
            .entry(Key.VARS, "region", "eu").entry(Key.LIMITS, "depth", "7").string(Key.WORKSPACE, "staging")
            .flag(Key.STRICT, true).path(Key.BASE_PATH, DIR).build();

    private static Configuration.Builder face() {
        return Configuration.builder(new Source(Origin.PLUGIN_PARAMETER, null, 0));
    }

    private static ScanRequest request(Configuration effective) {
        return ScanRequest.builder().workingDirectory(DIR.resolve("svc")).configuration(effective).build();
    }

    @Test
    void theFilesSettingsReachTheRequest() {
        ScanRequest r = request(FILE);

        assertThat(r.rules().runs("ISO001")).isTrue();
        assertThat(r.rules().runs("ISO002")).isFalse();
        assertThat(r.excludes()).containsExactly("drafts/**");
        assertThat(r.variables()).containsExactly(new VariableInput.VarFile(DIR.resolve("prod.tfvars")),
                new VariableInput.Var("isolate", "true"), new VariableInput.Var("region", "eu"));
        assertThat(r.limits().depth()).isEqualTo(7);
        assertThat(r.workspace()).isEqualTo("staging");
        assertThat(r.strict()).isTrue();
        assertThat(r.basePath()).isEqualTo(DIR);
    }

    @Test
    void theFacesVariablesAreLeftToTheFaceSoItsOwnOrderHolds() {
        Configuration effective = face().paths(Key.VAR_FILES, List.of(DIR.resolve("dev.tfvars")))
                .entry(Key.VARS, "isolate", "false").build().over(FILE);

        // The face's var files replace the file's list; its values replace the file's by name. Neither is added here.
        assertThat(request(effective).variables()).containsExactly(new VariableInput.Var("region", "eu"));
    }

    @Test
    void aWorkspaceFromTheEnvironmentIsLeftToTheScan() {
        Configuration effective = Configuration.environment(Map.of("TF_WORKSPACE", "prod")).over(FILE);

        assertThat(effective.string(Key.WORKSPACE)).isEqualTo("prod");
        assertThat(request(effective).workspace()).isNull();
        assertThat(request(face().string(Key.WORKSPACE, "qa").build().over(effective)).workspace()).isEqualTo("qa");
        assertThat(Configuration.environment(Map.of("TF_WORKSPACE", " ")).has(Key.WORKSPACE)).isFalse();
    }

    @Test
    void theUnknownPolicyIsFailUnlessWarnIsSaid() {
        assertThat(Configuration.NONE.unknownPolicy()).isEqualTo(UnknownPolicy.FAIL);
        assertThat(face().string(Key.UNKNOWN, "warn").build().unknownPolicy()).isEqualTo(UnknownPolicy.WARN);
    }
}
