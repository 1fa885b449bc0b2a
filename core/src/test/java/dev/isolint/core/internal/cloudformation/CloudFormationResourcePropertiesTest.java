package dev.isolint.core.internal.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isolint.core.model.Evidence;
import dev.isolint.core.model.Value;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/**
 * A property path through any mix of written, missing, absent, unknown and condition-chosen mappings evaluates as
 * the first mapping that is not there (absent) or cannot be known (unknown) says, or else as its leaf — alike in
 * YAML short form and JSON long form.
 */
class CloudFormationResourcePropertiesTest {

    /** What a mapping on the way is. */
    enum Level { MAPPING, MISSING, NO_VALUE, NULL, UNKNOWN, IF_TRUE, IF_FALSE }

    /** What the leaf is. */
    enum Leaf { TRUE, FALSE, STRING_FALSE, MISSING, NO_VALUE, NULL, UNKNOWN, IF_TRUE }

    @Property(tries = 300)
    void pathEvaluatesAsTheFirstMappingThatIsNotThereSays(@ForAll @Size(max = 3) List<Level> levels, @ForAll Leaf leaf) {
        String path = path(levels.size());
        Value<Boolean> yaml = Probes.value(template(levels, leaf, false), path);
        Value<Boolean> json = Probes.value(template(levels, leaf, true), path);

        Value<Boolean> expected = expected(levels, leaf);
        assertThat(yaml.getClass()).as("%s %s", levels, leaf).isEqualTo(expected.getClass());
        if (expected instanceof Value.Known<Boolean> k) {
            assertThat(((Value.Known<Boolean>) yaml).value()).isEqualTo(k.value());
            List<Evidence> steps = yaml.evidence();
            assertThat(steps.get(steps.size() - 1).note()).isEqualTo(path + " = " + k.value());
        }
        if (yaml instanceof Value.Absent<Boolean> a) {
            assertThat(a.reason()).startsWith(absentAt(levels, leaf)).contains(path).contains("false");
        }
        assertThat(yaml.evidence()).isNotEmpty().allSatisfy(e -> assertThat(e.location().line()).isBetween(1, 7));

        // The same template in the other spelling: the same value for the same reason.
        assertThat(json.getClass()).isEqualTo(yaml.getClass());
        assertThat(reasonOrValue(json)).isEqualTo(reasonOrValue(yaml));
    }

    private static String path(int depth) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            sb.append('L').append(i).append('.');
        }
        return sb.append("Leaf").toString();
    }

    /** The model the view must agree with. */
    private static Value<Boolean> expected(List<Level> levels, Leaf leaf) {
        for (Level l : levels) {
            switch (l) {
                case MAPPING, IF_TRUE -> {
                    continue;
                }
                case UNKNOWN -> {
                    return Value.unknown("", List.of());
                }
                default -> {
                    return Value.absent("", List.of());
                }
            }
        }
        return switch (leaf) {
            case TRUE, IF_TRUE -> Value.known(true, List.of());
            case FALSE, STRING_FALSE -> Value.known(false, List.of());
            case UNKNOWN -> Value.unknown("", List.of());
            default -> Value.absent("", List.of());
        };
    }

    /** What an absent value's reason starts with: the first segment that is not there, or the whole missing path. */
    private static String absentAt(List<Level> levels, Leaf leaf) {
        for (int i = 0; i < levels.size(); i++) {
            Level l = levels.get(i);
            if (l == Level.MISSING) {
                return path(levels.size()) + " is not set";
            }
            if (l != Level.MAPPING && l != Level.IF_TRUE) {
                return path(levels.size()).substring(0, 3 * i + 2) + " is ";
            }
        }
        return path(levels.size()) + " is ";
    }

    private static String reasonOrValue(Value<Boolean> v) {
        if (v instanceof Value.Known<Boolean> k) {
            return String.valueOf(k.value());
        }
        return v instanceof Value.Unknown<Boolean> u ? u.reason() : ((Value.Absent<Boolean>) v).reason();
    }

    /** The whole template, one resource whose {@code Properties} is written on line 7. */
    private static String template(List<Level> levels, Leaf leaf, boolean json) {
        String properties = mapping(levels, leaf, 0, json);
        if (json) {
            return "{\"AWSTemplateFormatVersion\": \"2010-09-09\",\n\"Conditions\": {\"T\": {\"Fn::Equals\": [\"a\", \"a\"]}},\n"
                    + "\"Resources\": {\n\"P\": {\n\"Type\": \"Test::Probe\",\n\"Properties\": " + properties
                    + "}}}\n";
        }
        return "AWSTemplateFormatVersion: \"2010-09-09\"\nConditions:\n  T: !Equals [a, a]\nResources:\n  P:\n"
                + "    Type: Test::Probe\n    Properties: " + properties + "\n";
    }

    /** The mapping that holds segment {@code level} (the leaf when {@code level == levels.size()}). */
    private static String mapping(List<Level> levels, Leaf leaf, int level, boolean json) {
        boolean isLeaf = level == levels.size();
        boolean missing = isLeaf ? leaf == Leaf.MISSING : levels.get(level) == Level.MISSING;
        if (missing) {
            return "{\"Other\": 1}";
        }
        String name = isLeaf ? "Leaf" : "L" + level;
        return "{\"" + name + "\": " + (isLeaf ? leaf(leaf, json) : level(levels, leaf, level, json)) + "}";
    }

    private static String level(List<Level> levels, Leaf leaf, int level, boolean json) {
        String inner = mapping(levels, leaf, level + 1, json);
        return switch (levels.get(level)) {
            case MAPPING -> inner;
            case NO_VALUE -> noValue(json);
            case NULL -> "null";
            case UNKNOWN -> json ? "{\"Ref\": \"AWS::Region\"}" : "!Ref AWS::Region";
            case IF_TRUE -> fnIf(inner, noValue(json), json);
            case IF_FALSE -> fnIf(noValue(json), inner, json);
            case MISSING -> throw new IllegalStateException("a missing level has no value");
        };
    }

    private static String leaf(Leaf leaf, boolean json) {
        return switch (leaf) {
            case TRUE -> "true";
            case FALSE -> "false";
            case STRING_FALSE -> "\"false\"";
            case NO_VALUE -> noValue(json);
            case NULL -> "null";
            case UNKNOWN -> json ? "{\"Ref\": \"AWS::Region\"}" : "!Ref AWS::Region";
            case IF_TRUE -> fnIf("true", "false", json);
            case MISSING -> throw new IllegalStateException("a missing leaf has no value");
        };
    }

    private static String noValue(boolean json) {
        return json ? "{\"Ref\": \"AWS::NoValue\"}" : "!Ref AWS::NoValue";
    }

    private static String fnIf(String whenTrue, String whenFalse, boolean json) {
        return json ? "{\"Fn::If\": [\"T\", " + whenTrue + ", " + whenFalse + "]}" : "!If [T, " + whenTrue + ", " + whenFalse + "]";
    }
}
