package dev.isolint.core;

import dev.isolint.core.api.ScanResult;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code testdata/hostile/}: bombs, deep nesting, cycles, truncation, garbage. Every file ends as a
 * result or an error entry with a position; nothing escapes as an internal error.
 */
class HostileInputTest {

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
}
