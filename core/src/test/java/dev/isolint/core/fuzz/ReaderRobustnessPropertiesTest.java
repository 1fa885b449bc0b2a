package dev.isolint.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.isolint.core.api.ScanResult;
import dev.isolint.core.Scans;
import dev.isolint.core.rule.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Every reader, fed truncated, mutated or random versions of real files, ends each file as results
 * or error entries with a position; and valid files keep their verdicts when comments and blank
 * lines are added around them.
 */
class ReaderRobustnessPropertiesTest {

    private static final List<Path> SEEDS = Mutations.seeds(Scans.ROOT);

    @Provide
    Arbitrary<Path> seed() {
        return Arbitraries.of(SEEDS);
    }

    @Property(tries = 150)
    void mutatedRealFilesNeverEscapeAsInternalErrors(@ForAll("seed") Path seed, @ForAll long randomSeed) throws Exception {
        byte[] mutated = Mutations.mutate(Files.readAllBytes(seed), new Random(randomSeed));
        Path scratch = Files.createTempDirectory("isolint-fuzz");
        // A safety net against hangs, not a performance assertion: one small file takes milliseconds.
        String defect = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> MutatedInputCheck.check(scratch, seed.getFileName().toString(), mutated));
        assertThat(defect).as("seed %s, random seed %d", seed, randomSeed).isNull();
    }

    @Property(tries = 60)
    void arbitraryBytesUnderIacNamesNeverEscape(@ForAll byte[] bytes, @ForAll("names") String name) throws Exception {
        Path scratch = Files.createTempDirectory("isolint-fuzz");
        String defect = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> MutatedInputCheck.check(scratch, name, bytes));
        assertThat(defect).isNull();
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("t.yaml", "t.json", "main.tf", "x.tf.json", "terraform.tfvars", "plan.json");
    }

    /** Comment lines above a YAML template shift every line by their number and change no verdict. */
    @Property(tries = 30)
    void leadingCommentsAndTrailingBlankLinesChangeNoVerdict(@ForAll("yamlTemplates") Path template,
            @ForAll @IntRange(min = 1, max = 5) int comments, @ForAll @IntRange(min = 0, max = 3) int blanks) throws IOException {
        String text = Files.readString(template, StandardCharsets.UTF_8);
        Path dir = Files.createTempDirectory("isolint-prop");
        ScanResult before = Scans.scanText(dir, "a/t.yaml", text);
        String shifted = "# added comment\n".repeat(comments) + text + "\n".repeat(blanks);
        ScanResult after = Scans.scanText(dir, "b/t.yaml", shifted);
        assertThat(after.errors()).hasSameSizeAs(before.errors());
        assertThat(after.findings()).extracting(f -> f.resource().address() + " " + f.verdict() + " "
                + (f.resource().location().line() - comments))
                .containsExactlyElementsOf(before.findings().stream().map(ReaderRobustnessPropertiesTest::describe).toList());
    }

    private static String describe(Finding f) {
        return f.resource().address() + " " + f.verdict() + " " + f.resource().location().line();
    }

    @Provide
    Arbitrary<Path> yamlTemplates() {
        return Arbitraries.of(SEEDS.stream().filter(p -> p.toString().endsWith(".yaml")
                && p.toString().contains("cloudformation")).toList());
    }
}
