package dev.isolint.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isolint.core.api.Limits;
import dev.isolint.core.api.ScanRequest;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.rule.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code testdata/hostile/}: bombs, deep nesting, cycles, truncation, garbage. Every file ends as a
 * result or an error entry with a position; nothing escapes as an internal error.
 *
 * <p>Also files generated here (20 M characters are too big to commit) whose one token is huge: a YAML
 * scalar of each style, a JSON string in a template, a plan and a {@code .tf.json} file, an HCL heredoc and
 * quoted string. Each is rejected with its limit's error, or read under a raised limit, in about the time
 * its reading takes. A reader that is quadratic in a token's length takes minutes on them (SnakeYAML's
 * took 41 s for 5.5 M characters), far beyond the timeouts; the timeouts are a safety net, not a measure.
 * They run the test on a thread of its own, so that a quadratic reader fails at the timeout, not when it ends.
 */
class HostileInputTest {

    /** Characters of each huge token: four times the default {@code string-length} limit. */
    private static final int HUGE = 20_000_000;
    private static final String TOKEN = token(HUGE);
    private static final String TOO_LONG = "a string is longer than 5000000 characters (--limit string-length=…)";
    private static final Consumer<ScanRequest.Builder> RAISED =
            b -> b.limits(Limits.DEFAULT.with("string-length=" + (HUGE + HUGE / 10)));

    @TempDir
    Path dir;

    @Test
    void everyHostileFileEndsAsAResultOrAnErrorEntry() throws IOException {
        Path dir = Scans.ROOT.resolve("testdata/hostile");
        ScanResult r = Scans.scan(dir);
        Set<Path> accounted = new HashSet<>();
        r.findings().forEach(f -> accounted.add(f.resource().location().file()));
        r.errors().forEach(e -> accounted.add(e.location().file()));
        List<Path> inputs;
        try (Stream<Path> s = Files.list(dir)) {
            inputs = s.filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList();
        }
        assertThat(accounted).containsAll(inputs);
        assertThat(r.errors()).allSatisfy(e -> {
            assertThat(e.message()).doesNotContain("internal error").doesNotContain("Exception");
            assertThat(e.location().line()).isPositive();
        });
        assertThat(r.errors()).extracting(e -> e.location().file().getFileName() + ": " + e.message())
                .anySatisfy(m -> assertThat(m).startsWith("alias-bomb.yaml").contains("alias bomb"))
                .anySatisfy(m -> assertThat(m).startsWith("merge-bomb.yaml").contains("alias bomb"))
                .anySatisfy(m -> assertThat(m).startsWith("recursive-alias.yaml").contains("recursive"))
                .anySatisfy(m -> assertThat(m).startsWith("deep-nesting.json").contains("nested deeper"))
                .anySatisfy(m -> assertThat(m).startsWith("deep-nesting.yaml").contains("nested deeper"));
        assertThat(Scans.finding(r, "Looping").message()).contains("refers to itself");
        assertThat(Scans.finding(r, "Chained").verdict()).hasToString("PASS");
        assertThat(Scans.finding(r, "Chained").evidence().size()).isLessThanOrEqualTo(dev.isolint.core.model.Evidence.MAX_CHAIN + 1);
    }

    // ---------------------------------------------------------------- one huge token, generated

    /** A CloudFormation template whose tag value (line 10, column 18) is {@code value}; {@code anchor} leaves the quick YAML subset. */
    private static String template(String value, boolean anchor) {
        return "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  M:\n    Type: AWS::SageMaker::Model\n"
                + "    Properties:\n      ExecutionRoleArn: " + (anchor ? "&role " : "") + "r\n"
                + "      EnableNetworkIsolation: true\n      Tags:\n        - Key: k\n          Value: " + value + "\n";
    }

    /** The scalar {@code TOKEN} in YAML style {@code style}. */
    private static String yamlScalar(String style) {
        return switch (style) {
            case "double-quoted", "double-quoted-snakeyaml" -> "\"" + TOKEN + "\"";
            case "single-quoted" -> "'" + TOKEN + "'";
            case "plain" -> TOKEN;
            case "literal" -> "|\n" + lines(TOKEN, "            ", 76);
            case "folded" -> ">-\n" + lines(TOKEN, "            ", 76);
            default -> throw new IllegalArgumentException(style);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"double-quoted", "single-quoted", "plain", "literal", "folded", "double-quoted-snakeyaml"})
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aHugeYamlScalarIsRejectedOrReadInLinearTime(String style) throws IOException {
        Path file = write("huge.yaml", template(yamlScalar(style), style.endsWith("snakeyaml")));
        assertSingleError(Scans.scan(file), 10, 18, TOO_LONG);
        assertPass(Scans.scan(file, RAISED), "M");
        if (style.equals("plain")) {
            assertSingleError(Scans.scan(file, b -> b.limits(Limits.DEFAULT.with("file-size=10m"))), 1, 1,
                    "larger than the limit of 10 MB (--limit file-size=…)");
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aHugeJsonStringIsRejectedOrReadInLinearTime() throws IOException {
        Path template = write("template.json", "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": {\"M\": {\"Type\":"
                + " \"AWS::SageMaker::Model\", \"Properties\": {\"ExecutionRoleArn\": \"r\", \"EnableNetworkIsolation\": true,"
                + " \"Tags\": [{\"Key\": \"k\", \"Value\": \"" + TOKEN + "\"}]}}}}\n");
        assertSingleError(Scans.scan(template), 1, -1, TOO_LONG);
        assertPass(Scans.scan(template, RAISED), "M");

        Path tfJson = write("tfjson/main.tf.json", "{\"resource\": {\"aws_sagemaker_model\": {\"m\": {\"name\": \"" + TOKEN
                + "\", \"execution_role_arn\": \"r\", \"enable_network_isolation\": true}}}}\n");
        assertSingleError(Scans.scan(tfJson.getParent()), 1, -1, TOO_LONG);
        assertPass(Scans.scan(tfJson.getParent(), RAISED), "aws_sagemaker_model.m");

        // The plan reader bounds the strings it reads (the attribute's value here) ...
        String plan = "{\"format_version\": \"1.2\", \"planned_values\": {\"root_module\": {\"resources\": [{\"address\":"
                + " \"aws_sagemaker_model.m\", \"mode\": \"managed\", \"type\": \"aws_sagemaker_model\", \"name\": \"m\","
                + " \"values\": {\"execution_role_arn\": \"%s\", \"enable_network_isolation\": %s}}]}}}\n";
        Path read = write("plan-read.json", plan.formatted("m", "\"" + TOKEN + "\""));
        assertSingleError(Scans.scan(read), 1, -1, "plan exceeds a reading limit: " + TOO_LONG);
        Finding f = Scans.finding(Scans.scan(read, RAISED), "aws_sagemaker_model.m");
        assertThat(f.verdict()).hasToString("UNKNOWN");
        // ... and skips the others without holding them, so they need no limit (not name: impact matches models by it).
        Path skipped = write("plan-skipped.json", plan.formatted(TOKEN, "true"));
        assertPass(Scans.scan(skipped), "aws_sagemaker_model.m");
    }

    @ParameterizedTest
    @ValueSource(strings = {"quoted", "quoted-escapes", "heredoc", "heredoc-one-line", "flush-heredoc"})
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aHugeHclStringIsReadInLinearTime(String style) throws IOException {
        String value = switch (style) {
            case "quoted" -> "\"" + TOKEN + "\"";
            // Escapes, and a character beyond Latin-1 (in the comment) that makes Java count columns by walking.
            case "quoted-escapes" -> "\"" + "ab\\n".repeat(HUGE / 4) + "\"";
            case "heredoc" -> "<<EOT\n" + lines(TOKEN, "", 76) + "EOT";
            case "heredoc-one-line" -> "<<EOT\n" + TOKEN + "\nEOT";
            case "flush-heredoc" -> "<<-EOT\n" + lines(TOKEN, "    ", 76) + "  EOT";
            default -> throw new IllegalArgumentException(style);
        };
        Path file = write("tf/main.tf", "# model 日本\nresource \"aws_sagemaker_model\" \"m\" {\n  execution_role_arn = \"r\"\n"
                + "  enable_network_isolation = true\n  name = " + value + "\n}\n");
        // HCL has no string-length limit (it bounds tokens, and this is one): the file size is what bounds it.
        assertPass(Scans.scan(file.getParent()), "aws_sagemaker_model.m");
        assertSingleError(Scans.scan(file.getParent(), b -> b.limits(Limits.DEFAULT.with("file-size=10m"))), 1, 1,
                "larger than the limit of 10 MB (--limit file-size=…)");
    }

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return f;
    }

    /** One error, at {@code line:column} ({@code column} -1: any), whose message ends with {@code says}. */
    private static void assertSingleError(ScanResult r, int line, int column, String says) {
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.message()).endsWith(says);
            assertThat(e.location().line()).isEqualTo(line);
            if (column > 0) {
                assertThat(e.location().column()).isEqualTo(column);
            }
        });
    }

    private static void assertPass(ScanResult r, String address) {
        assertThat(r.errors()).isEmpty();
        assertThat(Scans.finding(r, address).verdict()).hasToString("PASS");
    }

    /** {@code n} characters of base64's alphabet: no blank, quote or backslash, so one chunk for every scanner. */
    private static String token(int n) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        StringBuilder sb = new StringBuilder(n);
        while (sb.length() < n) {
            sb.append(alphabet, 0, Math.min(alphabet.length(), n - sb.length()));
        }
        return sb.toString();
    }

    /** {@code text} in lines of {@code width} characters, each after {@code indent} and ended by a line feed. */
    private static String lines(String text, String indent, int width) {
        StringBuilder sb = new StringBuilder(text.length() + text.length() / width * (indent.length() + 1) + 64);
        for (int i = 0; i < text.length(); i += width) {
            sb.append(indent).append(text, i, Math.min(text.length(), i + width)).append('\n');
        }
        return sb.toString();
    }
}
