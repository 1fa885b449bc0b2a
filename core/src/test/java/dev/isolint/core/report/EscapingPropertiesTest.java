package dev.isolint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.w3c.dom.Element;

/** Whatever a template or a path holds, the escaped report still reads back to the same text. */
class EscapingPropertiesTest {

    @Property
    void githubPropertiesAndDataRoundTripAndNeverBreakTheCommand(@ForAll String s) {
        String property = GithubReporter.property(s);
        String data = GithubReporter.data(s);
        assertThat(property).doesNotContain("\n", "\r", ":", ",");
        assertThat(data).doesNotContain("\n", "\r");
        assertThat(unescape(property)).isEqualTo(s);
        assertThat(unescape(data)).isEqualTo(s);
    }

    @Property
    void xmlTextAlwaysParsesAndKeepsEveryCharacterXmlCanCarry(@ForAll String s) throws Exception {
        String xml = "<a b=\"" + XmlText.attribute(s) + "\">" + XmlText.content(s) + "</a>";
        Element a = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        String expected = carried(s);
        assertThat(a.getAttribute("b")).isEqualTo(expected);
        assertThat(a.getTextContent()).isEqualTo(expected);
    }

    /** What XML 1.0 can carry of {@code s}: characters it cannot are replaced by U+FFFD. */
    private static String carried(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)) {
                b.append(c);
            } else {
                b.append('\uFFFD');
            }
        }
        return b.toString();
    }

    /** Decodes {@code %XX} in one pass, as the Actions runner does. */
    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '%' && i + 2 < s.length()) {
                b.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }
}
