package dev.isolint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isolint.core.api.ScanResult;
import dev.isolint.core.Scans;
import dev.isolint.core.api.UnknownPolicy;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The JUnit XML parses with the JDK's standard parser and its counts agree with its elements. */
class JunitReporterTest {

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Document mixed(UnknownPolicy policy) throws Exception {
        return parse(Scans.render(new JunitReporter(), Scans.scan("testdata/golden/mixed/input"), Scans.options(policy)));
    }

    @Test
    void countsAreRightUnderUnknownFail() throws Exception {
        Element root = mixed(UnknownPolicy.FAIL).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        // 12 models + 1 input error; failures: 4 unsuppressed FAIL + 1 UNKNOWN; skipped: 5 suppressed.
        assertThat(counts(root)).isEqualTo("tests=13 failures=5 errors=1 skipped=");
        assertCountsMatchElements(root);
    }

    @Test
    void anUnknownUnderWarnIsNotAFailure() throws Exception {
        Element root = mixed(UnknownPolicy.WARN).getDocumentElement();
        assertThat(counts(root)).isEqualTo("tests=13 failures=4 errors=1 skipped=");
        assertCountsMatchElements(root);
        Element unknown = testcase(root, "ISO001 FromMissingParameter");
        assertThat(unknown.getElementsByTagName("failure").getLength()).isZero();
        assertThat(unknown.getElementsByTagName("system-out").item(0).getTextContent()).startsWith("UNKNOWN (--unknown=warn)");
    }

    @Test
    void oneSuitePerFileOneCasePerResourceAndSkippedCarriesTheReason() throws Exception {
        Element root = mixed(UnknownPolicy.FAIL).getDocumentElement();
        List<String> suites = new ArrayList<>();
        NodeList list = root.getElementsByTagName("testsuite");
        for (int i = 0; i < list.getLength(); i++) {
            Element s = (Element) list.item(i);
            suites.add(s.getAttribute("name") + " " + s.getAttribute("tests"));
        }
        assertThat(suites).containsExactly(
                "testdata/golden/mixed/input/broken.yaml 1",
                "testdata/golden/mixed/input/odd names/team,a b.yaml 1",
                "testdata/golden/mixed/input/templates/app.yaml 8",
                "testdata/golden/mixed/input/templates/stack.json 3");
        Element skipped = (Element) testcase(root, "ISO001 AcceptedInIgnoreFile").getElementsByTagName("skipped").item(0);
        assertThat(skipped.getAttribute("message"))
                .isEqualTo("suppressed (ignore-file): replaced by IsolatedModel; decommission ticket ML-42");
        Element passed = testcase(root, "ISO001 IsolatedModel");
        assertThat(passed.getChildNodes().getLength()).isZero();
    }

    @Test
    void hostileTextStillParses(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("x.yaml"), "Parameters:\n  P:\n    Type: String\n    Default: \"]]>&<\\u0001\\\"\"\n"
                + "Resources:\n  A:\n    Type: AWS::SageMaker::Model\n    Properties:\n"
                + "      EnableNetworkIsolation: !Ref P\n");
        ScanResult r = Scans.scan(dir.toString());
        String xml = Scans.render(new JunitReporter(), r, Scans.options(UnknownPolicy.FAIL));
        Document doc = parse(xml);
        assertThat(counts(doc.getDocumentElement())).isEqualTo("tests=1 failures=1 errors=0 skipped=");
        assertThat(doc.getElementsByTagName("failure").item(0).getTextContent()).contains("]]>&<\uFFFD\"");
    }

    private static Element testcase(Element root, String name) {
        NodeList cases = root.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            if (c.getAttribute("name").equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no testcase " + name);
    }

    private static String counts(Element e) {
        return "tests=" + e.getAttribute("tests") + " failures=" + e.getAttribute("failures") + " errors="
                + e.getAttribute("errors") + " skipped=" + e.getAttribute("skipped");
    }

    /** Every suite's and the root's counts equal the elements they count. */
    private static void assertCountsMatchElements(Element root) {
        int[] total = new int[4];
        NodeList suites = root.getElementsByTagName("testsuite");
        for (int i = 0; i < suites.getLength(); i++) {
            Element s = (Element) suites.item(i);
            int[] n = {s.getElementsByTagName("testcase").getLength(), s.getElementsByTagName("failure").getLength(),
                s.getElementsByTagName("error").getLength(), s.getElementsByTagName("skipped").getLength()};
            assertThat(counts(s)).isEqualTo("tests=" + n[0] + " failures=" + n[1] + " errors=" + n[2] + " skipped=" + n[3]);
            for (int k = 0; k < 4; k++) {
                total[k] += n[k];
            }
        }
        // The root carries no skipped count: Jenkins' strict schema refuses it there.
        assertThat(counts(root)).isEqualTo("tests=" + total[0] + " failures=" + total[1] + " errors=" + total[2]
                + " skipped=");
    }

    /**
     * The attributes each element may have in the strict JUnit schema Jenkins' xUnit plugin validates against
     * (junit-10.xsd), which GitLab and Surefire-report readers also read: no {@code file}/{@code line} on a test
     * case, no {@code skipped} on the root.
     */
    private static final java.util.Map<String, java.util.Set<String>> STRICT = java.util.Map.of(
            "testsuites", java.util.Set.of("name", "time", "tests", "failures", "disabled", "errors"),
            "testsuite", java.util.Set.of("name", "tests", "failures", "errors", "time", "disabled", "skipped",
                    "timestamp", "hostname", "id", "package", "file", "log", "url", "version"),
            "testcase", java.util.Set.of("name", "assertions", "time", "classname", "status"),
            "failure", java.util.Set.of("message", "type"),
            "error", java.util.Set.of("message", "type"),
            "skipped", java.util.Set.of("message"),
            "system-out", java.util.Set.of(),
            "system-err", java.util.Set.of());

    @Test
    void everyElementAndAttributeIsOneTheStrictSchemaAllows() throws Exception {
        for (UnknownPolicy policy : UnknownPolicy.values()) {
            NodeList all = mixed(policy).getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                assertThat(STRICT).as("element").containsKey(e.getTagName());
                for (int a = 0; a < e.getAttributes().getLength(); a++) {
                    assertThat(STRICT.get(e.getTagName())).as("attributes of %s", e.getTagName())
                            .contains(e.getAttributes().item(a).getNodeName());
                }
            }
        }
    }

    @Test
    void theFailureNamesFileAndLine() throws Exception {
        Element root = mixed(UnknownPolicy.FAIL).getDocumentElement();
        Element failure = (Element) testcase(root, "ISO001 FromMissingParameter").getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).startsWith("testdata/golden/mixed/input/templates/app.yaml:21: ");
        assertThat(failure.getTextContent()).contains("at testdata/golden/mixed/input/templates/app.yaml:21");
    }
}
