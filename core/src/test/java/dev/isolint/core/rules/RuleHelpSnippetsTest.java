package dev.isolint.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isolint.core.Isolint;
import dev.isolint.core.api.ScanRequest;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.report.RuleHelp;
import dev.isolint.core.rule.Finding;
import dev.isolint.core.rule.RuleMetadata;
import dev.isolint.core.rule.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CloudFormation and Terraform snippets of every rule's {@code explain} page are example files: each is scanned
 * (a YAML fragment of resources under {@code Resources:}, an HCL snippet as a one-file module) and must give at least
 * one result of its rule, every one of them PASS — or suppressed, in the page's "accepting the risk" snippet.
 */
class RuleHelpSnippetsTest {

    @TempDir
    static Path work;

    /** One fenced block of a help page: its language and text. */
    record Snippet(RuleMetadata rule, int index, String language, String text) {
    }

    @TestFactory
    Stream<DynamicTest> everyRulePagesSnippetsPassTheirRule() {
        List<DynamicTest> tests = new ArrayList<>();
        for (RuleMetadata rule : RuleRegistry.metadata()) {
            List<Snippet> snippets = snippets(rule);
            assertThat(snippets).as("%s has CloudFormation and Terraform snippets", rule.id())
                    .extracting(Snippet::language).contains("yaml", "hcl");
            for (Snippet s : snippets) {
                tests.add(DynamicTest.dynamicTest(rule.id() + " snippet " + s.index() + " (" + s.language() + ")",
                        () -> check(s)));
            }
        }
        return tests.stream();
    }

    static List<Snippet> snippets(RuleMetadata rule) {
        List<Snippet> out = new ArrayList<>();
        String[] lines = RuleHelp.markdown(rule).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String fence = lines[i].strip();
            if (!fence.equals("```yaml") && !fence.equals("```hcl")) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            int j = i + 1;
            for (; j < lines.length && !lines[j].strip().equals("```"); j++) {
                text.append(lines[j]).append('\n');
            }
            out.add(new Snippet(rule, out.size() + 1, fence.substring(3), text.toString()));
            i = j;
        }
        return out;
    }

    private static void check(Snippet s) throws IOException {
        Path dir = Files.createDirectories(work.resolve(s.rule().id() + "-" + s.index()));
        if (s.language().equals("yaml")) {
            String text = s.text().startsWith("Resources:") ? s.text()
                    : "Resources:\n" + s.text().replaceAll("(?m)^(?=.)", "  ");
            Files.writeString(dir.resolve("template.yaml"), text);
        } else {
            Files.writeString(dir.resolve("main.tf"), s.text());
        }
        ScanResult result = Isolint.scan(ScanRequest.builder().workingDirectory(dir).paths(List.of(".")).build());
        List<Finding> own = result.findings().stream().filter(f -> f.rule().id().equals(s.rule().id())).toList();
        assertThat(result.errors()).as("errors scanning %s", s).isEmpty();
        assertThat(own).as("results of %s in %s", s.rule().id(), s).isNotEmpty()
                .allSatisfy(f -> assertThat(f.verdict() == Verdict.PASS || f.suppressed())
                        .as("%s: %s", f.verdict(), f.message()).isTrue());
    }
}
