package dev.isolint.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isolint.core.api.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one position type: its helpers, and that what reports order or merge by is the start they print. */
class RangeTest {

    private static final Path FILE = Path.of("/w/main.tf");

    @Test
    void helpersKeepTheFileAndTheRightEnds() {
        Range first = new Range(FILE, 2, 3, 2, 9);
        Range last = new Range(FILE, 4, 1, 6, 2);
        assertThat(Range.between(first, last)).isEqualTo(new Range(FILE, 2, 3, 6, 2));
        assertThat(last.start()).isEqualTo(new Range(FILE, 4, 1, 4, 1));
        assertThat(last.end()).isEqualTo(new Range(FILE, 6, 2, 6, 2));
        assertThat(Range.of(FILE, 5, 7)).isEqualTo(new Range(FILE, 5, 7, 5, 7));
        assertThat(last.toString()).isEqualTo(FILE + ":4:1");
    }

    @Test
    void theEndTellsRangesApartButNotTheirStartOrder() {
        Range wide = new Range(FILE, 3, 5, 9, 1);
        Range narrow = new Range(FILE, 3, 5, 3, 12);
        assertThat(wide).isNotEqualTo(narrow);
        assertThat(wide.compareStart(narrow)).isZero();
        assertThat(narrow.compareTo(wide)).isNegative();
        assertThat(wide.compareStart(new Range(FILE, 3, 6, 3, 6))).isNegative();
        assertThat(wide.compareStart(new Range(Path.of("/w/a.tf"), 9, 9, 9, 9))).isPositive();
    }

    /** A mapping and its first key start together: one step to a reader, so one step in the chain (the first). */
    @Test
    void evidenceThatStartsTogetherAndSaysTheSameIsOneStep() {
        Evidence map = new Evidence(new Range(FILE, 3, 5, 9, 1), "Fn::If: [A, true, false]");
        Evidence key = new Evidence(new Range(FILE, 3, 5, 3, 11), "Fn::If: [A, true, false]");
        Evidence other = new Evidence(new Range(FILE, 3, 5, 3, 11), "condition A = true");
        assertThat(Evidence.chain(List.of(map, other, key))).containsExactly(map, other);
    }

    @Test
    void diagnosticsSortByStartThenMessageThenEnd() {
        Diagnostic late = new Diagnostic(new Range(FILE, 3, 5, 3, 6), "b");
        Diagnostic wideA = new Diagnostic(new Range(FILE, 3, 5, 9, 1), "a");
        Diagnostic narrowA = new Diagnostic(new Range(FILE, 3, 5, 3, 9), "a");
        Diagnostic earlier = new Diagnostic(new Range(FILE, 2, 1, 8, 1), "z");
        List<Diagnostic> all = new ArrayList<>(List.of(late, wideA, narrowA, earlier));
        Collections.sort(all);
        assertThat(all).containsExactly(earlier, narrowA, wideA, late);
    }
}
