package dev.isolint.core.internal.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isolint.core.api.ScanResult;
import dev.isolint.core.Scans;
import dev.isolint.core.model.Evidence;
import dev.isolint.core.rule.Finding;
import dev.isolint.core.rule.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code terraform.workspace} as Terraform decides it (SPEC §6): the request's workspace, else {@code TF_WORKSPACE},
 * else the root's {@code .terraform/environment}, else {@code default} — with the source named in the evidence.
 * The precedence of {@code TF_WORKSPACE} over {@code .terraform/environment} is Terraform 1.11's own (checked with
 * {@code terraform plan} after {@code terraform workspace select}).
 */
class WorkspaceTest {

    private static final Path FIXTURES = Scans.ROOT.resolve("testdata/terraform/workspace");
    private static final Path BY_NAME = FIXTURES.resolve("by-name");
    private static final Path SELECTED = FIXTURES.resolve("selected");

    @Test
    void withoutAnySourceTheWorkspaceIsDefault() {
        Finding f = only(Scans.scan(BY_NAME));
        assertThat(f.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(notes(f)).contains("terraform.workspace = \"default\" (default: no --workspace, TF_WORKSPACE or"
                + " .terraform/environment)");
    }

    @Test
    void theRequestsWorkspaceIsUsed() {
        Finding f = only(Scans.scan(BY_NAME, b -> b.workspace("prod")));
        assertThat(f.verdict()).isEqualTo(Verdict.PASS);
        assertThat(notes(f)).contains("terraform.workspace = \"prod\" (--workspace)");
    }

    @Test
    void tfWorkspaceFromTheRequestsEnvironmentIsUsed() {
        Finding f = only(Scans.scan(BY_NAME, b -> b.environment(Map.of("TF_WORKSPACE", "prod"))));
        assertThat(f.verdict()).isEqualTo(Verdict.PASS);
        assertThat(notes(f)).contains("terraform.workspace = \"prod\" (TF_WORKSPACE)");
    }

    @Test
    void theWorkspaceSelectedInTheRootsTerraformDirectoryIsUsed() {
        Finding f = only(Scans.scan(SELECTED));
        assertThat(f.verdict()).isEqualTo(Verdict.PASS);
        Evidence step = f.evidence().stream().filter(e -> e.note().startsWith("terraform.workspace")).findFirst()
                .orElseThrow();
        assertThat(step.note()).isEqualTo("terraform.workspace = \"prod\" (.terraform/environment)");
        assertThat(step.location().file()).isEqualTo(SELECTED.resolve(".terraform/environment").toAbsolutePath());
    }

    @Test
    void tfWorkspaceWinsOverTheSelectedWorkspaceAndTheRequestOverBoth() {
        Finding env = only(Scans.scan(SELECTED, b -> b.environment(Map.of("TF_WORKSPACE", "staging"))));
        assertThat(env.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(notes(env)).contains("terraform.workspace = \"staging\" (TF_WORKSPACE)");
        Finding given = only(Scans.scan(SELECTED, b -> b.workspace("prod").environment(Map.of("TF_WORKSPACE", "staging"))));
        assertThat(given.verdict()).isEqualTo(Verdict.PASS);
        assertThat(notes(given)).contains("terraform.workspace = \"prod\" (--workspace)");
    }

    @Test
    void eachRootHasItsOwnWorkspace() {
        ScanResult r = Scans.scan(FIXTURES);
        assertThat(r.errors()).isEmpty();
        assertThat(r.findings()).hasSize(2);
        for (Finding f : r.findings()) {
            boolean selected = f.resource().location().file().startsWith(SELECTED.toAbsolutePath());
            assertThat(f.verdict()).as(f.resource().location().toString())
                    .isEqualTo(selected ? Verdict.PASS : Verdict.FAIL);
        }
    }

    @Test
    void anEmptyEnvironmentFileOrAnEmptyTfWorkspaceMeansDefault(@TempDir Path tmp) throws IOException {
        Path root = copyOfByName(tmp);
        Files.createDirectories(root.resolve(".terraform"));
        Files.writeString(root.resolve(".terraform/environment"), " \n", StandardCharsets.UTF_8);
        Finding f = only(Scans.scan(root, b -> b.environment(Map.of("TF_WORKSPACE", ""))));
        assertThat(f.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(notes(f)).anyMatch(n -> n.startsWith("terraform.workspace = \"default\" (default:"));
    }

    @Test
    void aNameTerraformRejectsIsUnknownNotGuessed(@TempDir Path tmp) throws IOException {
        Finding env = only(Scans.scan(BY_NAME, b -> b.environment(Map.of("TF_WORKSPACE", "team/prod"))));
        assertThat(env.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(env.message()).contains("TF_WORKSPACE \"team/prod\" is not a valid workspace name");

        // The environment file may be a link to any file: its content is shown only when it is a workspace name.
        Path root = copyOfByName(tmp);
        Files.createDirectories(root.resolve(".terraform"));
        Files.writeString(root.resolve(".terraform/environment"), "root:x:0:0:root:/root:/bin/bash\nline two\n",
                StandardCharsets.UTF_8);
        Finding file = only(Scans.scan(root));
        assertThat(file.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(file.message()).contains(".terraform/environment does not hold a workspace name")
                .doesNotContain("/bin/bash");
    }

    private static Path copyOfByName(Path tmp) throws IOException {
        Path root = tmp.resolve("root");
        Files.createDirectories(root);
        Files.copy(BY_NAME.resolve("main.tf"), root.resolve("main.tf"));
        return root;
    }

    private static Finding only(ScanResult r) {
        assertThat(r.errors()).isEmpty();
        assertThat(r.findings()).hasSize(1);
        return r.findings().get(0);
    }

    private static List<String> notes(Finding f) {
        List<String> out = new ArrayList<>();
        for (Evidence e : f.evidence()) {
            out.add(e.note());
        }
        return out;
    }
}
