package dev.isolint.core.internal.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isolint.core.Scans;
import dev.isolint.core.api.Diagnostic;
import dev.isolint.core.api.Limits;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.model.Range;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way reading an input fails is one error entry at the file, in the same words for every format. */
class SourceFilesTest {

    @TempDir
    Path dir;

    private static final Limits ONE_KB = Limits.DEFAULT.with("file-size=1k");

    private Diagnostic failure(Path file, Limits limits) {
        ScanContext context = new ScanContext(Scans.request().limits(limits).build());
        assertThat(SourceFiles.read(file, context)).isNull();
        assertThat(context.errors()).hasSize(1);
        return context.errors().get(0);
    }

    @Test
    void readsAFileWithinTheLimit() throws IOException {
        Path f = Files.writeString(dir.resolve("t.yaml"), "a: 1\n");
        ScanContext context = new ScanContext(Scans.request().build());
        assertThat(SourceFiles.read(f, context).text()).isEqualTo("a: 1\n");
        assertThat(context.errors()).isEmpty();
    }

    @Test
    void aMissingFile() {
        Diagnostic d = failure(dir.resolve("gone.yaml"), Limits.DEFAULT);
        assertThat(d.location()).isEqualTo(Range.fileStart(dir.resolve("gone.yaml")));
        assertThat(d.message()).isEqualTo("cannot read: no such file");
    }

    @Test
    void aFileOverTheSizeLimit() throws IOException {
        Path f = Files.writeString(dir.resolve("big.yaml"), "#" + "x".repeat(4000) + "\n");
        assertThat(failure(f, ONE_KB).message()).startsWith("file is 4 KB, larger than the limit of 1 KB")
                .endsWith("(--limit file-size=…)");
    }

    @Test
    void aDirectoryIsAnIoFailure() throws IOException {
        Path d = Files.createDirectory(dir.resolve("d.yaml"));
        assertThat(failure(d, Limits.DEFAULT).message()).startsWith("cannot read: ");
    }

    /** A template and a Terraform file over the limit read alike: the engine and the module loader share the mapping. */
    @Test
    void documentsAndTerraformFilesFailInTheSameWords() throws IOException {
        String padding = "#" + "x".repeat(4000) + "\n";
        Path template = Files.writeString(dir.resolve("big.yaml"), "Resources: {}\n" + padding);
        Path tf = Files.writeString(dir.resolve("main.tf"), padding);
        ScanResult r = Scans.scan(dir, b -> b.limits(ONE_KB));
        assertThat(r.files()).isEqualTo(2);
        assertThat(r.errors()).containsExactlyInAnyOrder(failure(template, ONE_KB), failure(tf, ONE_KB));
    }
}
