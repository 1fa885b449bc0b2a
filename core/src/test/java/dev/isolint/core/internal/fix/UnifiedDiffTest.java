package dev.isolint.core.internal.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The diff {@code patch} and {@code git apply} read: context, hunks, CRLF kept, a missing final newline marked. */
class UnifiedDiffTest {

    private static FileFix fix(String text, Change... changes) {
        return new FileFix(Path.of("/x/f.yaml"), text, StandardCharsets.UTF_8, new byte[0], List.of(changes),
                new SourceText(text, SourceText.Columns.CHARS, SourceText.Breaks.JSON));
    }

    @Test
    void farApartEditsAreTwoHunksWithThreeLinesOfContext() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            text.append("line").append(i).append('\n');
        }
        String t = text.toString();
        int second = t.indexOf("line2\n");
        int nineteenth = t.indexOf("line19\n");
        FileFix f = fix(t, new Change(second, second + 5, "LINE2", List.of(), List.of()),
                new Change(nineteenth, nineteenth, "new\n", List.of(), List.of()));
        assertThat(UnifiedDiff.of(f, "f.yaml")).isEqualTo("""
                --- a/f.yaml
                +++ b/f.yaml
                @@ -1,5 +1,5 @@
                 line1
                -line2
                +LINE2
                 line3
                 line4
                 line5
                @@ -16,5 +16,6 @@
                 line16
                 line17
                 line18
                +new
                 line19
                 line20
                """);
    }

    @Test
    void crlfStaysAndAMissingFinalNewlineIsMarked() {
        String t = "a: 1\r\nb: false";
        FileFix f = fix(t, new Change(t.indexOf("false"), t.length(), "true", List.of(), List.of()));
        assertThat(UnifiedDiff.of(f, "f.yaml")).isEqualTo("--- a/f.yaml\n+++ b/f.yaml\n@@ -1,2 +1,2 @@\n a: 1\r\n"
                + "-b: false\n\\ No newline at end of file\n+b: true\n\\ No newline at end of file\n");
    }

    @Test
    void noChangeNoDiff() {
        assertThat(UnifiedDiff.of(fix("a\n"), "f.yaml")).isEmpty();
    }
}
