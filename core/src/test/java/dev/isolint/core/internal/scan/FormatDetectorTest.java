package dev.isolint.core.internal.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written resource-type sniffer matches exactly what its regular expression would. */
class FormatDetectorTest {

    private static final Pattern CFN_TYPE = Pattern.compile("[\"']?Type[\"']?\\s*:\\s*[\"']?(?:AWS|Custom)::");

    @ParameterizedTest
    @ValueSource(strings = {
        "Type: AWS::SageMaker::Model", "\"Type\": \"AWS::S3::Bucket\"", "'Type' :\n  'Custom::Thing'",
        "  Type:\tAWS::X", "ResourceType: AWS::X", "\"Type\":\"Custom::Y\"",
    })
    void findsResourceTypes(String text) {
        assertThat(FormatDetector.hasResourceType(text)).isTrue();
        assertThat(FormatDetector.sniff("x: 1\n" + text)).isEqualTo(FileFormat.CLOUDFORMATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Type: aws::X", "Type AWS::X", "Type: \"\"AWS::X", "Type: AWS:X", "Types: AWS::X", "Type:", "Type",
        "{\"type\": \"AWS::X\"}", "name: Type", "Type: -AWS::X",
    })
    void ignoresLookalikes(String text) {
        assertThat(FormatDetector.hasResourceType(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "resource \"aws_sagemaker_model\" \"m\" {\n}", "# a comment\n\nlocals {\n  x = 1\n}",
        "// c\n/* block\n comment */ module \"ml\" {", "terraform {\n}", "  variable \"isolate\"{",
        "resource aws_sagemaker_model m {", "data \"aws_iam_role\" \"r\" {",
    })
    void recognisesTerraformHcl(String text) {
        assertThat(FormatDetector.looksLikeHcl(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "isolate = true", "Resources:\n  M:\n    Type: AWS::SageMaker::Model", "{\"resource\": {}}",
        "resources {", "resource: x", "# resource \"x\" \"y\" {", "resource \"x\" = {", "module \"unclosed {",
        "[section]\nkey = value",
    })
    void recognisesNothingElseAsHcl(String text) {
        assertThat(FormatDetector.looksLikeHcl(text)).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"resource\": {}}", " {\n  \"terraform\" : {}", "{\"variable\":{}}"})
    void recognisesTerraformJson(String text) {
        assertThat(FormatDetector.looksLikeTerraformJson(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{}", "{\"name\": \"pkg\", \"module\": \"x\"}", "[\"resource\"]", "resource {"})
    void recognisesNothingElseAsTerraformJson(String text) {
        assertThat(FormatDetector.looksLikeTerraformJson(text)).as(text).isFalse();
    }

    @Property(tries = 3000)
    void agreesWithTheRegularExpression(@ForAll("texts") String text) {
        assertThat(FormatDetector.hasResourceType(text)).as(text).isEqualTo(CFN_TYPE.matcher(text).find());
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.of("Type", "Typ", "e", ":", " ", "\t", "\n", "\r", "\u000B", "\f",
                "\"", "'", "AWS", "AWS::", "Custom::", "Custom", "::", ":", "x", "AW", "S::");
        return pieces.list().ofMaxSize(12).map(l -> String.join("", l));
    }
}
