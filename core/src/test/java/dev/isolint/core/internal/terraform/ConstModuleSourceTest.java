package dev.isolint.core.internal.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isolint.core.api.ScanResult;
import dev.isolint.core.Scans;
import dev.isolint.core.api.VariableInput;
import dev.isolint.core.model.Evidence;
import dev.isolint.core.rule.Finding;
import dev.isolint.core.rule.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Module sources built from {@code const = true} variables (Terraform 1.15+, SPEC §4) take the values a root's
 * variables take: the same inputs that select a model's settings select the module it sits in. The example
 * {@code testdata/terraform/examples/const-module-sources} holds the other cases (defaults, tfvars, locals,
 * callers' arguments, what Terraform rejects).
 */
class ConstModuleSourceTest {

    private static final Path EXAMPLE = Scans.ROOT.resolve("testdata/terraform/examples/const-module-sources");
    private static final Path LIVE = EXAMPLE.resolve("live/default");
    private static final String ADDRESS = "module.by_default.aws_sagemaker_model.m";

    @Test
    void theDefaultSelectsTheModuleAndTheEvidenceSaysHow() {
        ScanResult r = Scans.scan(LIVE);
        assertThat(r.errors()).isEmpty();
        assertThat(r.findings()).hasSize(1);
        Finding f = Scans.finding(r, ADDRESS);
        assertThat(f.verdict()).isEqualTo(Verdict.PASS);
        assertThat(f.resource().location().file()).isEqualTo(EXAMPLE.resolve("modules/secure/main.tf").toAbsolutePath());
        assertThat(notes(f)).contains(
                "module \"by_default\" (source \"../../modules/${var.flavour}\" = \"../../modules/secure\")",
                "variable \"flavour\" default = \"secure\"");
    }

    @Test
    void aCommandLineValueSelectsAnotherModule() {
        ScanResult r = Scans.scan(LIVE, b -> b.variable(new VariableInput.Var("flavour", "open")));
        assertThat(r.errors()).isEmpty();
        Finding f = Scans.finding(r, ADDRESS);
        assertThat(f.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(f.resource().location().file()).isEqualTo(EXAMPLE.resolve("modules/open/main.tf").toAbsolutePath());
        assertThat(notes(f)).anyMatch(n -> n.contains("--var flavour=open"));
    }

    @Test
    void anEnvironmentValueSelectsAnotherModule() {
        ScanResult r = Scans.scan(LIVE, b -> b.environment(Map.of("TF_VAR_flavour", "open")));
        assertThat(Scans.finding(r, ADDRESS).verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void aSourceHoldingANulCharacterIsAnInputErrorNotAnInternalOne(@org.junit.jupiter.api.io.TempDir Path dir)
            throws java.io.IOException {
        // Found by scripts/fuzz.sh: a mutated module source used to reach Path.resolve and fail the whole root.
        java.nio.file.Files.writeString(dir.resolve("main.tf"), "module \"sg\" {\n  source = \"./modules/sg\u0000x\"\n}\n"
                + "resource \"aws_sagemaker_model\" \"m\" {\n  enable_network_isolation = true\n}\n");
        ScanResult r = Scans.scan(dir);
        assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.message())
                .isEqualTo("module \"sg\": source holds a NUL character, Terraform would reject it")
                .doesNotContain("internal error"));
        assertThat(r.findings()).singleElement().satisfies(f -> assertThat(f.verdict()).isEqualTo(Verdict.PASS));
    }

    @Test
    void aValueNamingNoDirectoryIsANoticeLikeAMissingLiteralSource() {
        ScanResult r = Scans.scan(LIVE, b -> b.variable(new VariableInput.Var("flavour", "gone")));
        assertThat(r.errors()).isEmpty();
        assertThat(r.findings()).isEmpty();
        assertThat(r.notices()).anySatisfy(n -> assertThat(n.message())
                .contains("module \"by_default\": source \"../../modules/gone\" is not a directory"));
    }

    private static List<String> notes(Finding f) {
        List<String> out = new ArrayList<>();
        for (Evidence e : f.evidence()) {
            out.add(e.note());
        }
        return out;
    }
}
