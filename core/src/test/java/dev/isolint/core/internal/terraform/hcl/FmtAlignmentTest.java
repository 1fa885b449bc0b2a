package dev.isolint.core.internal.terraform.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The {@code =} chains of {@code terraform fmt}: consecutive one-line assignments, broken by anything else. */
class FmtAlignmentTest {

    private static final Path FILE = Path.of("/m/main.tf");

    @Test
    void aChainIsAlignedOneSpaceAfterItsLongestName() {
        String src = "r \"a\" \"b\" {\n  a = 1 # one\n  long_name = \"x\"\n  c    = [1]\n}\n";
        FmtAlignment.Span span = FmtAlignment.align(FILE, src, 3);
        assertThat(span.start()).isEqualTo(src.indexOf("  a ="));
        assertThat(span.end()).isEqualTo(src.indexOf("}\n"));
        assertThat(span.text()).isEqualTo("  a         = 1 # one\n  long_name = \"x\"\n  c         = [1]\n");
    }

    @Test
    void blankLinesCommentsBlocksAndMultiLineValuesEndAChain() {
        String src = "r {\n  a = 1\n\n  bb = 2\n  # c\n  ccc = 3\n  tags = {\n    x = 1\n  }\n  dddd = 4\n  n {\n  }\n}\n";
        assertThat(FmtAlignment.align(FILE, src, 4).text()).isEqualTo("  bb = 2\n");
        assertThat(FmtAlignment.align(FILE, src, 6).text()).isEqualTo("  ccc = 3\n");
        assertThat(FmtAlignment.align(FILE, src, 7)).as("opens a multi-line value").isNull();
        assertThat(FmtAlignment.align(FILE, src, 8).text()).isEqualTo("    x = 1\n");
        assertThat(FmtAlignment.align(FILE, src, 10).text()).isEqualTo("  dddd = 4\n");
    }

    @Test
    void aHeredocOpenerAssignsAndItsBodyDoesNot() {
        String src = "r {\n  a = <<EOT\nx = 1\nEOT\n  bbb = 2\n}\n";
        assertThat(FmtAlignment.align(FILE, src, 2).text()).isEqualTo("  a = <<EOT\n");
        assertThat(FmtAlignment.align(FILE, src, 3)).isNull();
    }
}
