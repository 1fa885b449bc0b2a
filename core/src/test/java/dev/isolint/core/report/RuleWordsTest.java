package dev.isolint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isolint.core.Scans;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.api.UnknownPolicy;
import dev.isolint.core.rule.Finding;
import dev.isolint.core.rule.RuleMetadata;
import dev.isolint.core.rule.Severity;
import dev.isolint.core.rules.NetworkIsolationRule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reports and faces say what a result judged in its rules' words: one rule's own words, or, once a result holds
 * several rules' findings, words that fit any rule, so that a new rule changes no reporter.
 */
class RuleWordsTest {

    private static final ScanResult MIXED = Scans.scan("testdata/golden/mixed/input");

    /** A rule isolint does not have, with a noun that takes "an". */
    static final RuleMetadata OTHER = new RuleMetadata("ISO900", "other-rule", "Endpoint config without X",
            "Endpoint configs must have X.", Severity.HIGH, "8.0", List.of(), "/none.md", "endpoint config", "config",
            "endpoint configs without X", "without X", List.of(), new RuleMetadata.Fix("X: true", "x = true",
                    "the config", "Enable X"));

    /** {@code result} with every other finding judged by {@link #OTHER} instead. */
    static ScanResult twoRules(ScanResult result) {
        List<Finding> findings = new ArrayList<>();
        for (Finding f : result.findings()) {
            findings.add(findings.size() % 2 == 0 ? f
                    : new Finding(OTHER, f.verdict(), f.resource(), f.message(), f.evidence(), f.suppression()));
        }
        return new ScanResult(result.files(), findings, result.errors(), result.notices());
    }

    @Test
    void oneRuleSpeaksInItsOwnWords() {
        RuleWords words = RuleWords.of(MIXED.findings());
        assertThat(words.count(1)).isEqualTo("1 SageMaker model");
        assertThat(words.count(2)).isEqualTo("2 SageMaker models");
        assertThat(words.aNoun()).isEqualTo("a SageMaker model");
        assertThat(words.shortNoun()).isEqualTo("model");
        assertThat(words.shortfall()).isEqualTo("without proven network isolation");
        assertThat(words.ruleIds()).isEqualTo("rule ISO001");
        assertThat(words.remedy())
                .isEqualTo("Enable network isolation on a new model for each (isolint explain ISO001 shows how)");
        assertThat(words.flagged()).isEqualTo("Amazon SageMaker models deployed without network isolation");
        assertThat(RuleWords.of(OTHER).aNoun()).isEqualTo("an endpoint config");
    }

    @Test
    void noFindingsSpeakForEveryRuleIsolintHas() {
        // Several rules are registered: a run without findings (or a file it could not read) may concern any of them.
        assertThat(RuleWords.of(List.of()).noun()).isEqualTo(RuleWords.registered().noun()).isEqualTo("resource");
        assertThat(RuleWords.of(NetworkIsolationRule.METADATA).noun()).isEqualTo("SageMaker model");
    }

    @Test
    void severalRulesOrAnUnknownOneSpeakForAnyRule() {
        RuleWords words = RuleWords.of(twoRules(MIXED).findings());
        assertThat(words.count(2)).isEqualTo("2 resources");
        assertThat(words.aNoun()).isEqualTo("a resource");
        assertThat(words.shortNoun()).isEqualTo("resource");
        assertThat(words.shortfall()).isEqualTo("that fail a rule");
        assertThat(words.ruleIds()).isEqualTo("rules ISO001, ISO900");
        assertThat(words.remedy()).isEqualTo("Fix each as its fix line says (isolint explain RULE shows how)");
        assertThat(words.flagged()).isEqualTo("resources that break one of isolint's rules");
        assertThat(RuleWords.of((RuleMetadata) null).noun()).isEqualTo("resource");
    }

    @Test
    void reportSummariesOfSeveralRulesNameNoRule() {
        ScanResult two = twoRules(MIXED);
        assertThat(Scans.render(new TextReporter(), two, Scans.options(UnknownPolicy.FAIL))).endsWith("""
                4 files, 12 resources: 9 FAIL (5 suppressed), 1 UNKNOWN, 2 PASS; 1 input error, 2 notices
                FAILED: 5 results fail the run. Fix each as its fix line says (isolint explain RULE shows how), or record an accepted risk with a reason (isolint:ignore comment or .isolint-ignore.yml).
                ERROR: 1 input error: fix the input so every resource is checked (exit code 2).
                """);
        assertThat(Scans.render(new GithubReporter(), two, Scans.options(UnknownPolicy.FAIL)))
                .endsWith("isolint: 12 resources, 5 failing, 5 suppressed, 1 input error\n");
    }
}
