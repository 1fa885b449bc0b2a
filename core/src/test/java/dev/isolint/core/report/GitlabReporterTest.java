package dev.isolint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.isolint.core.Scans;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.api.UnknownPolicy;
import dev.isolint.core.rule.Finding;
import dev.isolint.core.rule.Verdict;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The GitLab SAST report checked field by field against what GitLab's security report schema (15.x) requires, as
 * GitLab's documentation lists it: top-level {@code version}, {@code vulnerabilities}, {@code scan}; scan's
 * {@code analyzer} and {@code scanner} ({@code id}, {@code name}, {@code version}, {@code vendor.name}), {@code type},
 * {@code start_time}, {@code end_time} (pattern {@code YYYY-MM-DDTHH:MM:SS}), {@code status}; each vulnerability's
 * {@code id}, {@code name}, {@code description}, {@code severity} (one of the schema's values), {@code identifiers}
 * (at least one, each {@code type}, {@code name}, {@code value}, none empty) and {@code location.file},
 * {@code start_line}, {@code end_line}.
 */
class GitlabReporterTest {

    private static final Set<String> SEVERITIES = Set.of("Info", "Unknown", "Low", "Medium", "High", "Critical");
    private static final String TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}";

    private static JsonNode report(ScanResult result, Map<String, String> env) throws Exception {
        Reporter.Options o = new Reporter.Options(Scans.paths(), UnknownPolicy.FAIL, false, false, false, env);
        return new ObjectMapper().readTree(Scans.render(new GitlabReporter(), result, o));
    }

    @Test
    void hasEveryRequiredFieldOfTheSchema() throws Exception {
        ScanResult result = Scans.scan("testdata/golden/mixed/input");
        JsonNode r = report(result, Map.of("SOURCE_DATE_EPOCH", "1768435200"));
        assertThat(r.path("version").asText()).matches("15\\.\\d+\\.\\d+");
        JsonNode scan = r.path("scan");
        for (String part : List.of("analyzer", "scanner")) {
            JsonNode tool = scan.path(part);
            assertThat(tool.path("id").asText()).as(part).isEqualTo("isolint");
            assertThat(tool.path("name").asText()).as(part).isEqualTo("isolint");
            assertThat(tool.path("version").asText()).as(part).isNotBlank();
            assertThat(tool.path("vendor").path("name").asText()).as(part).isEqualTo("isolint");
        }
        assertThat(scan.path("type").asText()).isEqualTo("sast");
        assertThat(scan.path("start_time").asText()).isEqualTo("2026-01-15T00:00:00");
        assertThat(scan.path("end_time").asText()).isEqualTo("2026-01-15T00:00:00");
        // The mixed case has an unparseable template: the scan failed, and says why.
        assertThat(scan.path("status").asText()).isEqualTo("failure");
        assertThat(scan.path("messages").get(0).path("level").asText()).isEqualTo("fatal");
        assertThat(scan.path("messages").get(0).path("value").asText()).startsWith("testdata/golden/mixed/input/broken.yaml:");

        JsonNode vulns = r.path("vulnerabilities");
        assertThat(vulns.isArray()).isTrue();
        long expected = result.findings().stream().filter(f -> f.verdict() != Verdict.PASS && !f.suppressed()).count();
        assertThat(vulns.size()).isEqualTo(expected).isPositive();
        Set<String> ids = new HashSet<>();
        for (JsonNode v : vulns) {
            assertThat(v.path("id").asText()).matches("[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
            ids.add(v.path("id").asText());
            assertThat(v.path("name").asText()).isNotBlank();
            assertThat(v.path("description").asText()).isNotBlank().contains("Evidence:");
            assertThat(v.path("severity").asText()).isIn(SEVERITIES).isEqualTo("High");
            assertThat(v.path("identifiers").size()).isPositive();
            for (JsonNode id : v.path("identifiers")) {
                for (String field : List.of("type", "name", "value")) {
                    assertThat(id.path(field).asText()).as(field).isNotBlank();
                }
            }
            assertThat(v.path("identifiers").get(0).path("value").asText()).isEqualTo("ISO001");
            JsonNode at = v.path("location");
            assertThat(at.path("file").asText()).startsWith("testdata/golden/mixed/input/");
            assertThat(at.path("start_line").asInt()).isPositive();
            assertThat(at.path("end_line").asInt()).isGreaterThanOrEqualTo(at.path("start_line").asInt());
        }
        assertThat(ids).as("ids are unique").hasSize(vulns.size());
    }

    @Test
    void aCleanScanSucceedsWithNoVulnerabilitiesAndRealTimesWithoutAnEpoch() throws Exception {
        JsonNode r = report(Scans.scan("testdata/golden/clean/input"), Map.of());
        assertThat(r.path("vulnerabilities").size()).isZero();
        assertThat(r.path("scan").path("status").asText()).isEqualTo("success");
        assertThat(r.path("scan").path("start_time").asText()).matches(TIME);
        assertThat(r.path("scan").path("end_time").asText()).matches(TIME)
                .isGreaterThanOrEqualTo(r.path("scan").path("start_time").asText());
    }

    @Test
    void idsAreDeterministicAndTellCallPathsApart() throws Exception {
        // One module block reached from two roots: two findings, two ids, the same ids on every run.
        ScanResult result = Scans.scan("testdata/terraform/examples");
        List<String> first = ids(report(result, Map.of()));
        List<String> again = ids(report(Scans.scan("testdata/terraform/examples"), Map.of()));
        assertThat(first).isEqualTo(again);
        assertThat(new HashSet<>(first)).hasSize(first.size());
        List<String> callPaths = new ArrayList<>();
        for (Finding f : result.findings()) {
            if (f.verdict() != Verdict.PASS && !f.suppressed() && f.resource().moduleCallPath() != null) {
                callPaths.add(f.resource().address());
            }
        }
        assertThat(callPaths).as("the fixture reaches module blocks through calls").isNotEmpty();
    }

    @Test
    void timestampsHaveTheSchemasPattern() {
        assertThat(GitlabReporter.timestamp(0)).isEqualTo("1970-01-01T00:00:00");
        assertThat(GitlabReporter.timestamp(1768435200L + 3600 + 61)).isEqualTo("2026-01-15T01:01:01");
    }

    private static List<String> ids(JsonNode r) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : r.path("vulnerabilities")) {
            out.add(v.path("id").asText());
        }
        return out;
    }
}
