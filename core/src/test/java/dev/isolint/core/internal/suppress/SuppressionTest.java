package dev.isolint.core.internal.suppress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isolint.core.api.Diagnostic;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.Scans;
import dev.isolint.core.rule.Finding;
import dev.isolint.core.rule.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One test per suppression mechanism (SPEC §7) on the fixtures under {@code testdata/suppressions/},
 * judged on {@link Scans#TODAY}. Each fixture carries its expectation on the resource's line
 * ({@code # expect: ISO001 FAIL suppressed}), so the fixtures document themselves.
 */
class SuppressionTest {

    private static final Pattern EXPECT = Pattern.compile("^\\s*([A-Za-z0-9%:]+):.*# expect: ISO001 (FAIL|PASS|UNKNOWN)( suppressed)?");

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("testdata/suppressions/inline", "testdata/suppressions/inline/comments.yaml"),
                Arguments.of("testdata/suppressions/metadata", "testdata/suppressions/metadata/metadata.yaml"),
                Arguments.of("testdata/suppressions/ignore-file/valid", "testdata/suppressions/ignore-file/valid/models.yaml"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("fixtures")
    void everyResourceIsJudgedAsItsMarkerSays(String scanned, String fixture) throws IOException {
        Map<String, Finding> found = Scans.byAddress(filter(Scans.scan(scanned), Path.of(fixture).getFileName().toString()));
        List<String> lines = Files.readAllLines(Scans.ROOT.resolve(fixture));
        int expected = 0;
        for (String line : lines) {
            Matcher m = EXPECT.matcher(line);
            if (!m.find()) {
                continue;
            }
            expected++;
            Finding f = found.get(m.group(1));
            assertThat(f).as(m.group(1)).isNotNull();
            assertThat(f.verdict()).as(m.group(1)).isEqualTo(Verdict.valueOf(m.group(2)));
            assertThat(f.suppressed()).as(m.group(1) + " suppressed").isEqualTo(m.group(3) != null);
        }
        assertThat(expected).isEqualTo(found.size()).isGreaterThan(4);
    }

    @Test
    void inlineCommentsRecordKindReasonAndWhere() {
        Map<String, Finding> f = Scans.byAddress(Scans.scan("testdata/suppressions/inline"));
        assertThat(f.get("AboveWithReason").suppression().kind()).isEqualTo("inline");
        assertThat(f.get("AboveWithReason").suppression().reason()).isEqualTo("feature lookups go to S3 at run time (SEC-7)");
        assertThat(f.get("AboveWithReason").suppression().location().line()).isEqualTo(4);
        assertThat(f.get("InsideWithSlug").suppression().location().line()).isEqualTo(12);
        assertThat(f.get("CheckovComment").suppression().reason()).isEqualTo("migrating from Checkov, accepted in 2024 review");
    }

    @Test
    void aCommentAboveTheNextResourceDoesNotSuppressThePreviousOne() {
        Map<String, Finding> f = Scans.byAddress(Scans.scan("testdata/suppressions/inline"));
        assertThat(f.get("BeforeNext").suppressed()).isFalse();
        assertThat(f.get("AfterPrevious").suppression().location().line()).isEqualTo(39);
        assertThat(f.get("EndsWithComment").suppressed()).isTrue();
        assertThat(f.get("NotSuppressed").suppressed()).isFalse();
    }

    @Test
    void noReasonAndExpiredAreNoticesNotSuppressions() {
        ScanResult r = Scans.scan("testdata/suppressions/inline");
        assertThat(messages(r.notices())).containsExactly(
                "14: suppression of ISO001 for AboveWithoutReason ignored: a reason is required",
                "17: suppression of ISO001 for Expired ignored: expired on 2026-01-14",
                "23: suppression of ISO001 for UnreadableExpiry ignored: its expiry is not a date (YYYY-MM-DD)",
                "30: suppression of CKV_AWS_370 for CheckovWithoutReason ignored: a reason is required");
        assertThat(r.errors()).isEmpty();
    }

    @Test
    void aPassIsNeverMarkedSuppressed() {
        Finding passing = Scans.byAddress(Scans.scan("testdata/suppressions/inline")).get("Passing");
        assertThat(passing.verdict()).isEqualTo(Verdict.PASS);
        assertThat(passing.suppressed()).isFalse();
    }

    @Test
    void metadataSuppressionsInYamlAndJson() {
        ScanResult r = Scans.scan("testdata/suppressions/metadata");
        Map<String, Finding> f = Scans.byAddress(r);
        assertThat(f.get("IsolintMetadata").suppression().kind()).isEqualTo("metadata");
        assertThat(f.get("CheckovMetadata").suppression().reason()).isEqualTo("accepted by the platform team");
        assertThat(f.get("JsonIsolintMetadata").suppression().reason()).isEqualTo("JSON templates use Metadata");
        assertThat(f.get("JsonCheckovMetadataBlankComment").suppressed()).isFalse();
        assertThat(messages(r.notices())).containsExactly(
                "10: suppression of CKV_AWS_370 for JsonCheckovMetadataBlankComment ignored: a reason is required",
                "18: suppression of ISO001 for IsolintMetadataWithoutReason ignored: a reason is required",
                "24: suppression of ISO001 for IsolintMetadataExpired ignored: expired on 2025-12-31",
                "39: suppression of CKV_AWS_370 for CheckovMetadataWithoutComment ignored: a reason is required");
    }

    @Test
    void ignoreFileAtTheScanRootSuppressesByAddressGlobAndFile() {
        ScanResult r = Scans.scan("testdata/suppressions/ignore-file/valid");
        List<String> suppressed = r.findings().stream().filter(Finding::suppressed)
                .map(f -> Scans.paths().format(f.resource().location().file()).replaceFirst(".*/valid/", "") + " "
                        + f.resource().address() + " <- line " + f.suppression().location().line())
                .toList();
        assertThat(suppressed).containsExactly(
                "models.yaml ExactAddress <- line 3",
                "models.yaml LegacyOne <- line 7",
                "models.yaml LegacyTwo <- line 7",
                "nested/more.yaml WrongFile <- line 17",
                "nested/more.yaml DeepGlob <- line 21");
        assertThat(r.findings().stream().filter(Finding::suppressed))
                .allSatisfy(f -> assertThat(f.suppression().kind()).isEqualTo("ignore-file"));
        assertThat(messages(r.notices())).containsExactly(
                "11: ignore entry for ISO001 NoReason ignored: a reason is required",
                "13: ignore entry for CKV_AWS_370 ExpiredEntry ignored: expired on 2026-01-14");
        assertThat(r.errors()).isEmpty();
    }

    @Test
    void anIgnoreEntryLapsesTheDayAfterItsExpiry() {
        ScanResult before = dev.isolint.core.Isolint.scan(Scans.request("testdata/suppressions/ignore-file/valid")
                .today(java.time.LocalDate.of(2026, 3, 31)).build());
        ScanResult after = dev.isolint.core.Isolint.scan(Scans.request("testdata/suppressions/ignore-file/valid")
                .today(java.time.LocalDate.of(2026, 4, 1)).build());
        assertThat(Scans.byAddress(filter(before, "models.yaml")).get("LegacyOne").suppressed()).isTrue();
        assertThat(Scans.byAddress(filter(after, "models.yaml")).get("LegacyOne").suppressed()).isFalse();
    }

    @Test
    void anIgnoreFileIsNotReadWhenTheScanRootIsElsewhere() {
        ScanResult r = Scans.scan("testdata/suppressions/ignore-file");
        assertThat(r.findings()).noneMatch(Finding::suppressed);
    }

    @Test
    void anExplicitIgnoreFileReplacesTheDefaultOnes(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("accepted.yml");
        Files.writeString(file, "ignore:\n  - rule: ISO001\n    address: Unlisted\n    reason: explicit file\n");
        ScanResult r = dev.isolint.core.Isolint.scan(Scans.request("testdata/suppressions/ignore-file/valid")
                .ignoreFile(file).build());
        assertThat(r.findings().stream().filter(Finding::suppressed).map(f -> f.resource().address()))
                .containsExactly("Unlisted");
    }

    @Test
    void aMalformedIgnoreFileIsAnInputError() {
        ScanResult r = Scans.scan("testdata/suppressions/ignore-file/malformed");
        assertThat(r.errors()).hasSize(1);
        Diagnostic d = r.errors().get(0);
        assertThat(d.location().file()).hasFileName(".isolint-ignore.yml");
        assertThat(d.location().line()).isEqualTo(3);
        assertThat(d.message()).contains("unknown key \"adress\"");
        assertThat(r.exitCode(dev.isolint.core.api.UnknownPolicy.FAIL).code()).isEqualTo(2);
        assertThat(r.findings()).hasSize(1); // the scan still ran
    }

    @Test
    void aMissingExplicitIgnoreFileIsAnInputError(@TempDir Path tmp) {
        ScanResult r = dev.isolint.core.Isolint.scan(Scans.request("testdata/suppressions/inline")
                .ignoreFile(tmp.resolve("absent.yml")).build());
        assertThat(messages(r.errors())).containsExactly("1: ignore file: no such file");
    }

    @Test
    void theWorkingDirectorysIgnoreFileAppliesWhenSingleFilesAreNamed(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("m.yaml"), "Resources:\n  M:\n    Type: AWS::SageMaker::Model\n");
        Files.writeString(tmp.resolve(IgnoreFile.DEFAULT_NAME),
                "ignore:\n  - rule: ISO001\n    address: M\n    file: m.yaml\n    reason: accepted\n");
        ScanResult r = dev.isolint.core.Isolint.scan(dev.isolint.core.api.ScanRequest.builder().workingDirectory(tmp)
                .today(Scans.TODAY).path("m.yaml").build());
        assertThat(r.findings()).singleElement().satisfies(f -> assertThat(f.suppressed()).isTrue());
    }

    private static ScanResult filter(ScanResult r, String fileName) {
        return new ScanResult(r.files(), r.findings().stream()
                .filter(f -> f.resource().location().file().getFileName().toString().equals(fileName)).toList(),
                r.errors(), r.notices());
    }

    private static List<String> messages(List<Diagnostic> list) {
        return list.stream().map(d -> d.location().line() + ": " + d.message()).toList();
    }
}
