package dev.isolint.core.internal.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isolint.core.api.ScanRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Includes narrow a directory walk to matching files, with the same matching rules as excludes. */
class FileCollectorIncludesTest {

    @TempDir
    Path root;

    @BeforeEach
    void files() throws IOException {
        for (String f : List.of("a.yaml", "b.json", "infra/c.yaml", "infra/deep/d.tf", "docs/e.yaml")) {
            Path p = root.resolve(f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "x");
        }
    }

    private List<String> collect(ScanRequest.Builder b, String path) {
        ScanRequest request = b.workingDirectory(root).build();
        FileCollector collector = new FileCollector(new ScanContext(request));
        return collector.collect(Path.of(path)).stream()
                .map(c -> root.relativize(c.file()).toString().replace('\\', '/'))
                .sorted().toList();
    }

    @Test
    void withoutIncludesEveryFileIsCollected() {
        assertThat(collect(ScanRequest.builder(), "."))
                .containsExactly("a.yaml", "b.json", "docs/e.yaml", "infra/c.yaml", "infra/deep/d.tf");
    }

    @Test
    void aFileNameGlobIncludesMatchingFilesAtAnyDepth() {
        assertThat(collect(ScanRequest.builder().include("*.yaml"), "."))
                .containsExactly("a.yaml", "docs/e.yaml", "infra/c.yaml");
    }

    @Test
    void aPathGlobIncludesOnlyBelowThatDirectory() {
        assertThat(collect(ScanRequest.builder().include("infra/**"), "."))
                .containsExactly("infra/c.yaml", "infra/deep/d.tf");
    }

    @Test
    void excludesWinOverIncludes() {
        assertThat(collect(ScanRequest.builder().include("*.yaml").exclude("docs"), "."))
                .containsExactly("a.yaml", "infra/c.yaml");
    }

    @Test
    void aFileNamedDirectlyIsReadWhateverTheIncludes() {
        assertThat(collect(ScanRequest.builder().include("*.yaml"), "b.json")).containsExactly("b.json");
    }
}
