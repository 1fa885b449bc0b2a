package dev.isolint.core.internal.suppress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IgnoreFileReaderTest {

    private static final Path FILE = Path.of("/repo/.isolint-ignore.yml");

    @Test
    void readsEveryField() throws IgnoreFileException {
        IgnoreFile f = IgnoreFileReader.parse(FILE, """
                # accepted risks
                ignore:
                  - rule: ISO001
                    address: module.ml.aws_sagemaker_model.this
                    file: infra/**/*.tf
                    reason: "SEC-1: needs the model hub"
                    expires: 2026-06-30
                  - rule: CKV_AWS_370
                    address: Legacy*
                """);
        assertThat(f.entries()).hasSize(2);
        IgnoreEntry e = f.entries().get(0);
        assertThat(e.rule()).isEqualTo("ISO001");
        assertThat(e.address()).isEqualTo("module.ml.aws_sagemaker_model.this");
        assertThat(e.file()).isEqualTo("infra/**/*.tf");
        assertThat(e.reason()).isEqualTo("SEC-1: needs the model hub");
        assertThat(e.expires()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(e.location().line()).isEqualTo(3);
        assertThat(f.entries().get(1).reason()).isNull(); // allowed: inert, a notice at scan time
        assertThat(f.baseDirectory()).isEqualTo(Path.of("/repo"));
    }

    @Test
    void aBareListAndAnEmptyFileAreAccepted() throws IgnoreFileException {
        assertThat(IgnoreFileReader.parse(FILE, "- {rule: ISO001, address: A, reason: r}\n").entries()).hasSize(1);
        assertThat(IgnoreFileReader.parse(FILE, "# nothing yet\n\n").entries()).isEmpty();
        assertThat(IgnoreFileReader.parse(FILE, "ignore:\n").entries()).isEmpty();
        assertThat(IgnoreFileReader.parse(FILE, "ignore: []\n").entries()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not YAML                | 'ignore: [\\n'                                                  | 2 | not valid YAML",
        "unknown top-level key   | 'ignores: []\\n'                                                | 1 | unknown key \"ignores\"",
        "ignore is not a list    | 'ignore: {rule: ISO001}\\n'                                     | 1 | must be a list",
        "entry is not a mapping  | 'ignore:\\n  - ISO001 A\\n'                                     | 2 | must be a mapping",
        "misspelt key            | 'ignore:\\n  - rule: ISO001\\n    adress: A\\n'                 | 3 | unknown key \"adress\"",
        "no address              | 'ignore:\\n  - rule: ISO001\\n    reason: r\\n'                 | 2 | no \"address\"",
        "no rule                 | 'ignore:\\n  - address: A\\n    reason: r\\n'                   | 2 | no \"rule\"",
        "address is a list       | 'ignore:\\n  - rule: ISO001\\n    address: [A, B]\\n'           | 3 | must be a single value",
        "expiry is not a date    | 'ignore:\\n  - {rule: ISO001, address: A, expires: soon}\\n'   | 2 | must be a date YYYY-MM-DD",
        "scalar document         | 'just text\\n'                                                 | 1 | a mapping with \"ignore:\"",
    })
    void malformedFilesAreErrorsWithTheirLine(String name, String text, int line, String message) {
        assertThatThrownBy(() -> IgnoreFileReader.parse(FILE, text.replace("\\n", "\n")))
                .isInstanceOf(IgnoreFileException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((IgnoreFileException) e).line()).isEqualTo(line));
    }
}
