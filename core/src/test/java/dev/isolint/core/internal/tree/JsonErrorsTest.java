package dev.isolint.core.internal.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.isolint.core.api.Diagnostic;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.Scans;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Malformed JSON, in every kind of file isolint reads as JSON, is reported in the project's words with the
 * line and the column in characters, never with the JSON library's own text.
 */
class JsonErrorsTest {

    private static final String DIR = "testdata/diagnostics/json-errors/";

    /** What only Jackson says: its source description, character codes, internal names, feature flags. */
    private static final List<String> LIBRARY_WORDING = List.of("Source:", "(code", "Unexpected", "Unrecognized",
            "marker", "field name", "VALUE_STRING", "JsonReadFeature", "StreamReadFeature", "was expecting", "REDACTED");

    private static Diagnostic onlyError(ScanResult r) {
        assertThat(r.errors()).hasSize(1);
        Diagnostic d = r.errors().get(0);
        for (String w : LIBRARY_WORDING) {
            assertThat(d.message()).as("library wording").doesNotContain(w);
        }
        return d;
    }

    /** The 1-based line {@code line} of {@code file}, as characters. */
    private static String line(String file, int line) throws IOException {
        return Files.readAllLines(Scans.ROOT.resolve(DIR + file), StandardCharsets.UTF_8).get(line - 1);
    }

    @Test
    void truncatedTemplate() {
        Diagnostic d = onlyError(Scans.scan(DIR + "truncated.json"));
        assertThat(d.message()).isEqualTo("JSON ends early (truncated?): the object opened at line 4, column 14 is not closed");
        assertThat(d.location().line()).isEqualTo(6);
    }

    @Test
    void badToken() throws IOException {
        Diagnostic d = onlyError(Scans.scan(DIR + "bad-token.json"));
        assertThat(d.message()).isEqualTo("invalid JSON: unrecognized word 'yes': expected a value (a string in double"
                + " quotes, a number, true, false, null, an object or an array)");
        assertThat(d.location().line()).isEqualTo(6);
        assertThat(d.location().column()).isEqualTo(line("bad-token.json", 6).indexOf("yes") + 1);
    }

    @Test
    void duplicateKey() {
        Diagnostic d = onlyError(Scans.scan(DIR + "duplicate-key.json"));
        assertThat(d.message()).isEqualTo("invalid JSON: duplicate key \"Model\"");
        assertThat(d.location().line()).isEqualTo(5);
    }

    @Test
    void columnsOfATemplateCountCharactersNotBytes() throws IOException {
        Diagnostic d = onlyError(Scans.scan(DIR + "multibyte-column.json"));
        assertThat(d.message()).isEqualTo("invalid JSON: expected ',' between entries or '}' to close the object, found '\"'");
        assertThat(d.location().line()).isEqualTo(3);
        assertThat(d.location().column()).isEqualTo(line("multibyte-column.json", 3).indexOf("\"Properties\"") + 1);
    }

    @Test
    void columnsOfAPlanCountCharactersNotBytesInTheMessageToo() throws IOException {
        String text = line("multibyte-column-plan.json", 2);
        Diagnostic d = onlyError(Scans.scan(DIR + "multibyte-column-plan.json"));
        assertThat(d.message()).isEqualTo("invalid plan JSON: unexpected ']': expected '}' to close the object opened at"
                + " line 2, column " + (text.indexOf("{\"value\": 1]") + 1));
        assertThat(d.location().line()).isEqualTo(2);
        assertThat(d.location().column()).isEqualTo(text.indexOf("1]") + 2);
    }

    @Test
    void truncatedPlanCitesWhereTheOpenObjectStartsInCharacters() throws IOException {
        String text = line("truncated-plan.json", 2);
        Diagnostic d = onlyError(Scans.scan(DIR + "truncated-plan.json"));
        assertThat(d.message()).isEqualTo("plan JSON ends early (truncated?): the object opened at line 2, column "
                + (text.lastIndexOf('{') + 1) + " is not closed");
    }

    @Test
    void parametersFile() {
        Diagnostic d = onlyError(Scans.scan(Scans.ROOT.resolve("testdata/diagnostics/file-counts/good/template.json"),
                b -> b.parameterFile(Path.of(DIR + "parameters.json"))));
        assertThat(d.message()).isEqualTo("parameters file: invalid JSON: expected ',' between entries or '}' to close"
                + " the object, found '\"'");
        assertThat(d.location().line()).isEqualTo(3);
    }

    @Test
    void terraformJsonAndVariablesJson() throws IOException {
        ScanResult r = Scans.scan(DIR + "terraform");
        assertThat(r.errors()).hasSize(2);
        for (Diagnostic d : r.errors()) {
            for (String w : LIBRARY_WORDING) {
                assertThat(d.message()).doesNotContain(w);
            }
        }
        assertThat(r.errors().get(0).message())
                .isEqualTo("invalid JSON: a comma before '}': JSON allows none after the last entry of an object");
        assertThat(r.errors().get(0).location().line()).isEqualTo(4);
        assertThat(r.errors().get(1).message()).startsWith("invalid JSON: unrecognized word 'tru': expected a value");
        assertThat(r.errors().get(1).location().line()).isEqualTo(2);
        assertThat(r.errors().get(1).location().column()).isEqualTo(line("terraform/terraform.tfvars.json", 2).indexOf("tru") + 1);
    }

    /** Every kind of malformed JSON Jackson tells apart, read from text as templates are. */
    @ParameterizedTest
    @ValueSource(strings = {
        "{\"a\": 1", "{\"a\": [1, 2", "{\"a\": \"abc", "{\"a\"", "{\"a\": ", "{\"a", "{\"a\": 1,}", "[1,]", "{\"a\": x}",
        "{\"a\": 1 \"b\": 2}", "{\"a\" 1}", "[1 2]", "{a: 1}", "{'a': 1}", "{\"a\": 1}}", "[1]]", "{\"a\": [1}", "{\"a\": 1]",
        "{\"a\": ]}", "{\"a\": \"x\ny\"}", "{\"a\": \"x\u0001\"}", "{\"a\": \"\\q\"}", "{\"a\": 01}", "{\"a\": -}", "{\"a\": 1.}",
        "{\"a\": NaN}", "{\"a\": -Infinity}", "{\"a\": 1} // c", "{/* c */}", "{\"a\": 1, \"a\": 2}", "{\"a\": 1e}",
        "{\"a\": +1}", "{\"a\": \"\\u12\"}", "{\"a\": .5}", "{\"a\" \u00a0: 1}", "{\"a\": #}",
    })
    void noMalformedJsonShowsTheLibrarysWording(String json) {
        assertThatThrownBy(() -> new JsonTreeReader(TreeLimits.DEFAULT).read(java.nio.file.Path.of("test.json"), json))
                .isInstanceOf(TreeParseException.class)
                .satisfies(e -> {
                    for (String w : LIBRARY_WORDING) {
                        assertThat(e.getMessage()).as("message for %s", json).doesNotContain(w);
                    }
                    assertThat(e.getMessage()).satisfiesAnyOf(
                            m -> assertThat(m).startsWith("invalid JSON: "),
                            m -> assertThat(m).startsWith("JSON ends early (truncated?): "));
                });
    }
}
