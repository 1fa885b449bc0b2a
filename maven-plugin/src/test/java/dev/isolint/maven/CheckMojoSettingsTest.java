package dev.isolint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.isolint.core.api.Configuration;
import dev.isolint.core.api.ScanRequest;
import dev.isolint.core.api.UnknownPolicy;
import dev.isolint.core.api.VariableInput;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin's settings (SPEC §8, §14): a parameter wins over the root's {@code .isolint.yml}, which wins over the
 * defaults; the base path and the root's files are the repository root's, else the top-level project's.
 */
class CheckMojoSettingsTest {

    @TempDir
    Path root;

    private Path module;

    @BeforeEach
    void reactor() throws IOException {
        module = Files.createDirectories(root.resolve("svc-b"));
    }

    private void configFile(String... lines) throws IOException {
        Files.writeString(root.resolve(".isolint.yml"), String.join("\n", lines) + "\n");
    }

    private ScanRequest request(CheckMojo mojo) throws MojoExecutionException {
        return mojo.request(module, mojo.effective(module));
    }

    @Test
    void theRootsConfigurationFileAppliesInAModule() throws Exception {
        configFile("rules: [ISO002]", "unknown: warn", "strict: true", "soft-fail: true", "exclude: [\"drafts/**\"]");
        CheckMojo mojo = MojoFixture.mojo(module, root);

        Configuration effective = mojo.effective(module);
        ScanRequest request = mojo.request(module, effective);

        assertThat(effective.file()).isEqualTo(root.resolve(".isolint.yml"));
        assertThat(request.rules().runs("ISO002")).isTrue();
        assertThat(request.rules().runs("ISO001")).isFalse();
        assertThat(effective.unknownPolicy()).isEqualTo(UnknownPolicy.WARN);
        assertThat(effective.flag(Configuration.Key.SOFT_FAIL)).isTrue();
        assertThat(request.strict()).isTrue();
        assertThat(request.excludes()).contains("drafts/**");
    }

    @Test
    void parametersWinOverTheFile() throws Exception {
        configFile("rules: [ISO002]", "unknown: warn", "exclude: [\"drafts/**\"]", "vars: {isolate: \"true\"}");
        CheckMojo mojo = MojoFixture.mojo(module, root);
        MojoFixture.set(mojo, "rules", List.of("sagemaker-model-network-isolation"));
        MojoFixture.set(mojo, "skipRules", List.of());
        MojoFixture.set(mojo, "unknown", "fail");
        MojoFixture.set(mojo, "excludes", List.of("examples/**"));
        MojoFixture.set(mojo, "variables", Map.of("isolate", "false"));

        Configuration effective = mojo.effective(module);
        ScanRequest request = mojo.request(module, effective);

        assertThat(request.rules().runs("ISO001")).isTrue();
        assertThat(request.rules().runs("ISO002")).isFalse();
        assertThat(effective.unknownPolicy()).isEqualTo(UnknownPolicy.FAIL);
        // A list parameter replaces the file's list, as a command-line list does.
        assertThat(request.excludes()).contains("examples/**").doesNotContain("drafts/**");
        // Mappings merge by name, the parameter's entry winning, as a command-line --var does.
        assertThat(request.variables()).containsExactly(new VariableInput.Var("isolate", "false"));
    }

    @Test
    void skipRulesLeavesARuleOut() throws Exception {
        CheckMojo mojo = MojoFixture.mojo(module, root);
        MojoFixture.set(mojo, "skipRules", List.of("ISO001"));

        ScanRequest request = request(mojo);

        assertThat(request.rules().runs("ISO001")).isFalse();
        assertThat(request.rules().runs("ISO002")).isTrue();
    }

    @Test
    void anUnknownRuleFailsTheBuildNamingTheParameter() throws Exception {
        CheckMojo mojo = MojoFixture.mojo(module, root);
        MojoFixture.set(mojo, "skipRules", List.of("ISO999"));

        assertThatThrownBy(() -> request(mojo)).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("isolint: skipRules: unknown rule 'ISO999' (valid rules: ISO001 (");
    }

    @Test
    void aBrokenConfigurationFileFailsTheBuildWithFileAndLine() throws Exception {
        configFile("unknown: warn", "formt: sarif");
        CheckMojo mojo = MojoFixture.mojo(module, root);

        assertThatThrownBy(() -> mojo.effective(module)).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining(".isolint.yml:2: ").hasMessageContaining("'format'");
    }

    @Test
    void anExplicitConfigFileIsTheOneRead() throws Exception {
        configFile("unknown: warn");
        Files.writeString(module.resolve("ci.yml"), "strict: true\n");
        CheckMojo mojo = MojoFixture.mojo(module, root);
        MojoFixture.set(mojo, "configFile", new File("ci.yml"));

        Configuration effective = mojo.effective(module);

        assertThat(effective.flag(Configuration.Key.STRICT)).isTrue();
        assertThat(effective.unknownPolicy()).isEqualTo(UnknownPolicy.FAIL);
    }

    @Test
    void theBasePathIsTheRepositoryRootAboveTheTopLevelProject() throws Exception {
        Path project = Files.createDirectories(root.resolve("services"));
        Path moduleBelow = Files.createDirectories(project.resolve("svc-b"));
        Files.createDirectories(root.resolve(".git"));
        CheckMojo mojo = MojoFixture.mojo(moduleBelow, project);

        assertThat(mojo.request(moduleBelow, mojo.effective(moduleBelow)).basePath()).isEqualTo(root);
    }

    @Test
    void outsideARepositoryTheBasePathIsTheTopLevelProject() throws Exception {
        assertThat(request(MojoFixture.mojo(module, root)).basePath()).isEqualTo(root);
        // A project built on its own is its own top level.
        assertThat(request(MojoFixture.mojo(module)).basePath()).isEqualTo(module);
    }

    @Test
    void theParameterAndThenTheFileSetTheBasePath() throws Exception {
        configFile("base-path: svc-b");
        CheckMojo mojo = MojoFixture.mojo(module, root);
        assertThat(request(mojo).basePath()).isEqualTo(module);

        MojoFixture.set(mojo, "basePath", new File(".."));
        assertThat(request(mojo).basePath()).isEqualTo(root);
    }

    @Test
    void outsideARepositoryTheRootsIgnoreFileIsPassedOn() throws Exception {
        Files.writeString(root.resolve(".isolint-ignore.yml"), "ignore: []\n");

        assertThat(request(MojoFixture.mojo(module, root)).ignoreFile()).isEqualTo(root.resolve(".isolint-ignore.yml"));
    }

    @Test
    void insideARepositoryTheScanFindsTheIgnoreFileItself() throws Exception {
        Files.createDirectories(root.resolve(".git"));
        Files.writeString(root.resolve(".isolint-ignore.yml"), "ignore: []\n");

        assertThat(request(MojoFixture.mojo(module, root)).ignoreFile()).isNull();
    }

    @Test
    void anExplicitIgnoreFileIsResolvedAgainstTheBaseDirectory() throws Exception {
        CheckMojo mojo = MojoFixture.mojo(module, root);
        MojoFixture.set(mojo, "ignoreFile", new File("accepted.yml"));

        assertThat(request(mojo).ignoreFile()).isEqualTo(module.resolve("accepted.yml"));
    }
}
