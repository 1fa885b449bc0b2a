package dev.isolint.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Parsing {@code --limit NAME=VALUE} and the message helpers. */
class LimitsTest {

    @Test
    void everyNameSetsItsOwnComponent() {
        Limits l = Limits.DEFAULT;
        for (String name : Limits.names()) {
            l = l.with(name + "=7");
        }
        assertThat(l).isEqualTo(new Limits(7, 7, 7, 7, 7, 7, 7, 7, 7));
        assertThat(Limits.names()).hasSize(9).doesNotHaveDuplicates();
    }

    @Test
    void defaultsReadA100MegabytePlan() {
        assertThat(Limits.DEFAULT.fileSize()).isEqualTo(256L * 1024 * 1024);
        assertThat(Limits.DEFAULT.files()).isEqualTo(200_000);
        assertThat(Limits.DEFAULT.with("depth", "9")).isEqualTo(new Limits(256L * 1024 * 1024, 200_000, 9,
                1_000_000, 5_000_000, 5_000_000, 64, 10_000, 50_000_000));
    }

    @Test
    void fileSizeTakesKilobyteAndMegabyteSuffixes() {
        assertThat(Limits.DEFAULT.with("file-size", "10k").fileSize()).isEqualTo(10 * 1024);
        assertThat(Limits.DEFAULT.with("file-size", "3M").fileSize()).isEqualTo(3 * 1024 * 1024);
        assertThat(Limits.DEFAULT.with("file-size=123").fileSize()).isEqualTo(123);
        assertThat(Limits.DEFAULT.with("evaluation-steps", "1_000").evaluationSteps()).isEqualTo(1000);
    }

    @Test
    void badInputNamesTheProblem() {
        assertThatThrownBy(() -> Limits.DEFAULT.with("depht=3")).hasMessageContaining("unknown limit 'depht'")
                .hasMessageContaining("module-depth");
        assertThatThrownBy(() -> Limits.DEFAULT.with("depth=three")).hasMessage("depth: 'three' is not a whole number");
        assertThatThrownBy(() -> Limits.DEFAULT.with("files=0")).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> Limits.DEFAULT.with("tokens=3000000000")).hasMessageContaining("larger than");
        assertThatThrownBy(() -> Limits.DEFAULT.with("file-size=9999999999999m")).hasMessageContaining("too large");
        assertThatThrownBy(() -> Limits.DEFAULT.with("depth")).hasMessageContaining("expected NAME=VALUE");
        assertThatThrownBy(() -> Limits.DEFAULT.with("=3")).hasMessageContaining("expected NAME=VALUE");
    }

    @Test
    void sizesRoundSoThatAFileOverTheLimitReadsLarger() {
        assertThat(Limits.size(1025, true)).isEqualTo("2 KB");
        assertThat(Limits.size(1025, false)).isEqualTo("1 KB");
        assertThat(Limits.size(300L * 1024 * 1024 + 1, true)).isEqualTo("301 MB");
        assertThat(Limits.size(12, true)).isEqualTo("12 bytes");
    }
}
