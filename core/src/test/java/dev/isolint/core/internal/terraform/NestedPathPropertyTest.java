package dev.isolint.core.internal.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isolint.core.internal.terraform.PathScan.PathAdapter;
import dev.isolint.core.internal.terraform.module.TerraformAdapter;
import dev.isolint.core.internal.terraform.module.TerraformPath;
import dev.isolint.core.rule.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * A setting written in a nested block, a {@code dynamic} block or an object attribute gets the verdict the same
 * value gets written as a flat attribute, whatever the resource's {@code count}/{@code for_each}, the module
 * instances around it and the value (literals, strings Terraform converts, null, variables, unknowns,
 * {@code count.index} and {@code each}): the generic view's paths mean what the one-level attribute means.
 */
class NestedPathPropertyTest {

    private static final List<TerraformAdapter> ADAPTERS = List.of(
            new PathAdapter("flat", TerraformPath.attribute("enable_network_isolation")),
            new PathAdapter("nested", TerraformPath.block("network_config").attribute("enable_network_isolation")),
            new PathAdapter("object", TerraformPath.attribute("network_config").key("enable_network_isolation")));

    /** How the nested resource writes the flat one's value {@code V} (or its absence, {@code null}). */
    private static final String[] SET = {
        "  network_config {\n    enable_network_isolation = V\n  }\n",
        "  dynamic \"network_config\" {\n    for_each = [1]\n    content {\n      enable_network_isolation = V\n    }\n  }\n",
        "  dynamic \"network_config\" {\n    for_each = { k = V }\n    iterator = nc\n    content {\n"
                + "      enable_network_isolation = nc.value\n    }\n  }\n",
        "  dynamic \"network_config\" {\n    for_each = [V, V]\n    content {\n"
                + "      enable_network_isolation = network_config.value\n    }\n  }\n",
        "  network_config {\n    enable_network_isolation = V\n  }\n  network_config {\n    enable_network_isolation = V\n  }\n",
    };
    private static final String[] UNSET = {
        "",
        "  network_config {\n    other = 1\n  }\n",
        "  dynamic \"network_config\" {\n    for_each = []\n    content {\n      enable_network_isolation = true\n    }\n  }\n",
    };
    private static final String[] OBJECT_UNSET = {"", "  network_config = null\n", "  network_config = {}\n"};

    @Property(tries = 80)
    void aNestedPathGetsTheVerdictOfTheFlatAttribute(@ForAll long seed) throws IOException {
        Random r = new Random(seed);
        Path dir = Files.createTempDirectory("isolint-nested");
        try {
            String expansion = expansion(r);
            String value = r.nextInt(6) == 0 ? null : value(r, expansion);
            StringBuilder tf = new StringBuilder();
            tf.append("variable \"on\" {\n  default = ").append(r.nextBoolean()).append("\n}\n");
            tf.append("resource \"flat\" \"r\" {\n").append(expansion);
            if (value != null) {
                tf.append("  enable_network_isolation = ").append(value).append('\n');
            }
            tf.append("}\n");
            tf.append("resource \"nested\" \"r\" {\n").append(expansion);
            tf.append(value != null ? SET[r.nextInt(SET.length)].replace("V", value) : UNSET[r.nextInt(UNSET.length)]);
            tf.append("}\n");
            tf.append("resource \"object\" \"r\" {\n").append(expansion);
            tf.append(value != null ? "  network_config = { enable_network_isolation = " + value + " }\n"
                    : OBJECT_UNSET[r.nextInt(OBJECT_UNSET.length)]);
            tf.append("}\n");
            String module = moduleCall(r);
            if (module == null) {
                PathScan.write(dir, "main.tf", tf.toString());
            } else {
                PathScan.write(dir, "main.tf", module);
                PathScan.write(dir, "child/main.tf", tf.toString());
            }
            PathScan.Result result = PathScan.scan(dir, ADAPTERS);
            String prefix = module == null ? "" : "module.child.";
            Verdict flat = result.verdict(prefix + "flat.r");
            assertThat(result.verdict(prefix + "nested.r")).as("nested block, %s", tf).isEqualTo(flat);
            assertThat(result.verdict(prefix + "object.r")).as("object attribute, %s", tf).isEqualTo(flat);
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** The resource's count or for_each (known, empty, or not known before apply), or neither. */
    private static String expansion(Random r) {
        return switch (r.nextInt(6)) {
            case 0, 1 -> "";
            case 2 -> "  count = " + r.nextInt(4) + "\n";
            case 3 -> {
                List<String> entries = new ArrayList<>();
                for (String k : List.of("a", "b", "c")) {
                    if (r.nextBoolean()) {
                        entries.add(k + " = " + r.nextBoolean());
                    }
                }
                yield "  for_each = { " + String.join(", ", entries) + " }\n";
            }
            case 4 -> "  count = length(aws_vpc.v.ids)\n";
            default -> "  for_each = toset(" + (r.nextBoolean() ? "[\"a\", \"b\"]" : "[]") + ")\n";
        };
    }

    /** A value expression that fits the expansion. */
    private static String value(Random r, String expansion) {
        List<String> values = new ArrayList<>(List.of("true", "false", "null", "\"true\"", "\"false\"", "\"yes\"",
                "var.on", "!var.on", "aws_s3_bucket.b.id == \"x\"", "var.on ? true : null"));
        if (expansion.contains("count")) {
            values.add("count.index == 0");
        }
        if (expansion.contains("for_each = {")) {
            values.add("each.value");
            values.add("each.key == \"a\"");
        } else if (expansion.contains("for_each")) {
            values.add("each.key == \"a\"");
        }
        return values.get(r.nextInt(values.size()));
    }

    /** The module call the resources are reached through (with instances, none, or unknown ones), or none. */
    private static String moduleCall(Random r) {
        return switch (r.nextInt(5)) {
            case 0 -> "module \"child\" {\n  source = \"./child\"\n  count  = " + r.nextInt(3) + "\n}\n";
            case 1 -> "module \"child\" {\n  source   = \"./child\"\n  for_each = toset([\"x\", \"y\"])\n}\n";
            case 2 -> "module \"child\" {\n  source = \"./child\"\n}\n";
            default -> null;
        };
    }
}
