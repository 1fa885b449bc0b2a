package dev.isolint.core.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.isolint.core.internal.source.SourceFile;
import dev.isolint.core.model.Evidence;
import dev.isolint.core.model.ServiceResource;
import dev.isolint.core.model.Value;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the plan reader keeps when adapters ask for nested paths ({@code testdata/plan/paths/plan.json}, hand-made):
 * a provider's nested block (a list in plan JSON), an {@code awscc} object attribute, a deep path, a single nested
 * block that the configuration renders as an object; unknown ancestors, missing parents, and configuration
 * expressions written at the path or at an object attribute above it.
 */
class PlanPathSelectionTest {

    private static final Path PLAN = PlanFixtures.plan("paths/plan.json");
    private static final String DQ = "aws_sagemaker_data_quality_job_definition";
    private static final String CC = "awscc_sagemaker_data_quality_job_definition";
    private static final String MS = "awscc_sagemaker_monitoring_schedule";
    private static final String BLOCK = "network_config[0].enable_network_isolation";
    private static final String OBJECT = "network_config.enable_network_isolation";
    private static final String DEEP = "monitoring_schedule_config.monitoring_job_definition.network_config.enable_network_isolation";

    private static final List<PlanAdapter> ADAPTERS = List.of(
            new ProbeAdapter(BLOCK, DQ),
            new ProbeAdapter(OBJECT, CC),
            new ProbeAdapter(DEEP, MS),
            new ProbeAdapter("settings.enabled", "example_single_block"));

    private final Map<String, ProbeAdapter.Probe> probes = ProbeAdapter.read(file(PLAN), ADAPTERS);

    private static SourceFile file(Path p) {
        try {
            return SourceFile.of(p, Files.readAllBytes(p));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Value<Boolean> value(String address) {
        assertThat(probes).containsKey(address);
        return probes.get(address).value();
    }

    private static List<String> notes(Value<Boolean> v) {
        List<String> out = new ArrayList<>();
        for (Evidence e : v.evidence()) {
            out.add(e.note());
        }
        return out;
    }

    /** The text of the plan line an evidence step points at. */
    private static String lineOf(Evidence e) throws IOException {
        return Files.readAllLines(e.location().file(), StandardCharsets.UTF_8).get(e.location().line() - 1).strip();
    }

    private static String reason(Value<Boolean> v) {
        if (v instanceof Value.Absent<Boolean> a) {
            return a.reason();
        }
        if (v instanceof Value.Unknown<Boolean> u) {
            return u.reason();
        }
        return "known " + ((Value.Known<Boolean>) v).value();
    }

    @Test
    void keepsExactlyTheManagedResourcesOfTheClaimedTypes() {
        // Not kept: a data source, a type no adapter claims (with the same attributes), prior_state, output_changes.
        assertThat(probes.keySet()).containsExactly(
                DQ + ".block_true", DQ + ".block_none", DQ + ".block_unknown", DQ + ".block_second",
                CC + ".object_false", CC + ".object_omitted", CC + ".object_computed", CC + ".object_without_leaf",
                MS + ".deep_true", MS + ".deep_unknown", MS + ".names_definition", "example_single_block.body",
                "module.jobs." + DQ + ".in_module", DQ + ".change_only");
    }

    @Test
    void nestedBlockIsTheListElementAtTheIndex() {
        Value<Boolean> first = value(DQ + ".block_true");
        assertThat(reason(first)).isEqualTo("known true");
        assertThat(notes(first)).containsExactly("configuration: " + BLOCK + " = true", "planned_values: " + BLOCK + " = true");
        Value<Boolean> second = value(DQ + ".block_second");
        assertThat(reason(second)).as("the first block decides, not the second").isEqualTo("known false");
        assertThat(notes(second)).containsExactly("configuration: " + BLOCK + " = false", "planned_values: " + BLOCK + " = false");
    }

    @Test
    void missingBlockOrParentObjectIsAbsent() {
        Value<Boolean> none = value(DQ + ".block_none");
        assertThat(none).isInstanceOf(Value.Absent.class);
        assertThat(reason(none)).isEqualTo(BLOCK + " is not in the planned values: not set, and the service default is false");
        assertThat(notes(none)).containsExactly(
                "configuration: " + DQ + ".block_none has no " + BLOCK + " expression (not set)",
                "planned_values: " + BLOCK + " is not in the values");
        Value<Boolean> names = value(MS + ".names_definition");
        assertThat(names).isInstanceOf(Value.Absent.class);
        assertThat(reason(names)).isEqualTo(DEEP + " is not in the planned values: not set, and the service default is false");
    }

    @Test
    void anUnknownAncestorMakesTheLeafUnknown() throws IOException {
        Value<Boolean> block = value(DQ + ".block_unknown");
        assertThat(block).isInstanceOf(Value.Unknown.class);
        assertThat(reason(block)).isEqualTo(BLOCK + " is known only after apply (it references var.isolate)");
        Evidence flag = block.evidence().get(block.evidence().size() - 1);
        assertThat(flag.note()).isEqualTo("resource_changes: after_unknown marks " + BLOCK + " as known only after apply");
        assertThat(lineOf(flag)).isEqualTo("\"network_config\": true");

        Value<Boolean> deep = value(MS + ".deep_unknown");
        assertThat(deep).isInstanceOf(Value.Unknown.class);
        assertThat(reason(deep)).isEqualTo(DEEP + " is known only after apply (it references var.job, var.job.network)");
        assertThat(lineOf(deep.evidence().get(deep.evidence().size() - 1))).isEqualTo("\"monitoring_job_definition\": true");
    }

    @Test
    void objectAttributeTakesItsExpressionFromTheObjectsConstant() throws IOException {
        Value<Boolean> v = value(CC + ".object_false");
        assertThat(reason(v)).isEqualTo("known false");
        Evidence config = v.evidence().get(0);
        assertThat(config.note()).isEqualTo("configuration: " + OBJECT + " = false");
        // The constant inside the object's constant_value, in the configuration section.
        assertThat(lineOf(config)).isEqualTo("\"enable_network_isolation\": false");
        assertThat(config.location().line()).isGreaterThan(lineNumber("\"configuration\""));

        Value<Boolean> deep = value(MS + ".deep_true");
        assertThat(reason(deep)).isEqualTo("known true");
        assertThat(notes(deep).get(0)).isEqualTo("configuration: " + DEEP + " = true");
    }

    @Test
    void objectAttributeComputedAsAWholeGivesItsReferences() {
        Value<Boolean> v = value(CC + ".object_computed");
        assertThat(v).isInstanceOf(Value.Unknown.class);
        assertThat(reason(v)).isEqualTo(OBJECT + " is known only after apply (it references local.network)");
        assertThat(notes(v).get(0)).isEqualTo("configuration: network_config references local.network");
    }

    @Test
    void unknownButNotSetInTheConfigurationIsAbsent() {
        // awscc plans an omitted optional object (or an attribute the object's constant leaves out) as unknown.
        for (String name : List.of("object_omitted", "object_without_leaf")) {
            Value<Boolean> v = value(CC + "." + name);
            assertThat(v).as(name).isInstanceOf(Value.Absent.class);
            assertThat(reason(v)).as(name).isEqualTo(OBJECT + " is not set in the configuration, and the service default is"
                    + " false; the provider only plans the omitted attribute as known after apply");
            assertThat(notes(v).get(0)).isEqualTo("configuration: " + CC + "." + name + " has no " + OBJECT
                    + " expression (not set)");
        }
    }

    @Test
    void singleNestedBlockIsAnObjectBodyInTheConfiguration() {
        Value<Boolean> v = value("example_single_block.body");
        assertThat(reason(v)).isEqualTo("known true");
        assertThat(notes(v)).containsExactly("configuration: settings.enabled = true", "planned_values: settings.enabled = true");
    }

    @Test
    void moduleAndChangeOnlyInstancesAreJoinedAsForModels() {
        assertThat(notes(value("module.jobs." + DQ + ".in_module"))).containsExactly(
                "configuration: " + BLOCK + " = true", "planned_values: " + BLOCK + " = true");
        assertThat(notes(value(DQ + ".change_only"))).containsExactly("configuration: " + BLOCK + " = true",
                "resource_changes (not in planned_values): change.after: " + BLOCK + " = true");
        ProbeAdapter.Probe replaced = probes.get(CC + ".object_false");
        assertThat(replaced.actions()).containsExactly("delete", "create");
        assertThat(replaced.replaces()).isTrue();
        assertThat(probes.get(CC + ".object_omitted").replaces()).isFalse();
    }

    @Test
    void adaptersOfOneTypeEachGetTheirPath() {
        List<PlanAdapter> two = List.of(new ProbeAdapter(BLOCK, DQ), new ProbeAdapter("name", DQ));
        List<String> seen = new ArrayList<>();
        for (ProbeAdapter.Probe p : ProbeAdapter.probes(file(PLAN), two)) {
            if (p.resource().address().equals(DQ + ".block_second")) {
                seen.add(p.path() + " " + reason(p.value()));
            }
        }
        // "name" is a string: not a boolean, so unknown; what matters is that each path was kept.
        assertThat(seen).containsExactly(BLOCK + " known false",
                "name name has a planned value that is not a boolean: \"block-second\"");
    }

    @Test
    void aPathNoAdapterAskedForIsAProgrammingError() {
        PlanAdapter greedy = new PlanAdapter() {
            @Override
            public Set<String> types() {
                return Set.of(DQ);
            }

            @Override
            public List<PlanPath> paths() {
                return List.of(PlanPath.parse(BLOCK));
            }

            @Override
            public ServiceResource adapt(PlanResource resource) {
                resource.bool(PlanPath.parse("name"));
                return null;
            }
        };
        assertThatThrownBy(() -> ProbeAdapter.probes(file(PLAN), List.of(greedy)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name is not a path the adapters of " + DQ + " read");
    }

    @Test
    void sourceEvidenceFollowsThePathIntoBlocksAndObjects(@TempDir Path dir) throws IOException {
        Files.copy(PLAN, dir.resolve("plan.json"));
        Files.writeString(dir.resolve("main.tf"), String.join("\n",
                "resource \"" + DQ + "\" \"block_true\" {",
                "  name = \"block-true\"",
                "  network_config {",
                "    enable_inter_container_traffic_encryption = false",
                "    enable_network_isolation                  = true",
                "  }",
                "}",
                "",
                "resource \"" + CC + "\" \"object_false\" {",
                "  job_definition_name = \"object-false\"",
                "  network_config = {",
                "    \"enable_network_isolation\" = false",
                "  }",
                "}",
                "",
                "resource \"" + CC + "\" \"object_computed\" {",
                "  network_config = local.network",
                "}",
                "",
                "resource \"" + CC + "\" \"object_without_leaf\" {",
                "  network_config = { enable_inter_container_traffic_encryption = true }",
                "}",
                "",
                "resource \"" + MS + "\" \"deep_true\" {",
                "  monitoring_schedule_config = {",
                "    monitoring_job_definition = {",
                "      network_config = {",
                "        enable_network_isolation = true",
                "      }",
                "    }",
                "  }",
                "}",
                ""));
        Map<String, ProbeAdapter.Probe> found = ProbeAdapter.read(file(dir.resolve("plan.json")), ADAPTERS);
        assertThat(sourceLines(found.get(DQ + ".block_true"))).containsExactly(
                "1:1 source: resource \"" + DQ + "\" \"block_true\" {",
                "5:5 source: enable_network_isolation                  = true");
        assertThat(sourceLines(found.get(CC + ".object_false"))).containsExactly(
                "9:1 source: resource \"" + CC + "\" \"object_false\" {",
                "12:5 source: \"enable_network_isolation\" = false");
        assertThat(sourceLines(found.get(CC + ".object_computed"))).as("the attribute that sets the path as a whole")
                .containsExactly("16:1 source: resource \"" + CC + "\" \"object_computed\" {",
                        "17:3 source: network_config = local.network");
        assertThat(sourceLines(found.get(CC + ".object_without_leaf"))).as("the object leaves it out")
                .containsExactly("20:1 source: resource \"" + CC + "\" \"object_without_leaf\" {");
        assertThat(sourceLines(found.get(MS + ".deep_true"))).containsExactly(
                "24:1 source: resource \"" + MS + "\" \"deep_true\" {",
                "28:9 source: enable_network_isolation = true");
        assertThat(found.get(DQ + ".block_none").resource().context()).as("no block in main.tf").isEmpty();
    }

    private static List<String> sourceLines(ProbeAdapter.Probe p) {
        List<String> out = new ArrayList<>();
        for (Evidence e : p.resource().context()) {
            out.add(e.location().line() + ":" + e.location().column() + " " + e.note());
        }
        return out;
    }

    private static int lineNumber(String text) throws IOException {
        List<String> lines = Files.readAllLines(PLAN, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + PLAN);
    }
}
