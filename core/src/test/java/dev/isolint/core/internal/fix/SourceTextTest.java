package dev.isolint.core.internal.fix;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Positions the parsers give become offsets the way each parser counts. */
class SourceTextTest {

    private static final String TEXT = "a: \uD83D\uDE80x\r\nb: é\rc\n";

    @Test
    void codePointColumnsCountAnEmojiOnceCharColumnsTwice() {
        SourceText yaml = new SourceText(TEXT, SourceText.Columns.CODE_POINTS, SourceText.Breaks.YAML);
        SourceText json = new SourceText(TEXT, SourceText.Columns.CHARS, SourceText.Breaks.JSON);
        assertThat(TEXT.charAt(yaml.offset(1, 5))).isEqualTo('x');
        assertThat(TEXT.charAt(json.offset(1, 6))).isEqualTo('x');
        assertThat(yaml.column(yaml.offset(1, 5))).isEqualTo(5);
        assertThat(json.column(json.offset(1, 6))).isEqualTo(6);
    }

    @Test
    void eachParserHasItsOwnLineBreaks() {
        SourceText yaml = new SourceText(TEXT, SourceText.Columns.CODE_POINTS, SourceText.Breaks.YAML);
        SourceText hcl = new SourceText(TEXT, SourceText.Columns.CODE_POINTS, SourceText.Breaks.HCL);
        assertThat(TEXT.charAt(yaml.offset(3, 1))).isEqualTo('c'); // a lone CR ends a YAML line
        assertThat(TEXT.charAt(hcl.offset(2, 1))).isEqualTo('b');
        assertThat(hcl.line(TEXT.indexOf('c'))).isEqualTo(2); // a lone CR is no break in HCL
        assertThat(yaml.lineBreak()).isEqualTo("\r\n");
        assertThat(yaml.lineEnd(0)).isEqualTo(TEXT.indexOf('\r'));
        assertThat(yaml.nextLineStart(0)).isEqualTo(TEXT.indexOf('b'));
    }

    @Test
    void aPositionPastTheTextIsNone() {
        SourceText s = new SourceText("ab", SourceText.Columns.CHARS, SourceText.Breaks.JSON);
        assertThat(s.offset(1, 3)).isEqualTo(2);
        assertThat(s.offset(1, 4)).isEqualTo(-1);
        assertThat(s.offset(2, 1)).isEqualTo(-1);
    }
}
