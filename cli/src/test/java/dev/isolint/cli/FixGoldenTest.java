package dev.isolint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code isolint fix} on the cases under {@code testdata/fix/<case>/input}: the diff, the JSON edits and the messages
 * are compared byte for byte with {@code testdata/fix/<case>/expected/} (CRLF and all: a diff keeps the file's line
 * endings). Regenerate on purpose with {@code -Dgolden.update=true} and review the diff by eye: it should look like
 * what a careful engineer would have typed. Then {@code --write} on a copy must make every fixed result pass, and a
 * second run must find nothing to do.
 */
class FixGoldenTest {

    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final Path CASES = Path.of("testdata/fix");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theDiffJsonAndMessagesMatchTheGoldenFiles(String name) throws IOException {
        String input = CASES.resolve(name).resolve("input").toString();
        Cli.Run diff = Cli.run("fix", input);
        assertThat(diff.exit()).as(diff.err()).isEqualTo(1);
        golden(name, "fix.diff", diff.out());
        golden(name, "fix.txt", diff.err());
        Cli.Run json = Cli.run("fix", "--format", "json", input);
        assertThat(json.exit()).isEqualTo(1);
        golden(name, "fix.json", json.out());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void writingMakesEveryFixedResultPassAndASecondRunFindsNothing(String name, @TempDir Path tmp) throws IOException {
        Path copy = tmp.resolve(name);
        copyTree(CASES.resolve(name).resolve("input"), copy);
        Cli.Run write = Cli.run("fix", "--write", copy.toString());
        assertThat(write.err()).doesNotContain("still");
        boolean leftSome = write.out().contains("not fixed:");
        assertThat(write.exit()).as(write.out()).isEqualTo(leftSome ? 1 : 0);
        Cli.Run again = Cli.run("fix", copy.toString());
        assertThat(again.out()).as("a second fix has nothing to change").isEmpty();
        assertThat(again.err()).doesNotContain("would fix");
    }

    private static void golden(String name, String file, String actual) throws IOException {
        Path golden = CASES.resolve(name).resolve("expected").resolve(file);
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.write(golden, actual.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(golden).as("golden file (create it with -Dgolden.update=true)").exists();
        assertThat(actual).isEqualTo(new String(Files.readAllBytes(golden), StandardCharsets.UTF_8));
    }

    static void copyTree(Path from, Path to) throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(from)) {
            walk.forEach(all::add);
        }
        for (Path p : all) {
            Path target = to.resolve(from.relativize(p).toString());
            if (Files.isDirectory(p)) {
                Files.createDirectories(target);
            } else {
                Files.copy(p, target);
            }
        }
    }
}
