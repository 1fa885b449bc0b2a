package dev.isolint.core.internal.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lookup of {@code .isolint.yml} and {@code .isolint-ignore.yml}: up to the repository root, or a stand-in. */
class NearestFileTest {

    @TempDir
    Path top;

    @Test
    void withinARepositoryTheNearestParentsFileIsFound() throws IOException {
        Path module = Files.createDirectories(top.resolve("repo/svc/infra"));
        Files.createDirectories(top.resolve("repo/.git"));
        Files.writeString(top.resolve("repo/.isolint.yml"), "");
        Files.writeString(top.resolve(".isolint.yml"), ""); // above the repository: never

        assertThat(NearestFile.find(module, ".isolint.yml")).isEqualTo(top.resolve("repo/.isolint.yml"));
        assertThat(NearestFile.find(module, ".isolint-ignore.yml")).isNull();
    }

    @Test
    void outsideARepositoryOnlyTheStartOrUpToTheStandIn() throws IOException {
        Path module = Files.createDirectories(top.resolve("project/svc"));
        Files.writeString(top.resolve("project/.isolint.yml"), "");

        assertThat(NearestFile.find(module, ".isolint.yml")).isNull();
        assertThat(NearestFile.find(module, ".isolint.yml", top.resolve("project"))).isEqualTo(top.resolve("project/.isolint.yml"));
        // A stand-in that is not above the start is no bound at all.
        assertThat(NearestFile.find(module, ".isolint.yml", top.resolve("elsewhere"))).isNull();
    }
}
