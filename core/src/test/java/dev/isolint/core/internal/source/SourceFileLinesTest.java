package dev.isolint.core.internal.source;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link SourceFile#lines(String)} splits exactly as {@link String#lines()}, which it replaces on the start-up path. */
class SourceFileLinesTest {

    @Property(tries = 3000)
    void splitsLikeStringLines(@ForAll("texts") String text) {
        assertThat(SourceFile.lines(text)).containsExactlyElementsOf(text.lines().toList());
    }

    @Provide
    Arbitrary<String> texts() {
        // Line terminators dominate so that runs of \r, \n and \r\n, leading and trailing ones, are common.
        return Arbitraries.strings().withChars('\r', '\n', 'a', ' ', 'é', '\u2028').ofMaxLength(30);
    }

    @Test
    void knownCases() {
        assertThat(SourceFile.lines("")).isEmpty();
        assertThat(SourceFile.lines("a\r\nb\rc\n\nd\n")).containsExactly("a", "b", "c", "", "d");
        assertThat(SourceFile.lines("\n")).containsExactly("");
    }
}
