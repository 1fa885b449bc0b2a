package dev.isolint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --stdin-filename NAME} on {@code scan} (quick path and picocli) and {@code baseline}: Terraform on stdin. */
class StdinFilenameOptionTest {

    private static final String MAIN_TF = "testdata/stdin/main.tf";

    private static String hcl() throws IOException {
        return Files.readString(Path.of(MAIN_TF));
    }

    @Test
    void terraformOnStdinIsScannedUnderItsName() throws IOException {
        String[] line = {"scan", "--stdin-filename", "main.tf", "-"};
        assertThat(QuickScanArguments.parse(line, Map.of(), new ByteArrayInputStream(new byte[0]))).isNotNull();
        Cli.Run quick = Cli.run(Map.of(), hcl(), line);
        assertThat(quick.exit()).as(quick.out()).isEqualTo(1);
        assertThat(quick.out()).contains("main.tf\n  2:1  FAIL  ISO001  aws_sagemaker_model.piped")
                .contains("1 file, 1 SageMaker model: 1 FAIL");
        // A clustered flag (-qv) sends the line to picocli.
        assertThat(QuickScanArguments.parse(new String[] {"scan", "-qv", "--stdin-filename=main.tf", "-"}, Map.of(),
                new ByteArrayInputStream(new byte[0]))).isNull();
        Cli.Run picocli = Cli.run(Map.of(), hcl(), "scan", "-qv", "--stdin-filename=main.tf", "-");
        assertThat(picocli.exit()).isEqualTo(1);
        assertThat(picocli.out()).contains("main.tf\n  2:1  FAIL  ISO001  aws_sagemaker_model.piped");
    }

    @Test
    void withoutTheNameTerraformOnStdinIsANotice() throws IOException {
        Cli.Run run = Cli.run(Map.of(), hcl(), "scan", "-");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("<stdin>\n  1:1  NOTICE  standard input looks like Terraform HCL:"
                + " name it with --stdin-filename main.tf to scan it").contains("0 files");
    }

    @Test
    void baselineTakesItToo(@TempDir Path dir) throws IOException {
        Path ignore = dir.resolve("ignore.yml");
        Cli.Run run = Cli.run(Map.of(), hcl(), "baseline", "--stdin-filename", "infra/main.tf", "-", "-o", ignore.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 entries added");
        // The entry's file is the name, relative to the ignore file's directory as every entry's is.
        String file = dir.relativize(Path.of("infra/main.tf").toAbsolutePath()).toString();
        assertThat(Files.readString(ignore)).contains("address: \"aws_sagemaker_model.piped\"", "file: \"" + file + "\"");
    }

    @Test
    void aNameWithoutStdinOrWithoutAFileIsAUsageError() {
        Cli.Run noDash = Cli.run("scan", "--stdin-filename", "main.tf", "testdata/stdin");
        assertThat(noDash.exit()).isEqualTo(2);
        assertThat(noDash.err()).contains("--stdin-filename names standard input: add \"-\" to the paths");
        assertThat(noDash.out()).isEmpty();
        Cli.Run empty = Cli.run("baseline", "--stdin-filename=", "-");
        assertThat(empty.exit()).isEqualTo(2);
        assertThat(empty.err()).contains("--stdin-filename needs a file name");
    }
}
