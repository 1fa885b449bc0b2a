package dev.isolint.core.internal.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isolint.core.Isolint;
import dev.isolint.core.api.ScanRequest;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.api.UnknownPolicy;
import dev.isolint.core.api.VariableInput;
import dev.isolint.core.model.Evidence;
import dev.isolint.core.model.SageMakerModel;
import dev.isolint.core.model.ServiceResource;
import dev.isolint.core.model.Setting;
import dev.isolint.core.internal.adapter.terraform.TerraformAdapters;
import dev.isolint.core.internal.scan.ScanContext;
import dev.isolint.core.rule.Finding;
import dev.isolint.core.rule.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerraformScannerTest {

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private ScanResult scan(ScanRequest.Builder b) {
        return Isolint.scan(b.workingDirectory(dir).today(LocalDate.of(2026, 1, 1)).build());
    }

    /** The typed records the Terraform reader makes of {@code dir}, by address (the rule's input, with instances). */
    private Map<String, SageMakerModel> models() throws IOException {
        List<Path> files;
        try (var walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".tf")).map(p -> p.toAbsolutePath().normalize()).sorted()
                    .toList();
        }
        ScanContext context = new ScanContext(ScanRequest.builder().workingDirectory(dir)
                .today(LocalDate.of(2026, 1, 1)).build());
        Map<String, SageMakerModel> out = new java.util.HashMap<>();
        for (ServiceResource r : TerraformScanner.scan(files, Set.of(dir.toAbsolutePath().normalize()),
                TerraformAdapters.ALL, context).models()) {
            out.put(r.resource().address(), (SageMakerModel) r);
        }
        return out;
    }

    private static Map<String, Verdict> verdicts(ScanResult r) {
        return r.findings().stream().collect(Collectors.toMap(f -> f.resource().address(), Finding::verdict));
    }

    private static Finding finding(ScanResult r, String address) {
        return r.findings().stream().filter(f -> f.resource().address().equals(address)).findFirst().orElseThrow();
    }

    @Test
    void environmentFilesAndCommandLineInTerraformsOrder() throws IOException {
        StringBuilder tf = new StringBuilder();
        for (String v : List.of("env_only", "env_vs_tfvars", "var_file_then_var", "var_then_var_file", "untyped")) {
            tf.append("variable \"").append(v).append("\" {\n")
                    .append(v.equals("untyped") ? "" : "  type = bool\n").append("  default = false\n}\n")
                    .append("resource \"aws_sagemaker_model\" \"").append(v).append("\" {\n")
                    .append("  enable_network_isolation = var.").append(v).append("\n}\n");
        }
        tf.append("""
                variable "complex" {
                  type    = object({ on = bool })
                  default = { on = false }
                }
                resource "aws_sagemaker_model" "complex" {
                  enable_network_isolation = var.complex.on
                }
                """);
        write("main.tf", tf.toString());
        write("terraform.tfvars", "env_vs_tfvars = false\n");
        write("cli.tfvars", "var_file_then_var = false\nvar_then_var_file = false\n");
        ScanResult r = scan(ScanRequest.builder().path(".")
                .environment(Map.of("TF_VAR_env_only", "true", "TF_VAR_env_vs_tfvars", "true",
                        "TF_VAR_untyped", "true", "TF_VAR_complex", "{ on = true }"))
                .variable(new VariableInput.VarFile(Path.of("cli.tfvars")))
                .variable(new VariableInput.Var("var_file_then_var", "true"))
                .variable(new VariableInput.Var("var_then_var_file", "true"))
                .variable(new VariableInput.VarFile(Path.of("cli.tfvars")))
                .variable(new VariableInput.Var("not_declared", "true")));
        assertThat(r.errors()).isEmpty();
        assertThat(verdicts(r)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "aws_sagemaker_model.env_only", Verdict.PASS,
                "aws_sagemaker_model.env_vs_tfvars", Verdict.FAIL,
                "aws_sagemaker_model.var_file_then_var", Verdict.FAIL,
                "aws_sagemaker_model.var_then_var_file", Verdict.FAIL,
                "aws_sagemaker_model.untyped", Verdict.PASS,
                "aws_sagemaker_model.complex", Verdict.PASS));
        assertThat(notes(finding(r, "aws_sagemaker_model.env_only")))
                .anyMatch(n -> n.contains("TF_VAR_env_only=true"));
    }

    @Test
    void evidenceFollowsTheValueThroughTheModuleCall() throws IOException {
        write("modules/ml/variables.tf", "\nvariable \"isolate\" {\n  default = true\n}\n");
        write("modules/ml/main.tf", """
                resource "aws_sagemaker_model" "this" {
                  enable_network_isolation = var.isolate
                }
                """);
        write("envs/prod/main.tf", """
                locals {
                  isolate = false
                }

                module "ml" {
                  source = "../../modules/ml"

                  isolate = local.isolate
                }
                """);
        ScanResult r = scan(ScanRequest.builder().path("."));
        Finding f = finding(r, "module.ml.aws_sagemaker_model.this");
        assertThat(f.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(f.resource().location().file()).isEqualTo(dir.resolve("modules/ml/main.tf"));
        assertThat(f.resource().location().line()).isEqualTo(1);
        List<String> steps = f.evidence().stream()
                .map(e -> dir.relativize(e.location().file()) + ":" + e.location().line() + " " + e.note()).toList();
        assertThat(steps).containsSubsequence(
                "envs/prod/main.tf:5 module \"ml\" (source \"../../modules/ml\")",
                "modules/ml/main.tf:2 enable_network_isolation = var.isolate",
                "modules/ml/variables.tf:2 variable \"isolate\"",
                "envs/prod/main.tf:8 isolate = local.isolate",
                "envs/prod/main.tf:2 isolate = false",
                "modules/ml/main.tf:2 enable_network_isolation = false");
    }

    @Test
    void repeatedModulesGiveOneResultWithPlanStyleInstanceKeys() throws IOException {
        write("main.tf", """
                module "fleet" {
                  for_each = { a = true, b = false }
                  source   = "./model"
                  isolate  = each.value
                }
                """);
        write("model/main.tf", """
                variable "isolate" {}
                resource "aws_sagemaker_model" "m" {
                  count                    = 2
                  enable_network_isolation = var.isolate || count.index == 1
                }
                """);
        ScanResult r = scan(ScanRequest.builder().path("."));
        assertThat(r.findings()).hasSize(1);
        Finding f = r.findings().get(0);
        assertThat(f.resource().address()).isEqualTo("module.fleet.aws_sagemaker_model.m");
        assertThat(models().get(f.resource().address()).networkIsolation().instances()).extracting(Setting.Instance::key)
                .containsExactly(
                "module.fleet[\"a\"].aws_sagemaker_model.m[0]", "module.fleet[\"a\"].aws_sagemaker_model.m[1]",
                "module.fleet[\"b\"].aws_sagemaker_model.m[0]", "module.fleet[\"b\"].aws_sagemaker_model.m[1]");
        assertThat(f.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(notes(f)).anyMatch(n -> n.contains("module.fleet[\"b\"].aws_sagemaker_model.m[0] FAIL"));
    }

    @Test
    void aCalledModuleIsARootOnlyWhenNamed() throws IOException {
        write("live/main.tf", "module \"ml\" {\n  source  = \"../modules/ml\"\n  isolate = true\n}\n");
        write("modules/ml/main.tf", """
                variable "isolate" {
                  default = false
                }
                resource "aws_sagemaker_model" "this" {
                  enable_network_isolation = var.isolate
                }
                """);
        assertThat(verdicts(scan(ScanRequest.builder().path("."))))
                .containsExactlyEntriesOf(Map.of("module.ml.aws_sagemaker_model.this", Verdict.PASS));
        assertThat(verdicts(scan(ScanRequest.builder().path("live").path("modules/ml"))))
                .containsExactlyInAnyOrderEntriesOf(Map.of("module.ml.aws_sagemaker_model.this", Verdict.PASS,
                        "aws_sagemaker_model.this", Verdict.FAIL));
        // A module outside the scanned paths is still followed.
        assertThat(verdicts(scan(ScanRequest.builder().path("live"))))
                .containsExactlyEntriesOf(Map.of("module.ml.aws_sagemaker_model.this", Verdict.PASS));
        // A .tf file named on the command line means its directory; a change to a called module is still
        // judged through its caller when the caller is scanned as well.
        assertThat(verdicts(scan(ScanRequest.builder().path("modules/ml/main.tf"))))
                .containsExactlyEntriesOf(Map.of("aws_sagemaker_model.this", Verdict.FAIL));
    }

    @Test
    void badFilesAreErrorsAndTheRestIsStillScanned() throws IOException {
        Files.write(dir.resolve("bad.tf"), "a = \"\u00e9\"\nb = 1\n".getBytes(StandardCharsets.ISO_8859_1));
        write("deep.tf", "x = " + "[".repeat(50_000) + "]".repeat(50_000) + "\n");
        write("good.tf", "resource \"aws_sagemaker_model\" \"m\" {\n  enable_network_isolation = true\n}\n");
        write("other/main.tf", "resource \"aws_sagemaker_model\" \"n\" {\n");
        ScanResult r = scan(ScanRequest.builder().path("."));
        assertThat(verdicts(r)).containsExactlyEntriesOf(Map.of("aws_sagemaker_model.m", Verdict.PASS));
        assertThat(r.errors()).extracting(d -> dir.relativize(d.location().file()) + ":" + d.location().line())
                .containsExactlyInAnyOrder("bad.tf:1", "deep.tf:1", "other/main.tf:1");
        assertThat(r.errors()).anyMatch(d -> d.message().contains("invalid UTF-8"));
        assertThat(r.exitCode(UnknownPolicy.FAIL).code()).isEqualTo(2);
    }

    @Test
    void hugeExpansionsAreBounded() throws IOException {
        write("main.tf", """
                resource "aws_sagemaker_model" "many" {
                  count                    = 1000000000
                  enable_network_isolation = true
                }
                resource "aws_sagemaker_model" "hundred" {
                  for_each                 = toset([for i in range(100) : tostring(i)])
                  enable_network_isolation = each.key != "42"
                }
                """);
        ScanResult r = scan(ScanRequest.builder().path("."));
        assertThat(verdicts(r)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "aws_sagemaker_model.many", Verdict.PASS, "aws_sagemaker_model.hundred", Verdict.FAIL));
        assertThat(models().get("aws_sagemaker_model.hundred").networkIsolation().instances()).hasSize(100);
        assertThat(finding(r, "aws_sagemaker_model.many").resource().notes())
                .anyMatch(n -> n.contains("more instances than isolint expands"));
    }

    @Test
    void valuesThatDoubleAtEachStepAreBounded() throws IOException {
        StringBuilder tf = new StringBuilder("locals {\n  s0 = \"xxxxxxxxxxxxxxxx\"\n  l0 = [1, 2, 3, 4]\n");
        for (int i = 1; i <= 60; i++) {
            tf.append("  s").append(i).append(" = \"${local.s").append(i - 1).append("}${local.s").append(i - 1)
                    .append("}\"\n");
            tf.append("  l").append(i).append(" = concat(local.l").append(i - 1).append(", local.l").append(i - 1)
                    .append(")\n");
        }
        tf.append("}\n");
        tf.append("resource \"aws_sagemaker_model\" \"s\" {\n  enable_network_isolation = length(local.s60) > 0\n}\n");
        tf.append("resource \"aws_sagemaker_model\" \"l\" {\n  enable_network_isolation = length(local.l60) > 0\n}\n");
        write("main.tf", tf.toString());
        ScanResult r = scan(ScanRequest.builder().path("."));
        assertThat(verdicts(r)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "aws_sagemaker_model.s", Verdict.UNKNOWN, "aws_sagemaker_model.l", Verdict.UNKNOWN));
        assertThat(r.findings()).allMatch(f -> f.message().contains("evaluation stopped"));
    }

    @Test
    void suppressionCommentsAreReadAroundTheBlock() throws IOException {
        write("main.tf", """
                # isolint:ignore ISO001 needs the network for now
                resource "aws_sagemaker_model" "m" {
                  enable_network_isolation = false
                }
                """);
        ScanResult r = scan(ScanRequest.builder().path("."));
        Finding f = r.findings().get(0);
        assertThat(f.resource().suppressions()).hasSize(1);
        assertThat(f.suppressed()).isTrue();
        assertThat(r.exitCode(UnknownPolicy.FAIL).code()).isZero();
    }

    private static List<String> notes(Finding f) {
        return f.evidence().stream().map(Evidence::note).toList();
    }
}
