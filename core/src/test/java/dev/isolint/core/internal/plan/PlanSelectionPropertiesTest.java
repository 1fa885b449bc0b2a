package dev.isolint.core.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.isolint.core.internal.source.SourceFile;
import dev.isolint.core.model.Value;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * For plans of random resources — of kept and unkept types, managed and data, in the root module and child
 * modules, in {@code planned_values}, {@code resource_changes} or both, created, kept or deleted — wrapped in random
 * padding (fields of any shape before and after the ones that matter, the identifying fields in any order, decoy
 * resource objects in {@code prior_state} and {@code output_changes}, decoy values beside and below the kept
 * paths), the reader keeps exactly the managed resources of the claimed types that will exist after apply, and
 * reads the value at each one's path.
 */
class PlanSelectionPropertiesTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String BLOCK_TYPE = "aws_sagemaker_data_quality_job_definition";
    private static final String FLAT_TYPE = "awscc_sagemaker_model";
    private static final List<String> TYPES = List.of(BLOCK_TYPE, FLAT_TYPE, "aws_s3_bucket", "aws_sagemaker_endpoint");
    private static final List<PlanAdapter> ADAPTERS = List.of(
            new ProbeAdapter("network_config[0].enable_network_isolation", BLOCK_TYPE),
            new ProbeAdapter("enable_network_isolation", FLAT_TYPE));

    /**
     * One generated resource instance.
     *
     * @param type    one of {@link #TYPES}
     * @param data    a data source
     * @param module  0 for the root module, else the child module it is in
     * @param where   0: planned_values and resource_changes, 1: planned_values only, 2: resource_changes only
     * @param action  {@code create}, {@code no-op} or {@code delete}
     * @param value   the value at the path: {@code true}, {@code false}, {@code null} or absent ({@code "absent"})
     */
    record Spec(String type, boolean data, int module, int where, String action, String value) {
    }

    @Provide
    Arbitrary<List<Spec>> resources() {
        Arbitrary<Spec> spec = Combinators.combine(Arbitraries.of(BLOCK_TYPE, FLAT_TYPE, BLOCK_TYPE, FLAT_TYPE, TYPES.get(2), TYPES.get(3)), Arbitraries.of(false, false, false, true),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 2),
                Arbitraries.of("create", "create", "no-op", "delete"), Arbitraries.of("true", "false", "null", "absent"))
                .as(Spec::new);
        return spec.list().ofMaxSize(12);
    }

    @Property(tries = 300)
    void keepsExactlyTheSelectedResources(@ForAll("resources") List<Spec> specs, @ForAll long seed) throws Exception {
        Random random = new Random(seed);
        ObjectNode plan = JSON.objectNode();
        List<ObjectNode> modules = new ArrayList<>();
        for (int m = 0; m <= 2; m++) {
            ObjectNode module = JSON.objectNode();
            module.set("resources", JSON.arrayNode());
            modules.add(module);
        }
        ArrayNode changes = JSON.arrayNode();
        Map<String, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < specs.size(); i++) {
            Spec s = specs.get(i);
            String name = "r" + i;
            String address = (s.module() == 0 ? "" : "module.m" + s.module() + ".") + (s.data() ? "data." : "") + s.type()
                    + "." + name;
            if (s.where() != 2) {
                ((ArrayNode) modules.get(s.module()).get("resources")).add(resource(address, s, name, random));
            }
            if (s.where() != 1 && !s.data()) {
                changes.add(change(address, s, name, random));
            }
            boolean kept = !s.data() && (s.type().equals(BLOCK_TYPE) || s.type().equals(FLAT_TYPE))
                    && !(s.where() != 1 && s.action().equals("delete"));
            if (kept) {
                expected.put(address, s.value());
            }
        }
        ObjectNode root = modules.get(0);
        ArrayNode children = JSON.arrayNode();
        for (int m = 1; m <= 2; m++) {
            modules.get(m).put("address", "module.m" + m);
            children.add(shuffled(modules.get(m), random));
        }
        root.set("child_modules", children);
        ObjectNode planned = JSON.objectNode();
        planned.set("root_module", shuffled(root, random));
        plan.put("format_version", "1.2");
        plan.set("planned_values", planned);
        plan.set("resource_changes", changes);
        // Decoys: resource objects of kept types where the reader must not look.
        ObjectNode prior = JSON.objectNode();
        ObjectNode priorRoot = JSON.objectNode();
        priorRoot.set("resources", JSON.arrayNode().add(resource(FLAT_TYPE + ".gone", new Spec(FLAT_TYPE, false, 0, 1,
                "create", "false"), "gone", random)));
        prior.set("values", JSON.objectNode().set("root_module", priorRoot));
        plan.set("prior_state", prior);
        plan.set("output_changes", JSON.objectNode().set("o", resource(BLOCK_TYPE + ".out", new Spec(BLOCK_TYPE, false, 0, 1,
                "create", "false"), "out", random)));
        plan.set("resource_drift", JSON.arrayNode().add(change(BLOCK_TYPE + ".drift", new Spec(BLOCK_TYPE, false, 0, 0,
                "update", "false"), "drift", random)));
        for (int p = random.nextInt(3); p > 0; p--) {
            plan.set("padding_" + p, junk(random, 3));
        }
        byte[] bytes = new ObjectMapper().writeValueAsBytes(shuffled(plan, random));

        Map<String, ProbeAdapter.Probe> probes = ProbeAdapter.read(SourceFile.of(Path.of("/generated/plan.json"), bytes),
                ADAPTERS);
        Map<String, String> actual = new LinkedHashMap<>();
        for (ProbeAdapter.Probe p : probes.values()) {
            actual.put(p.resource().address(), describe(p.value()));
        }
        Map<String, String> wanted = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : expected.entrySet()) {
            wanted.put(e.getKey(), e.getValue().equals("true") || e.getValue().equals("false") ? e.getValue() : "absent");
        }
        Statistics.label("kept").collect(Math.min(wanted.size(), 4));
        assertThat(actual).containsExactlyInAnyOrderEntriesOf(wanted);
    }

    private static String describe(Value<Boolean> v) {
        if (v instanceof Value.Known<Boolean> k) {
            return String.valueOf(k.value());
        }
        return v instanceof Value.Absent ? "absent" : "unknown";
    }

    /** A {@code planned_values} resource object: the identifying fields, values, padding, in a random order. */
    private static ObjectNode resource(String address, Spec s, String name, Random random) {
        ObjectNode r = JSON.objectNode();
        r.put("address", address);
        r.put("mode", s.data() ? "data" : "managed");
        r.put("type", s.type());
        r.put("name", name);
        r.set("values", values(s, random));
        pad(r, random);
        return shuffled(r, random);
    }

    /** A {@code resource_changes} object; the planned value is also {@code change.after}. */
    private static ObjectNode change(String address, Spec s, String name, Random random) {
        ObjectNode c = JSON.objectNode();
        c.set("actions", JSON.arrayNode().add(s.action()));
        c.set("before", random.nextBoolean() ? JSON.nullNode() : values(s, random));
        c.set("after", s.action().equals("delete") ? JSON.nullNode() : values(s, random));
        ObjectNode unknown = JSON.objectNode();
        unknown.put("arn", true);
        pad(unknown, random);
        c.set("after_unknown", shuffled(unknown, random));
        ObjectNode r = JSON.objectNode();
        r.put("address", address);
        r.put("mode", "managed");
        r.put("type", s.type());
        r.put("name", name);
        r.set("change", shuffled(c, random));
        pad(r, random);
        return shuffled(r, random);
    }

    /** The values of {@code s}: its value at the path of its type, and decoys beside and around the path. */
    private static ObjectNode values(Spec s, Random random) {
        ObjectNode v = JSON.objectNode();
        ObjectNode block = JSON.objectNode();
        JsonNode value = s.value().equals("null") ? JSON.nullNode() : JSON.booleanNode(s.value().equals("true"));
        boolean blockType = s.type().equals(BLOCK_TYPE);
        if (!s.value().equals("absent")) {
            (blockType ? block : v).set("enable_network_isolation", value);
        }
        block.set("vpc_config", junk(random, 2));
        ArrayNode blocks = JSON.arrayNode();
        if (blockType && !s.value().equals("absent") || random.nextBoolean()) {
            blocks.add(shuffled(block, random));
        }
        // A second block with the opposite value must not be read: the path names the first.
        blocks.add(JSON.objectNode().put("enable_network_isolation", !s.value().equals("true")));
        if (blockType && s.value().equals("absent")) {
            blocks.removeAll(); // no block at all: absent
        }
        v.set("network_config", blocks);
        if (blockType) {
            // The flat attribute beside the block is another path: a decoy for this type.
            v.put("enable_network_isolation", !s.value().equals("true"));
        }
        pad(v, random);
        return shuffled(v, random);
    }

    /** Adds up to three fields of random shapes. */
    private static void pad(ObjectNode o, Random random) {
        for (int i = random.nextInt(4); i > 0; i--) {
            o.set("pad" + i, junk(random, 3));
        }
    }

    /** A random JSON value up to {@code depth} deep, now and then holding decoy names of the kept paths. */
    private static JsonNode junk(Random random, int depth) {
        int kind = random.nextInt(depth > 0 ? 8 : 5);
        switch (kind) {
            case 0:
                return JSON.nullNode();
            case 1:
                return JSON.booleanNode(random.nextBoolean());
            case 2:
                return JSON.numberNode(random.nextInt(100));
            case 3:
                return JSON.textNode(random.nextBoolean() ? "x" : "enable_network_isolation");
            case 4:
                return JSON.textNode("{\"type\":\"" + BLOCK_TYPE + "\"}");
            case 5:
            case 6: {
                ObjectNode o = JSON.objectNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    String key = List.of("a", "type", "network_config", "enable_network_isolation", "values", "address")
                            .get(random.nextInt(6));
                    o.set(key, junk(random, depth - 1));
                }
                return o;
            }
            default: {
                ArrayNode a = JSON.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    a.add(junk(random, depth - 1));
                }
                return a;
            }
        }
    }

    /** {@code o}'s fields in a random order. */
    private static ObjectNode shuffled(ObjectNode o, Random random) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        Collections.shuffle(names, random);
        ObjectNode out = JSON.objectNode();
        for (String n : names) {
            out.set(n, o.get(n));
        }
        return out;
    }
}
