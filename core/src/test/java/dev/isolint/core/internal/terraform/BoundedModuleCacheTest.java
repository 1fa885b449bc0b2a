package dev.isolint.core.internal.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isolint.core.api.Diagnostic;
import dev.isolint.core.api.ScanRequest;
import dev.isolint.core.internal.adapter.terraform.TerraformAdapters;
import dev.isolint.core.internal.scan.ScanContext;
import dev.isolint.core.model.ServiceResource;
import dev.isolint.core.internal.terraform.module.TerraformModuleLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan whose module cache holds nothing between components (every module merged again when walked) reports
 * exactly what a scan that keeps every module reports: the same records in the same order, each error once.
 */
class BoundedModuleCacheTest {

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private record Run(List<String> records, List<Diagnostic> errors, List<Diagnostic> notices) {
    }

    private Run scan(long cacheBytes) throws IOException {
        List<Path> files = new ArrayList<>();
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted().toList()) {
                // modules/outside is not among the scanned files: it is read from disk when called.
                if (p.toString().endsWith(".tf") && !p.toString().contains("outside")) {
                    files.add(p.toAbsolutePath().normalize());
                }
            }
        }
        ScanContext context = new ScanContext(ScanRequest.builder().workingDirectory(dir)
                .today(LocalDate.of(2026, 1, 1)).build());
        List<String> records = new ArrayList<>();
        for (ServiceResource r : TerraformScanner.start(files, Set.of(), TerraformAdapters.ALL, context, cacheBytes)
                .outcome().models()) {
            records.add(r.toString());
        }
        return new Run(records, context.errors(), context.notices());
    }

    @Test
    void modulesMergedAgainReportWhatTheFirstMergeReportedOnce() throws IOException {
        String model = "resource \"aws_sagemaker_model\" \"m\" {\n  enable_network_isolation = var.iso\n}\n";
        write("modules/shared/main.tf", "variable \"iso\" {\n  default = false\n}\nvariable \"iso\" {}\n" + model);
        write("modules/shared/bad.tf", "resource \"aws_sagemaker_model\" {\n");
        write("modules/outside/main.tf", "variable \"iso\" {}\nvariable \"iso\" {}\n" + model
                + "module \"inner\" {\n  source = \"../shared\"\n  iso = true\n}\n");
        write("envs/a/main.tf", "module \"s\" {\n  source = \"../../modules/shared\"\n  iso = true\n}\n"
                + "module \"o\" {\n  source = \"../../modules/outside\"\n  iso = false\n}\n");
        write("envs/b/main.tf", "module \"s\" {\n  source = \"../../modules/shared\"\n  iso = false\n}\n");
        write("other/main.tf", "locals {\n  iso = true\n}\nresource \"aws_sagemaker_model\" \"o\" {\n"
                + "  enable_network_isolation = local.iso\n}\n"
                + "module \"o\" {\n  source = \"../modules/outside\"\n  iso = true\n}\n");
        // A cycle no root reaches: both directories are still evaluated.
        write("cycle/x/main.tf", "module \"y\" {\n  source = \"../y\"\n}\n" + model.replace("var.iso", "true"));
        write("cycle/y/main.tf", "module \"x\" {\n  source = \"../x\"\n}\n" + model.replace("var.iso", "false"));

        Run kept = scan(TerraformModuleLoader.DEFAULT_CACHE_BYTES);
        Run mergedAgain = scan(0);

        assertThat(mergedAgain).isEqualTo(kept);
        // The shared module is walked from three roots in two components, the outside module from two.
        assertThat(kept.records()).hasSize(9);
        List<String> messages = new ArrayList<>();
        for (Diagnostic d : mergedAgain.errors()) {
            messages.add(d.location().file().getParent().getFileName() + ": " + d.message());
        }
        assertThat(messages).filteredOn(m -> m.startsWith("shared: duplicate variable")).hasSize(1);
        assertThat(messages).filteredOn(m -> m.startsWith("outside: duplicate variable")).hasSize(1);
        assertThat(messages).filteredOn(m -> m.startsWith("y: module cycle")).hasSize(1);
        assertThat(messages).filteredOn(m -> m.startsWith("shared: expected \"}\" to close resource block")).hasSize(1);
    }
}
