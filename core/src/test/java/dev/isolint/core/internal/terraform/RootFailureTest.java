package dev.isolint.core.internal.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isolint.core.api.Diagnostic;
import dev.isolint.core.internal.adapter.terraform.TerraformAdapters;
import dev.isolint.core.internal.terraform.module.TerraformAdapter;
import dev.isolint.core.internal.terraform.module.TerraformPath;
import dev.isolint.core.internal.terraform.module.TerraformResource;
import dev.isolint.core.model.ServiceResource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An internal failure while one root module is evaluated (an evaluator bug, here injected through an adapter that
 * throws while the root's blocks are read) loses only that root: an error at the root with the failure kept as its
 * cause, and every other root's results.
 */
class RootFailureTest {

    @TempDir
    Path dir;

    /** Throws for blocks of type {@code boom}; the throw happens inside the root's evaluation. */
    private record Failing(Supplier<Throwable> failure) implements TerraformAdapter {
        @Override
        public List<String> types() {
            return List.of("boom");
        }

        @Override
        public ServiceResource adapt(TerraformResource resource) {
            Throwable t = failure.get();
            if (t instanceof RuntimeException r) {
                throw r;
            }
            throw (Error) t;
        }

        @Override
        public TerraformPath settingPath(String type) {
            return null;
        }
    }

    private PathScan.Result scanTwoRoots(Throwable failure) {
        String model = """
                resource "aws_sagemaker_model" "m" {
                  enable_network_isolation = true
                }
                """;
        PathScan.write(dir, "a/main.tf", model + "resource \"boom\" \"b\" {\n}\n");
        PathScan.write(dir, "b/main.tf", model);
        PathScan.write(dir, "c/main.tf", model);
        List<TerraformAdapter> adapters = new ArrayList<>(TerraformAdapters.ALL);
        adapters.add(new Failing(() -> failure));
        return PathScan.scan(dir, adapters);
    }

    private void assertOnlyRootALost(PathScan.Result r, Throwable failure) {
        List<String> files = new ArrayList<>();
        for (ServiceResource m : r.all()) {
            files.add(dir.toAbsolutePath().normalize().relativize(m.resource().location().file()).toString());
        }
        assertThat(files).containsExactly("b/main.tf", "c/main.tf");
        List<Diagnostic> errors = r.context().errors();
        assertThat(errors).hasSize(1);
        Diagnostic e = errors.get(0);
        assertThat(e.location().file()).isEqualTo(dir.resolve("a").toAbsolutePath().normalize());
        assertThat(e.message()).isEqualTo("internal error while evaluating Terraform: " + failure);
        assertThat(e.cause()).isSameAs(failure);
    }

    @Test
    void aRuntimeExceptionLosesOnlyItsRoot() {
        IllegalStateException failure = new IllegalStateException("evaluator bug");
        PathScan.Result r = scanTwoRoots(failure);
        assertOnlyRootALost(r, failure);
    }

    @Test
    void aStackOverflowLosesOnlyItsRoot() {
        StackOverflowError failure = new StackOverflowError();
        PathScan.Result r = scanTwoRoots(failure);
        assertOnlyRootALost(r, failure);
    }
}
