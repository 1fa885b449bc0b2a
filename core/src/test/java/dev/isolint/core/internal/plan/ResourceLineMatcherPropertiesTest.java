package dev.isolint.core.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsCoverage;

/**
 * The hand-written matchers of {@link ResourceLineMatcher} accept exactly the lines that the regular
 * expressions {@link TerraformSourceLocator} used before accept (kept here as the reference), for
 * lines and labels built from the characters that make the difference: the several kinds of white
 * space (ASCII {@code \s} and the Unicode spaces it does not cover), quotes, braces, line terminators,
 * and labels that themselves start or end with white space or quotes, so that the regular
 * expression has to backtrack.
 */
class ResourceLineMatcherPropertiesTest {

    /** The block line as {@code TerraformSourceLocator} matched it before. */
    private static boolean oldBlockStart(String line, String type, String name) {
        return Pattern.compile("^\\s*resource\\s+\"?" + Pattern.quote(type) + "\"?\\s+\"?"
                + Pattern.quote(name) + "\"?\\s*\\{.*").matcher(line).matches();
    }

    /** The attribute line as {@code TerraformSourceLocator} matched it before. */
    private static final Pattern OLD_ATTRIBUTE_LINE = Pattern.compile("^\\s*" + PlanStreamReader.ATTRIBUTE + "\\s*=.*");

    /** Placeholders in generated lines, replaced by the generated labels. */
    private static final String TYPE = "\u0001T\u0001";
    private static final String NAME = "\u0001N\u0001";

    @Property(tries = 3000)
    void blockStartMatchesWhatTheRegularExpressionMatched(@ForAll("labels") String type, @ForAll("labels") String name,
            @ForAll("blockLines") String template) {
        String line = template.replace(TYPE, type).replace(NAME, name);
        boolean expected = oldBlockStart(line, type, name);
        Statistics.label("matches").collect(expected);
        Statistics.label("matches").coverage(ResourceLineMatcherPropertiesTest::bothOutcomes);
        assertThat(ResourceLineMatcher.isBlockStart(line, type, name)).as("%s with %s, %s", show(line), show(type), show(name))
                .isEqualTo(expected);
    }

    @Property(tries = 3000)
    void attributeLineMatchesWhatTheRegularExpressionMatched(@ForAll("attributeLines") String line) {
        boolean expected = OLD_ATTRIBUTE_LINE.matcher(line).matches();
        Statistics.label("matches").collect(expected);
        Statistics.label("matches").coverage(ResourceLineMatcherPropertiesTest::bothOutcomes);
        assertThat(ResourceLineMatcher.isAttributeLine(line)).as(show(line)).isEqualTo(expected);
    }

    /**
     * Lines the generators reach only by chance, written out so that each run checks them: labels
     * that make the expression backtrack into the white space or quotes around them, then spaces and
     * line terminators in odd places.
     */
    @Example
    void edgeCasesAgreeToo() {
        assertBlockStartsAgree(
                new String[] {"resource\t\" t\" \"n\" {", " t", "n"},
                new String[] {"resource  \"t\"  n {", " \"t\"", " n"},
                new String[] {"resource \"t\" \"n\" {", "t\"", "\"n"},
                new String[] {"resource \"\" \"\" {", "", ""},
                new String[] {"resource \"a\\Eb\" \"c\" {", "a\\Eb", "c"},
                new String[] {"resource  \"t\"\"n\" {", "t", "n"},
                new String[] {"resource \"t\" \"n\"{\u2028", "t", "n"},
                new String[] {"resource \"t\" \"n\"\u00A0{", "t", "n"},
                new String[] {"resource\"t\" \"n\" {", "t", "n"},
                new String[] {"\uFEFFresource \"t\" \"n\" {", "t", "n"});
        for (String line : List.of("enable_network_isolation = true", "  enable_network_isolation=var.x", "enable_network_isolation",
                "enable_network_isolation\u2003= true", "enable_network_isolation = \r", "enable_network_isolationx = 1",
                " \u000B\fenable_network_isolation \t=", "#enable_network_isolation = true")) {
            assertThat(ResourceLineMatcher.isAttributeLine(line)).as(show(line)).isEqualTo(OLD_ATTRIBUTE_LINE.matcher(line).matches());
        }
    }

    /** Each case is {line, type, name}. */
    private static void assertBlockStartsAgree(String[]... cases) {
        for (String[] c : cases) {
            assertThat(ResourceLineMatcher.isBlockStart(c[0], c[1], c[2])).as(show(c[0]))
                    .isEqualTo(oldBlockStart(c[0], c[1], c[2]));
        }
    }

    /** A comparison only means something when the generated lines both match and miss, often. */
    private static void bothOutcomes(StatisticsCoverage coverage) {
        coverage.check(true).percentage(p -> p >= 10);
        coverage.check(false).percentage(p -> p >= 10);
    }

    // --- generators ------------------------------------------------------------------------------

    /** White space the regular expression's {@code \s} covers, and some that it does not (NBSP, em space, U+001C). */
    private static Arbitrary<String> space() {
        return Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.of(" ", "  ", "\t", "\u000B", "\f", "\r", "\n")),
                Tuple.of(1, Arbitraries.of("\u00A0", "\u2003", "\u001C")));
    }

    /** Characters that end {@code .*}, and a supplementary character that does not. */
    private static Arbitrary<String> odd() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of("\uD83D\uDE00", "x", "}", "#", "\"")),
                Tuple.of(1, Arbitraries.of("\u2028", "\u2029", "\u0085")));
    }

    @Provide
    Arbitrary<String> labels() {
        Arbitrary<String> plain = Arbitraries.of("aws_sagemaker_model", "m", "t", "", "a b", "res");
        Arbitrary<String> piece = Arbitraries.oneOf(plain, space(), Arbitraries.of("\"", "{", "\\E", "."));
        return piece.list().ofMinSize(1).ofMaxSize(3).map(ResourceLineMatcherPropertiesTest::join);
    }

    /**
     * Block lines in the shape the pattern expects, each part present or left out and any part
     * replaced now and then by a stray character, so that matches and near misses are both common.
     */
    @Provide
    Arbitrary<String> blockLines() {
        Arbitrary<String> spaces = space().list().ofMaxSize(3).map(ResourceLineMatcherPropertiesTest::join);
        Arbitrary<String> gap = space().list().ofMinSize(1).ofMaxSize(3).map(ResourceLineMatcherPropertiesTest::join);
        Arbitrary<String> quote = Arbitraries.of("", "", "\"");
        Arbitrary<String> stray = Arbitraries.oneOf(space(), odd(), Arbitraries.of("\"", "{", "resource", TYPE, NAME));
        Arbitrary<String> keyword = Arbitraries.of("resource", "resource", "resource", "resource", "resourc", "data");
        Arbitrary<List<String>> first = Combinators.combine(spaces, keyword, gap, quote, quote, gap, quote, quote)
                .as((s0, k, s1, q1, q2, s2, q3, q4) -> List.of(s0, k, s1, q1, TYPE, q2, s2, q3, NAME, q4));
        Arbitrary<List<String>> tail = Combinators.combine(spaces, Arbitraries.of("{", "{", "{", "{", "", "}"),
                odd().list().ofMaxSize(2).map(ResourceLineMatcherPropertiesTest::join))
                .as((s, brace, rest) -> List.of(s, brace, rest));
        return Combinators.combine(first, tail, Arbitraries.integers().between(0, 12), stray, Arbitraries.integers().between(0, 5))
                .as((head, end, at, piece, mode) -> {
                    StringBuilder line = new StringBuilder();
                    int i = 0;
                    for (List<String> part : List.of(head, end)) {
                        for (String s : part) {
                            // mode 0: the part at `at` is replaced, 1: the stray piece goes before it, else untouched
                            line.append(i == at && mode == 0 ? piece : i == at && mode == 1 ? piece + s : s);
                            i++;
                        }
                    }
                    return line.toString();
                });
    }

    @Provide
    Arbitrary<String> attributeLines() {
        Arbitrary<String> spaces = space().list().ofMaxSize(3).map(ResourceLineMatcherPropertiesTest::join);
        Arbitrary<String> name = Arbitraries.of(PlanStreamReader.ATTRIBUTE, PlanStreamReader.ATTRIBUTE,
                "enable_network_isolatio", "enable_network_isolation_x", "#" + PlanStreamReader.ATTRIBUTE, "");
        Arbitrary<String> rest = Arbitraries.oneOf(odd(), space(), Arbitraries.of("true", "=", " var.x")).list().ofMaxSize(3)
                .map(ResourceLineMatcherPropertiesTest::join);
        return Combinators.combine(spaces, name, spaces, Arbitraries.of("=", "=", "", "=="), rest)
                .as((s0, n, s1, eq, r) -> s0 + n + s1 + eq + r);
    }

    private static String join(List<String> parts) {
        return String.join("", parts);
    }

    /** Control and space characters as escapes, so that a failing case can be read. */
    private static String show(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return out.append('"').toString();
    }
}
