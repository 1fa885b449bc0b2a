package dev.isolint.core.internal.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isolint.core.api.ScanResult;
import dev.isolint.core.Scans;
import dev.isolint.core.rule.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;

/** Properties of the CloudFormation evaluator that must hold for every template, JSON or YAML. */
class TemplateEvaluatorPropertiesTest {

    /** A literal boolean passes or fails identically in JSON and YAML, whatever the logical id and extra properties. */
    @Property(tries = 60)
    void literalBooleanGivesTheSameVerdictInJsonAndYaml(@ForAll @AlphaChars @StringLength(min = 1, max = 20) String id,
            @ForAll boolean isolate, @ForAll("spelling") String yamlSpelling) throws IOException {
        String logicalId = "M" + id;
        String yamlValue = isolate ? yamlSpelling : yamlSpelling.replace("true", "false").replace("True", "False")
                .replace("TRUE", "FALSE");
        String yaml = "AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n  " + logicalId
                + ":\n    Type: AWS::SageMaker::Model\n    Properties:\n      Image: x\n      EnableNetworkIsolation: "
                + yamlValue + "\n";
        String json = "{\"Resources\": {\"" + logicalId + "\": {\"Type\": \"AWS::SageMaker::Model\", \"Properties\": "
                + "{\"EnableNetworkIsolation\": " + isolate + "}}}}";
        Verdict expected = isolate ? Verdict.PASS : Verdict.FAIL;
        assertThat(verdict(yaml, "t.yaml", logicalId)).isEqualTo(expected);
        assertThat(verdict(json, "t.json", logicalId)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> spelling() {
        return Arbitraries.of("true", "True", "TRUE", "\"true\"", "'true'", "!!bool true");
    }

    /** Fn::If picks exactly the branch its condition selects, for any parameter value and branch contents. */
    @Property(tries = 60)
    void fnIfPicksTheBranchItsConditionSelects(@ForAll("words") String actual, @ForAll("words") String compared,
            @ForAll boolean whenTrue, @ForAll boolean whenFalse, @ForAll boolean shortForm) throws IOException {
        String cond = shortForm ? "!Equals [!Ref P, " + compared + "]" : "{\"Fn::Equals\": [{\"Ref\": \"P\"}, " + compared + "]}";
        String value = shortForm ? "!If [C, " + whenTrue + ", " + whenFalse + "]"
                : "{\"Fn::If\": [\"C\", " + whenTrue + ", " + whenFalse + "]}";
        String yaml = "Parameters:\n  P: {Type: String, Default: " + actual + "}\nConditions:\n  C: " + cond
                + "\nResources:\n  M:\n    Type: AWS::SageMaker::Model\n    Properties:\n      EnableNetworkIsolation: "
                + value + "\n";
        boolean chosen = actual.equals(compared) ? whenTrue : whenFalse;
        assertThat(verdict(yaml, "t.yaml", "M")).isEqualTo(chosen ? Verdict.PASS : Verdict.FAIL);
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.of("prod", "dev", "staging", "x1");
    }

    /** An unknown condition yields a known value only when both branches agree. */
    @Property(tries = 30)
    void unknownConditionIsKnownOnlyWhenBranchesAgree(@ForAll boolean a, @ForAll boolean b) throws IOException {
        String yaml = "Conditions:\n  C: !Equals [!Ref AWS::Region, us-east-1]\nResources:\n  M:\n    Type: AWS::SageMaker::Model\n"
                + "    Properties:\n      EnableNetworkIsolation: !If [C, " + a + ", " + b + "]\n";
        Verdict expected = a != b ? Verdict.UNKNOWN : (a ? Verdict.PASS : Verdict.FAIL);
        assertThat(verdict(yaml, "t.yaml", "M")).isEqualTo(expected);
    }

    /**
     * Fn::Sub replaces each {@code ${...}} up to the first {@code '}'} after it, as the regular expression
     * {@code \$\{([^}]*)}} (the reference here) finds them: {@code ${P}} by P's value, {@code ${!x}} by the
     * literal {@code ${x}}, anything else unknown.
     */
    @Property(tries = 400)
    void fnSubReplacesLikeTheReferencePattern(@ForAll("subTemplates") String template) throws IOException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$\\{([^}]*)}").matcher(template);
        StringBuilder expected = new StringBuilder();
        boolean known = true;
        while (m.find()) {
            String name = m.group(1).strip();
            String replacement = name.startsWith("!") ? "${" + name.substring(1) + "}" : name.equals("P") ? "v" : null;
            known &= replacement != null;
            m.appendReplacement(expected, java.util.regex.Matcher.quoteReplacement(replacement == null ? "" : replacement));
        }
        m.appendTail(expected);
        String yaml = "Parameters:\n  P: {Type: String, Default: v}\nConditions:\n  C: !Equals [!Sub \"" + template + "\", \""
                + expected + "\"]\nResources:\n  M:\n    Type: AWS::SageMaker::Model\n    Properties:\n"
                + "      EnableNetworkIsolation: !If [C, true, false]\n";
        assertThat(verdict(yaml, "t.yaml", "M")).as(yaml).isEqualTo(known ? Verdict.PASS : Verdict.UNKNOWN);
    }

    @Provide
    Arbitrary<String> subTemplates() {
        return Arbitraries.of("a", "$", "{", "}", "!", " ", "${P}", "${ P }", "${!P}", "${!}", "${", "${Q}", "${}", "$${P}}")
                .list().ofMaxSize(8).map(parts -> String.join("", parts));
    }

    /** Fn::Split keeps every piece, empty ones included, like {@code split(Pattern.quote(sep), -1)}. */
    @Property(tries = 300)
    void fnSplitKeepsEveryPiece(@ForAll("splitTexts") String text, @ForAll("separators") String sep) throws IOException {
        String expected = String.join("|", text.split(java.util.regex.Pattern.quote(sep), -1));
        String yaml = "Conditions:\n  C: !Equals [!Join [\"|\", !Split [\"" + sep + "\", \"" + text + "\"]], \"" + expected
                + "\"]\nResources:\n  M:\n    Type: AWS::SageMaker::Model\n    Properties:\n"
                + "      EnableNetworkIsolation: !If [C, true, false]\n";
        assertThat(verdict(yaml, "t.yaml", "M")).as(yaml).isEqualTo(Verdict.PASS);
    }

    @Provide
    Arbitrary<String> splitTexts() {
        return Arbitraries.of("a", ",", "b", ".", "*").list().ofMaxSize(8).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of(",", ",,", ".", "*", "a,", "ab");
    }

    private static Verdict verdict(String text, String name, String address) throws IOException {
        Path dir = Files.createTempDirectory("isolint-prop");
        try {
            ScanResult r = Scans.scanText(dir, name, text);
            assertThat(r.errors()).as(text).isEmpty();
            return Scans.finding(r, address).verdict();
        } finally {
            try (var s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
