package dev.isolint.core.internal.suppress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isolint.core.Isolint;
import dev.isolint.core.api.ScanRequest;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.Scans;
import dev.isolint.core.api.UnknownPolicy;
import dev.isolint.core.internal.tree.Node;
import dev.isolint.core.internal.tree.TreeLimits;
import dev.isolint.core.internal.tree.YamlTreeReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

    private static final String TEMPLATE = """
            Parameters:
              Unset:
                Type: String
            Resources:
              Old:
                Type: AWS::SageMaker::Model
              Unknown:
                Type: AWS::SageMaker::Model
                Properties:
                  EnableNetworkIsolation: !Ref Unset
              Good:
                Type: AWS::SageMaker::Model
                Properties:
                  EnableNetworkIsolation: true
            """;

    @Test
    void aBaselineMakesTheScanPassAndANewFindingStillFails(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("infra"));
        Files.writeString(dir.resolve("infra/stack.yaml"), TEMPLATE);
        ScanResult before = scan(dir);
        assertThat(before.exitCode(UnknownPolicy.FAIL).code()).isEqualTo(1);

        Path ignore = dir.resolve(IgnoreFile.DEFAULT_NAME);
        Baseline.Update u = writeBaseline(ignore, before);
        assertThat(u.added()).extracting(IgnoreEntry::address).containsExactly("Old", "Unknown");
        assertThat(Files.readString(ignore)).contains("""
                ignore:
                  - rule: "ISO001"
                    address: "Old"
                    file: "infra/stack.yaml"
                    reason: "accepted at baseline on 2026-01-15"
                  - rule: "ISO001"
                    address: "Unknown"
                """);

        ScanResult after = scan(dir);
        assertThat(after.exitCode(UnknownPolicy.FAIL).code()).isEqualTo(0);
        assertThat(after.suppressedCount()).isEqualTo(2);
        assertThat(after.notices()).isEmpty();

        Files.writeString(dir.resolve("infra/stack.yaml"), TEMPLATE + """
                  New:
                    Type: AWS::SageMaker::Model
                """);
        ScanResult withNew = scan(dir);
        assertThat(withNew.exitCode(UnknownPolicy.FAIL).code()).isEqualTo(1);
        assertThat(withNew.findings().stream().filter(f -> ScanResult.failsRun(f, UnknownPolicy.FAIL))
                .map(f -> f.resource().address())).containsExactly("New");
    }

    @Test
    void aNewCallerOfABaselinedModuleIsANewFinding(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("modules/ml"));
        Files.writeString(dir.resolve("modules/ml/main.tf"), """
                variable "isolate" {}
                resource "aws_sagemaker_model" "this" {
                  enable_network_isolation = var.isolate
                }
                """);
        String caller = """
                module "ml" {
                  source  = "../../modules/ml"
                  isolate = false
                }
                """;
        Files.createDirectories(dir.resolve("envs/prod"));
        Files.writeString(dir.resolve("envs/prod/main.tf"), caller);
        Path ignore = dir.resolve(IgnoreFile.DEFAULT_NAME);
        writeBaseline(ignore, scan(dir));
        assertThat(Files.readString(ignore)).endsWith("""
                ignore:
                  - rule: "ISO001"
                    address: "module.ml.aws_sagemaker_model.this"
                    file: "modules/ml/main.tf"
                    callPath: "envs/prod/main.tf: module.ml"
                    reason: "accepted at baseline on 2026-01-15"
                """);
        assertThat(scan(dir).exitCode(UnknownPolicy.FAIL).code()).isZero();

        // Another root calls the accepted module: same block, same address, a new call path, a new finding.
        Files.createDirectories(dir.resolve("envs/staging"));
        Files.writeString(dir.resolve("envs/staging/main.tf"), caller);
        ScanResult withNew = scan(dir);
        assertThat(withNew.exitCode(UnknownPolicy.FAIL).code()).isEqualTo(1);
        assertThat(withNew.findings()).filteredOn(f -> ScanResult.failsRun(f, UnknownPolicy.FAIL)).singleElement()
                .satisfies(f -> assertThat(f.evidence().get(0).location().file())
                        .isEqualTo(dir.resolve("envs/staging/main.tf").toAbsolutePath().normalize()));

        Baseline.Update again = Baseline.update(IgnoreFiles.read(ignore), withNew, UnknownPolicy.FAIL, Scans.TODAY);
        assertThat(again.added()).extracting(IgnoreEntry::callPath).containsExactly("envs/staging/main.tf: module.ml");
        assertThat(again.file().entries()).extracting(IgnoreEntry::callPath)
                .containsExactly("envs/prod/main.tf: module.ml", "envs/staging/main.tf: module.ml");
    }

    @Test
    void rerunningKeepsEntriesAndOrderAndDoesNotRenewAnExpiredOne(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.yaml"), "Resources:\n  B:\n    Type: AWS::SageMaker::Model\n");
        Files.writeString(dir.resolve("a.yaml"), "Resources:\n  A:\n    Type: AWS::SageMaker::Model\n"
                + "  Z:\n    Type: AWS::SageMaker::Model\n");
        Path ignore = dir.resolve(IgnoreFile.DEFAULT_NAME);
        Files.writeString(ignore, """
                ignore:
                  - rule: ISO001
                    address: Z
                    file: a.yaml
                    reason: was accepted until last year
                    expires: 2025-12-31
                  - rule: ISO001
                    address: Kept*
                    reason: hand-written glob entry
                """);
        IgnoreFile existing = IgnoreFiles.read(ignore);
        Baseline.Update u = Baseline.update(existing, scan(dir), UnknownPolicy.FAIL, Scans.TODAY);
        assertThat(u.added()).extracting(IgnoreEntry::address).containsExactly("A", "B");
        assertThat(u.notRenewed()).extracting(IgnoreEntry::address).containsExactly("Z");
        assertThat(u.file().entries()).extracting(e -> e.file() + " " + e.address())
                .containsExactly("null Kept*", "a.yaml A", "a.yaml Z", "b.yaml B");
        String once = IgnoreFileWriter.render(u.file());
        Files.writeString(ignore, once);

        Baseline.Update again = Baseline.update(IgnoreFiles.read(ignore), scan(dir), UnknownPolicy.FAIL, Scans.TODAY);
        assertThat(again.added()).isEmpty();
        assertThat(IgnoreFileWriter.render(again.file())).isEqualTo(once);
    }

    @Test
    void underUnknownWarnOnlyFailsAreBaselined(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("stack.yaml"), TEMPLATE);
        Baseline.Update u = Baseline.update(new IgnoreFile(dir.resolve("x.yml"), List.of()), scan(dir),
                UnknownPolicy.WARN, Scans.TODAY);
        assertThat(u.added()).extracting(IgnoreEntry::address).containsExactly("Old");
    }

    @Property
    void quotedScalarsReadBackExactly(@ForAll String value) throws Exception {
        String yaml = "v: " + IgnoreFileWriter.quote(value) + "\n";
        Node.MapNode m = (Node.MapNode) new YamlTreeReader(TreeLimits.DEFAULT).read(Path.of("ignore.yml"), yaml);
        assertThat(((Node.ScalarNode) m.get("v")).text()).isEqualTo(value);
    }

    @Property
    void renderedEntriesParseBackToTheSameEntries(@ForAll String address, @ForAll String reason) throws Exception {
        net.jqwik.api.Assume.that(!address.isBlank() && !reason.isBlank()
                && address.strip().equals(address) && reason.strip().equals(reason));
        Path p = Path.of("/repo/.isolint-ignore.yml");
        IgnoreEntry e = new IgnoreEntry("ISO001", address, "a b/c.yaml", "envs/a b.tf: module.x", reason, Scans.TODAY,
                dev.isolint.core.model.Range.fileStart(p));
        IgnoreFile back = IgnoreFileReader.parse(p, IgnoreFileWriter.render(new IgnoreFile(p, List.of(e))));
        assertThat(back.entries()).singleElement().satisfies(b -> {
            assertThat(b.address()).isEqualTo(address);
            assertThat(b.reason()).isEqualTo(reason);
            assertThat(b.file()).isEqualTo("a b/c.yaml");
            assertThat(b.callPath()).isEqualTo("envs/a b.tf: module.x");
            assertThat(b.expires()).isEqualTo(Scans.TODAY);
        });
    }

    /** A new ignore file at {@code ignore} accepting what fails in {@code result}. */
    private static Baseline.Update writeBaseline(Path ignore, ScanResult result) throws IOException {
        Baseline.Update u = Baseline.update(new IgnoreFile(ignore, List.of()), result, UnknownPolicy.FAIL, Scans.TODAY);
        Files.writeString(ignore, IgnoreFileWriter.render(u.file()));
        return u;
    }

    private static ScanResult scan(Path dir) throws IOException {
        return Isolint.scan(ScanRequest.builder().workingDirectory(dir).today(Scans.TODAY).path(".").build());
    }
}
