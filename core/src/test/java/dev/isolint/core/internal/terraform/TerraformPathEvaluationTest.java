package dev.isolint.core.internal.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isolint.core.api.Limits;
import dev.isolint.core.internal.adapter.terraform.TerraformAdapters;
import dev.isolint.core.internal.terraform.PathScan.PathAdapter;
import dev.isolint.core.internal.terraform.module.TerraformAdapter;
import dev.isolint.core.internal.terraform.module.TerraformPath;
import dev.isolint.core.model.Evidence;
import dev.isolint.core.model.Setting;
import dev.isolint.core.model.Value;
import dev.isolint.core.rule.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generic Terraform resource view evaluating attribute paths: through nested blocks (the aws provider),
 * {@code dynamic} blocks and object attributes (awscc), in both syntaxes, after override files are merged.
 */
class TerraformPathEvaluationTest {

    private static final TerraformPath BLOCK = TerraformPath.block("network_config").attribute("enable_network_isolation");
    private static final TerraformPath OBJECT = TerraformPath.attribute("network_config").key("enable_network_isolation");
    private static final List<TerraformAdapter> ADAPTERS = List.of(new PathAdapter("aws_job", BLOCK),
            new PathAdapter("awscc_job", OBJECT));

    @TempDir
    Path dir;

    private PathScan.Result scan(String mainTf) {
        PathScan.write(dir, "main.tf", mainTf);
        return PathScan.scan(dir, ADAPTERS);
    }

    private static Value<Boolean> only(Setting<Boolean> s) {
        assertThat(s.instances()).hasSize(1);
        return s.instances().get(0).value();
    }

    private static List<String> notes(Value<Boolean> v) {
        List<String> out = new ArrayList<>();
        for (Evidence e : v.evidence()) {
            out.add(e.location().line() + ": " + e.note());
        }
        return out;
    }

    // ------------------------------------------------------------------ nested blocks

    @Test
    void aNestedBlockSetsTheAttribute() {
        Value<Boolean> v = only(scan("""
                resource "aws_job" "j" {
                  network_config {
                    enable_network_isolation = true
                  }
                }
                """).setting("aws_job.j"));
        assertThat(v).isInstanceOf(Value.Known.class);
        assertThat(((Value.Known<Boolean>) v).value()).isTrue();
        // The attribute's line and its value read the same: the chain keeps the step once.
        assertThat(notes(v)).containsExactly("3: enable_network_isolation = true");
    }

    @Test
    void noBlockAndABlockWithoutTheAttributeAreAbsent() {
        PathScan.Result r = scan("""
                resource "aws_job" "none" {
                  role_arn = "x"
                }
                resource "aws_job" "empty" {
                  network_config {
                    other = 1
                  }
                }
                """);
        Value<Boolean> none = only(r.setting("aws_job.none"));
        assertThat(none).isInstanceOf(Value.Absent.class);
        assertThat(((Value.Absent<Boolean>) none).reason())
                .isEqualTo("network_config.enable_network_isolation is not set, and the service default is false");
        assertThat(notes(none)).containsExactly(
                "1: there is no network_config block: network_config.enable_network_isolation defaults to false");
        Value<Boolean> empty = only(r.setting("aws_job.empty"));
        assertThat(empty).isInstanceOf(Value.Absent.class);
        assertThat(notes(empty)).containsExactly(
                "5: enable_network_isolation is not set: network_config.enable_network_isolation defaults to false");
        assertThat(r.verdict("aws_job.none")).isEqualTo(Verdict.FAIL);
    }

    @Test
    void severalBlocksGiveAValueEachKeyedByTheirPosition() {
        PathScan.Result r = scan("""
                resource "aws_job" "j" {
                  count = 2
                  network_config {
                    enable_network_isolation = true
                  }
                  network_config {
                    enable_network_isolation = count.index == 0
                  }
                }
                """);
        Setting<Boolean> s = r.setting("aws_job.j");
        assertThat(s.instances()).extracting(Setting.Instance::key).containsExactly(
                "aws_job.j[0].network_config[0]", "aws_job.j[0].network_config[1]",
                "aws_job.j[1].network_config[0]", "aws_job.j[1].network_config[1]");
        assertThat(r.verdict("aws_job.j")).isEqualTo(Verdict.FAIL);
    }

    @Test
    void anAttributeWrittenWhereTheSchemaHasABlockIsNotTheBlock() {
        // Native syntax tells an argument from a block; Terraform would reject this for a block type.
        Value<Boolean> v = only(scan("""
                resource "aws_job" "j" {
                  network_config = { enable_network_isolation = true }
                }
                """).setting("aws_job.j"));
        assertThat(v).isInstanceOf(Value.Absent.class);
    }

    // ------------------------------------------------------------------ dynamic blocks

    @Test
    void aDynamicBlockYieldsOneBlockPerElementEvaluatedWithItsIterator() {
        PathScan.Result r = scan("""
                variable "configs" {
                  default = { a = true, b = false }
                }
                resource "aws_job" "j" {
                  dynamic "network_config" {
                    for_each = var.configs
                    content {
                      enable_network_isolation = network_config.value
                    }
                  }
                }
                """);
        Setting<Boolean> s = r.setting("aws_job.j");
        assertThat(s.instances()).extracting(Setting.Instance::key)
                .containsExactly("aws_job.j.network_config[0]", "aws_job.j.network_config[1]");
        Value<Boolean> b = s.instances().get(1).value();
        assertThat(((Value.Known<Boolean>) b).value()).isFalse();
        assertThat(notes(b)).containsExactly("6: for_each = var.configs",
                "8: enable_network_isolation = network_config.value",
                "6: network_config.key = \"b\", network_config.value = false", "8: enable_network_isolation = false");
        assertThat(r.verdict("aws_job.j")).isEqualTo(Verdict.FAIL);
    }

    @Test
    void aNamedIteratorAListAndASetIterateAsTerraformDoes() {
        PathScan.Result r = scan("""
                resource "aws_job" "list" {
                  dynamic "network_config" {
                    for_each = [false, true]
                    iterator = nc
                    content {
                      enable_network_isolation = nc.key == 1 && nc.value
                    }
                  }
                }
                resource "aws_job" "set" {
                  dynamic "network_config" {
                    for_each = toset(["on"])
                    iterator = nc
                    content {
                      enable_network_isolation = nc.key == "on" && nc.value == "on"
                    }
                  }
                }
                """);
        List<Setting.Instance<Boolean>> list = r.setting("aws_job.list").instances();
        assertThat(list).hasSize(2);
        assertThat(((Value.Known<Boolean>) list.get(0).value()).value()).isFalse();
        assertThat(((Value.Known<Boolean>) list.get(1).value()).value()).isTrue();
        assertThat(r.verdict("aws_job.set")).isEqualTo(Verdict.PASS);
    }

    @Test
    void aDynamicBlockThatYieldsNothingLeavesTheAttributeAbsent() {
        Value<Boolean> v = only(scan("""
                resource "aws_job" "j" {
                  dynamic "network_config" {
                    for_each = []
                    content {
                      enable_network_isolation = true
                    }
                  }
                }
                """).setting("aws_job.j"));
        assertThat(v).isInstanceOf(Value.Absent.class);
        assertThat(notes(v)).containsExactly("3: for_each = []", "3: for_each is empty: dynamic \"network_config\""
                + " yields no block, so network_config.enable_network_isolation defaults to false");
    }

    @Test
    void aDynamicBlockWhoseElementsAreNotKnownIsUnknown() {
        PathScan.Result r = scan("""
                resource "aws_job" "unknown" {
                  dynamic "network_config" {
                    for_each = aws_vpc.main.configs
                    content {
                      enable_network_isolation = true
                    }
                  }
                }
                resource "aws_job" "null" {
                  dynamic "network_config" {
                    for_each = null
                    content {
                      enable_network_isolation = true
                    }
                  }
                }
                resource "aws_job" "nocontent" {
                  dynamic "network_config" {
                    for_each = [1]
                  }
                }
                """);
        assertThat(((Value.Unknown<Boolean>) only(r.setting("aws_job.unknown"))).reason()).isEqualTo(
                "the for_each of dynamic \"network_config\" is not known before apply: aws_vpc.main.configs is an"
                        + " attribute of resource aws_vpc, known only after apply");
        assertThat(((Value.Unknown<Boolean>) only(r.setting("aws_job.null"))).reason()).isEqualTo(
                "the for_each of dynamic \"network_config\" is null; Terraform needs a collection and would reject it");
        assertThat(((Value.Unknown<Boolean>) only(r.setting("aws_job.nocontent"))).reason()).isEqualTo(
                "dynamic \"network_config\" needs exactly one content block, Terraform would reject it");
    }

    @Test
    void nestedDynamicBlocksSeeTheOuterIteratorAndTheResourceInstance() {
        TerraformPath deep = TerraformPath.block("schedule").block("network_config").attribute("enable_network_isolation");
        PathScan.write(dir, "main.tf", """
                resource "aws_deep" "d" {
                  for_each = { x = true }
                  dynamic "schedule" {
                    for_each = [each.value]
                    content {
                      dynamic "network_config" {
                        for_each = [schedule.value]
                        content {
                          enable_network_isolation = network_config.value && schedule.value && each.key == "x"
                        }
                      }
                    }
                  }
                }
                """);
        PathScan.Result r = PathScan.scan(dir, List.of(new PathAdapter("aws_deep", deep)));
        Setting<Boolean> s = r.setting("aws_deep.d");
        assertThat(s.instances()).extracting(Setting.Instance::key).containsExactly("aws_deep.d[\"x\"]");
        assertThat(r.verdict("aws_deep.d")).isEqualTo(Verdict.PASS);
    }

    @Test
    void tooManyDynamicBlocksNameTheLimit() {
        PathScan.write(dir, "main.tf", """
                resource "aws_job" "j" {
                  dynamic "network_config" {
                    for_each = range(5)
                    content {
                      enable_network_isolation = true
                    }
                  }
                }
                """);
        PathScan.Result r = PathScan.scan(dir, ADAPTERS, Limits.DEFAULT.with("instances", "3"));
        assertThat(((Value.Unknown<Boolean>) only(r.setting("aws_job.j"))).reason())
                .contains("has 5 elements, more blocks than isolint expands (3)", "--limit instances=");
        assertThat(r.context().errors()).extracting(d -> d.message()).anyMatch(m -> m.contains("more blocks than"));
    }

    // ------------------------------------------------------------------ object attributes

    @Test
    void anObjectAttributeIsLookedInto() {
        PathScan.Result r = scan("""
                variable "cfg" {
                  type    = object({ enable_network_isolation = optional(bool) })
                  default = {}
                }
                resource "awscc_job" "on" {
                  network_config = { enable_network_isolation = true }
                }
                resource "awscc_job" "missing" {
                  network_config = { other = 1 }
                }
                resource "awscc_job" "null" {
                  network_config = null
                }
                resource "awscc_job" "typed" {
                  network_config = var.cfg
                }
                resource "awscc_job" "string" {
                  network_config = "on"
                }
                resource "awscc_job" "unset" {
                }
                """);
        Value<Boolean> on = only(r.setting("awscc_job.on"));
        assertThat(notes(on)).containsExactly("6: network_config = { enable_network_isolation = true }",
                "6: network_config.enable_network_isolation = true");
        Value<Boolean> missing = only(r.setting("awscc_job.missing"));
        assertThat(notes(missing)).containsExactly("9: network_config = { other = 1 }",
                "9: network_config.enable_network_isolation is not set: defaults to false");
        assertThat(((Value.Absent<Boolean>) only(r.setting("awscc_job.null"))).reason())
                .isEqualTo("network_config is null, so network_config.enable_network_isolation defaults to false");
        assertThat(((Value.Absent<Boolean>) only(r.setting("awscc_job.typed"))).reason())
                .isEqualTo("network_config.enable_network_isolation is null, so it defaults to false");
        assertThat(((Value.Unknown<Boolean>) only(r.setting("awscc_job.string"))).reason())
                .isEqualTo("network_config = \"on\" is not an object, Terraform would reject it");
        Value<Boolean> unset = only(r.setting("awscc_job.unset"));
        assertThat(notes(unset)).containsExactly(
                "20: network_config is not set: network_config.enable_network_isolation defaults to false");
        assertThat(r.verdict("awscc_job.on")).isEqualTo(Verdict.PASS);
    }

    // ------------------------------------------------------------------ JSON syntax

    @Test
    void jsonSyntaxWritesBlocksAsObjectsAndArraysAndDynamicBlocksByType() {
        PathScan.write(dir, "main.tf.json", """
                {
                  "resource": {
                    "aws_job": {
                      "one": { "network_config": { "enable_network_isolation": true } },
                      "two": { "network_config": [ { "enable_network_isolation": true }, { "enable_network_isolation": false } ] },
                      "dyn": {
                        "dynamic": {
                          "network_config": {
                            "for_each": "${[true]}",
                            "iterator": "nc",
                            "content": { "enable_network_isolation": "${nc.value}" }
                          }
                        }
                      }
                    }
                  }
                }
                """);
        PathScan.Result r = PathScan.scan(dir, ADAPTERS);
        assertThat(r.verdict("aws_job.one")).isEqualTo(Verdict.PASS);
        assertThat(r.setting("aws_job.two").instances()).hasSize(2);
        assertThat(r.verdict("aws_job.two")).isEqualTo(Verdict.FAIL);
        assertThat(r.verdict("aws_job.dyn")).isEqualTo(Verdict.PASS);
        assertThat(r.context().errors()).isEmpty();
    }

    // ------------------------------------------------------------------ override files

    @Test
    void anOverrideBlockReplacesEveryBlockOfItsTypeStaticOrDynamic() {
        PathScan.write(dir, "main.tf", """
                resource "aws_job" "static" {
                  network_config {
                    enable_network_isolation = false
                  }
                  network_config {
                    enable_network_isolation = false
                  }
                }
                resource "aws_job" "dynamic" {
                  dynamic "network_config" {
                    for_each = [false]
                    content {
                      enable_network_isolation = network_config.value
                    }
                  }
                }
                resource "aws_job" "kept" {
                  network_config {
                    enable_network_isolation = true
                  }
                }
                """);
        PathScan.write(dir, "override.tf", """
                resource "aws_job" "static" {
                  network_config {
                    enable_network_isolation = true
                  }
                }
                resource "aws_job" "dynamic" {
                  network_config {
                    enable_network_isolation = true
                  }
                }
                resource "aws_job" "kept" {
                  role_arn = "other"
                }
                """);
        PathScan.Result r = PathScan.scan(dir, ADAPTERS);
        for (String name : List.of("static", "dynamic", "kept")) {
            Value<Boolean> v = only(r.setting("aws_job." + name));
            assertThat(((Value.Known<Boolean>) v).value()).as(name).isTrue();
        }
        assertThat(only(r.setting("aws_job.static")).evidence().get(0).location().file().getFileName())
                .hasToString("override.tf");
    }

    @Test
    void aDynamicOverrideReplacesStaticBlocksAndAJsonOverrideReplacesNativeOnes() {
        PathScan.write(dir, "main.tf", """
                resource "aws_job" "a" {
                  network_config {
                    enable_network_isolation = false
                  }
                }
                resource "aws_job" "b" {
                  network_config {
                    enable_network_isolation = false
                  }
                }
                """);
        PathScan.write(dir, "a_override.tf", """
                resource "aws_job" "a" {
                  dynamic "network_config" {
                    for_each = [true]
                    content {
                      enable_network_isolation = network_config.value
                    }
                  }
                }
                """);
        PathScan.write(dir, "b_override.tf.json", """
                { "resource": { "aws_job": { "b": { "network_config": { "enable_network_isolation": true } } } } }
                """);
        PathScan.Result r = PathScan.scan(dir, ADAPTERS);
        assertThat(r.setting("aws_job.a").instances()).hasSize(1);
        assertThat(r.verdict("aws_job.a")).isEqualTo(Verdict.PASS);
        assertThat(r.setting("aws_job.b").instances()).hasSize(1);
        assertThat(r.verdict("aws_job.b")).isEqualTo(Verdict.PASS);
    }

    // ------------------------------------------------------------------ registered types only

    @Test
    void onlyTheTypesAdaptersClaimAreRead() {
        PathScan.write(dir, "main.tf", """
                resource "aws_sagemaker_model" "m" {
                  enable_network_isolation = true
                }
                resource "aws_job" "j" {
                }
                """);
        assertThat(PathScan.scan(dir, ADAPTERS).records()).containsOnlyKeys("aws_job.j");
        assertThat(PathScan.scan(dir, TerraformAdapters.ALL).records()).containsOnlyKeys("aws_sagemaker_model.m");
    }
}
