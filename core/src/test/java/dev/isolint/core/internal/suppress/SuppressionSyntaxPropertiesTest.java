package dev.isolint.core.internal.suppress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/** {@link SuppressionSyntax} finds what the regular expressions it replaces found, part by part. */
class SuppressionSyntaxPropertiesTest {

    private static final Pattern ISOLINT = Pattern.compile(
            "(?:#|//)\\s*isolint:ignore\\s+([A-Za-z0-9_-]+)(?:\\s+(?:expires|until)=(\\S+))?\\s*(.*)$");
    private static final Pattern CHECKOV = Pattern.compile("#\\s*checkov:skip=([A-Za-z0-9_]+)(?::(.*))?$");

    @Property(tries = 20_000)
    void agreesWithTheRegularExpressions(@ForAll("lines") String line) {
        String expected = describe(line);
        SuppressionSyntax.Match m = SuppressionSyntax.find(line);
        String actual = m == null ? "none" : m.start + "|" + m.rule + "|" + m.expires + "|" + m.reason;
        Statistics.label("matched").collect(m != null);
        // Both outcomes must be common, or the agreement says little.
        Statistics.label("matched").coverage(c -> {
            c.check(true).percentage(p -> p >= 5);
            c.check(false).percentage(p -> p >= 5);
        });
        assertThat(actual).as("line %s", escape(line)).isEqualTo(expected);
    }

    /** An expiry date reads as {@code LocalDate.parse} reads it; what it cannot read counts as expired. */
    @Property(tries = 5_000)
    void expiryDatesReadLikeJavaTime(@ForAll("dates") String text) {
        LocalDate expected;
        try {
            expected = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            expected = LocalDate.MIN;
        }
        assertThat(SuppressionComments.date(text)).as(text).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> dates() {
        Arbitrary<String> digit = Arbitraries.of("0", "1", "2", "3", "9");
        Arbitrary<String> part = Arbitraries.oneOf(digit, Arbitraries.of("-", "+", "x", "٣"));
        return Arbitraries.oneOf(
                Combinators.combine(List.of(Arbitraries.of("2026", "2024", "1900", "0000", "9999", "20x6"), Arbitraries.of("-"),
                        Arbitraries.of("01", "02", "12", "13", "00"), Arbitraries.of("-"), Arbitraries.of("01", "28", "29", "30", "31", "32", "00")))
                        .as(parts -> String.join("", parts)),
                part.list().ofMaxSize(12).map(parts -> String.join("", parts)),
                Arbitraries.of("+10000-01-01", "-0001-01-01", "2026-1-15", "2026-01-15 ", ""));
    }

    @Test
    void everydayComments() {
        SuppressionSyntax.Match m = SuppressionSyntax.find("  # isolint:ignore ISO001 expires=2026-01-15 pilot ends");
        assertThat(m.start).isEqualTo(2);
        assertThat(m.rule + "|" + m.expires + "|" + m.reason).isEqualTo("ISO001|2026-01-15|pilot ends");
        m = SuppressionSyntax.find("    #checkov:skip=CKV_AWS_370:accepted in review");
        assertThat(m.rule + "|" + m.expires + "|" + m.reason).isEqualTo("CKV_AWS_370|null|accepted in review");
        assertThat(SuppressionSyntax.find("#checkov:skip=CKV_AWS_370 no colon")).isNull();
        assertThat(SuppressionSyntax.find("  // isolint:ignore sagemaker-model-network-isolation vendor").rule)
                .isEqualTo("sagemaker-model-network-isolation");
    }

    /** The regular expressions' answer in the same shape: isolint's first match, else Checkov's. */
    private static String describe(String line) {
        Matcher m = ISOLINT.matcher(line);
        if (m.find()) {
            return m.start() + "|" + m.group(1) + "|" + m.group(2) + "|" + m.group(3);
        }
        Matcher c = CHECKOV.matcher(line);
        if (c.find()) {
            return c.start() + "|" + c.group(1) + "|null|" + c.group(2);
        }
        return "none";
    }

    @Provide
    Arbitrary<String> lines() {
        // Comments assembled from parts, each part usually right and sometimes subtly wrong, so that both
        // matches and near misses are common; every part may hold what the patterns treat specially:
        // \s, line terminators, rule characters, '-', ':', '=', '#' and '/'.
        Arbitrary<String> noise = pieces("", "", " ", "a", "#", "/", "x: y ", "\u2028", "\u00a0");
        Arbitrary<String> marker = pieces("#", "#", "//", "/", "# #", "");
        Arbitrary<String> space = pieces("", " ", " ", "  ", "\t", "\u000B", "\f", "\r", "\n", "\u00a0");
        Arbitrary<String> keyword = pieces("isolint:ignore", "isolint:ignore", "checkov:skip=", "checkov:skip=",
                "checkov:skip", "isolint:ignor", "Isolint:ignore");
        Arbitrary<String> rule = pieces("ISO001", "CKV_AWS_370", "sagemaker-model-network-isolation", "a_b", "-", "", "é");
        Arbitrary<String> expiry = pieces("", "", " expires=2026-01-15", " until=x", "expires=", " expires=", " until= ",
                "\texpires=2026\u2028", " expires=a b");
        Arbitrary<String> colon = pieces("", ":", ":", " :", "::");
        Arbitrary<String> end = pieces("", "", "\u2028", "\u0085", "\r\n", "\n", "\u2029x");
        Arbitrary<String> reason = pieces("", "reason", "two words", " spaced ", "a\u2028b", "#checkov:skip=X:y",
                "// isolint:ignore R r");
        return Combinators.combine(List.of(noise, marker, space, keyword, space, rule, expiry, colon, space, reason, end))
                .as(parts -> String.join("", parts));
    }

    private static Arbitrary<String> pieces(String... options) {
        return Arbitraries.of(options);
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c < 32 || c > 126 ? "\\u" + Integer.toHexString(0x10000 | c).substring(1) : String.valueOf(c));
        }
        return b.toString();
    }
}
