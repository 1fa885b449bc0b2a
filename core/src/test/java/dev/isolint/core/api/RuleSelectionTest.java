package dev.isolint.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.isolint.core.Scans;
import dev.isolint.core.rule.Rule;
import dev.isolint.core.rules.RuleRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Name resolution of {@code --rule}/{@code --skip-rule} against the registry, and its effect on a scan. */
class RuleSelectionTest {

    @Test
    void everyRegisteredRuleIsNamedByIdOrSlugInAnyCase() {
        for (Rule<?> r : RuleRegistry.rules()) {
            String id = r.metadata().id();
            String slug = r.metadata().slug();
            for (String name : List.of(id, id.toLowerCase(), slug, slug.toUpperCase(), " " + id + " ")) {
                assertThat(RuleSelection.of(List.of(name), List.of()).rules()).as(name).containsExactly(r);
                assertThat(RuleSelection.of(List.of(), List.of(name)).rules()).as(name).doesNotContain(r)
                        .hasSize(RuleRegistry.rules().size() - 1);
            }
        }
    }

    @Test
    void nothingNamedIsEveryRuleAndSkipWinsOverRule() {
        assertThat(RuleSelection.of(List.of(), List.of()).rules()).isEqualTo(RuleRegistry.rules());
        String id = RuleRegistry.rules().get(0).metadata().id();
        RuleSelection none = RuleSelection.of(List.of(id), List.of(id));
        assertThat(none.rules()).isEmpty();
        assertThat(none.runs(id)).isFalse();
    }

    @Test
    void anUnknownNameIsRefusedWithTheValidNames() {
        assertThatThrownBy(() -> RuleSelection.of(List.of("ISO001", "ISO999"), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--rule: unknown rule 'ISO999'")
                .hasMessageContaining("ISO001 (sagemaker-model-network-isolation)");
        // A peer tool's alias names the rule in suppressions, not in a selection.
        assertThatThrownBy(() -> RuleSelection.of(List.of(), List.of("CKV_AWS_370")))
                .hasMessageContaining("--skip-rule: unknown rule 'CKV_AWS_370'");
    }

    @Test
    void aRuleThatIsOffYieldsNoResult() {
        String template = "testdata/cli/repeated-options/cloudformation";
        assertThat(Scans.scan(template).findings()).extracting(f -> f.rule().id()).containsExactly("ISO001");
        ScanResult off = dev.isolint.core.Isolint.scan(Scans.request(template)
                .rules(RuleSelection.of(List.of(), List.of("ISO001"))).build());
        assertThat(off.findings()).isEmpty();
        assertThat(off.files()).isEqualTo(1);
        assertThat(off.exitCode(UnknownPolicy.FAIL)).isEqualTo(ExitCode.OK);
    }
}
