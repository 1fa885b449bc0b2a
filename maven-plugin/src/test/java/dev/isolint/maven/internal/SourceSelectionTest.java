package dev.isolint.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceSelectionTest {

    @TempDir
    Path base;

    private static PathMatcher matcher(String glob) {
        return FileSystems.getDefault().getPathMatcher("glob:" + glob);
    }

    @Test
    void byDefaultTheBaseDirectoryIsScannedWithoutItsModulesAndBuildDirectory() {
        SourceSelection s = SourceSelection.of(base, List.of(), base.resolve("out"), List.of("service-a", "libs/b"));

        assertThat(s.roots()).containsExactly(base);
        assertThat(s.excludes()).hasSize(3);
        assertThat(s.excludes().stream().map(SourceSelectionTest::matcher))
                .anyMatch(m -> m.matches(base.resolve("service-a")))
                .anyMatch(m -> m.matches(base.resolve("libs/b")))
                .anyMatch(m -> m.matches(base.resolve("out")))
                // libs/ itself is not a module: the root scans it.
                .noneMatch(m -> m.matches(base.resolve("libs")))
                // A namesake deeper down is another directory.
                .noneMatch(m -> m.matches(base.resolve("infra/service-a")));
    }

    @Test
    void aModuleNamedByItsPomIsItsDirectory() throws IOException {
        Files.createDirectories(base.resolve("b"));
        Files.writeString(base.resolve("b/pom.xml"), "<project/>");

        SourceSelection s = SourceSelection.of(base, List.of(), base.resolve("target"), List.of("b/pom.xml"));

        assertThat(s.excludes()).anyMatch(g -> matcher(g).matches(base.resolve("b")));
    }

    @Test
    void modulesOutsideTheSourceDirectoriesNeedNoExclude() {
        SourceSelection s = SourceSelection.of(base.resolve("root"), List.of(Path.of("infra")),
                base.resolve("root/target"), List.of("../sibling", "service-a"));

        assertThat(s.roots()).containsExactly(base.resolve("root/infra"));
        assertThat(s.excludes()).isEmpty();
    }

    @Test
    void aSourceDirectoryThatIsAModuleIsScannedBecauseTheUserNamedIt() {
        SourceSelection s = SourceSelection.of(base, List.of(Path.of("service-a"), base),
                base.resolve("target"), List.of("service-a"));

        assertThat(s.roots()).containsExactly(base.resolve("service-a"), base);
        // Still cut out of the base directory's walk, so it is scanned once, not twice.
        assertThat(s.excludes()).hasSize(2).anyMatch(g -> matcher(g).matches(base.resolve("service-a")));
    }

    @Test
    void globMetacharactersInPathsAreMatchedLiterally() {
        Path odd = base.resolve("a [x] {y,z} *?!").resolve("child");

        String glob = SourceSelection.literalGlob(odd);

        assertThat(matcher(glob).matches(odd)).isTrue();
        assertThat(matcher(glob).matches(base.resolve("a x y child"))).isFalse();
        assertThat(matcher(glob).matches(base.resolve("a [x] {y,z} *?!").resolve("childish"))).isFalse();
    }
}
