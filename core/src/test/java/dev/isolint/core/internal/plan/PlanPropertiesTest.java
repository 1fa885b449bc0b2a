package dev.isolint.core.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.isolint.core.api.ScanRequest;
import dev.isolint.core.internal.adapter.plan.PlanAdapters;
import dev.isolint.core.internal.scan.DocumentReader;
import dev.isolint.core.internal.scan.FileFormat;
import dev.isolint.core.internal.scan.FormatDetector;
import dev.isolint.core.internal.scan.ScanContext;
import dev.isolint.core.internal.source.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of plan reading that must hold for any input of a kind, not only for the fixtures. */
class PlanPropertiesTest {

    private static final Path MODULES = PlanFixtures.plan("modules/plan.json");
    private static final Path ONE_LINE = PlanFixtures.plan("unknown/plan.json");

    private static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ScanContext context() {
        return new ScanContext(ScanRequest.builder().workingDirectory(PlanFixtures.ROOT).build());
    }

    // --- module addresses ----------------------------------------------------------------------

    @Provide
    Arbitrary<List<String[]>> modulePaths() {
        Arbitrary<String> name = Arbitraries.strings().withCharRange('a', 'z').withChars('_', '-', '0', '9')
                .ofMinLength(1).ofMaxLength(8).filter(s -> Character.isLetter(s.charAt(0)));
        Arbitrary<String> key = Arbitraries.oneOf(
                Arbitraries.just(""),
                Arbitraries.integers().between(0, 99).map(i -> "[" + i + "]"),
                Arbitraries.strings().withChars('a', 'b', '.', '[', ']', '"', '\\', ' ', 'é').ofMaxLength(6)
                        .map(s -> "[\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]"));
        return Combinators.combine(name, key).as((n, k) -> new String[] {n, k}).list().ofMaxSize(4);
    }

    @Property
    void moduleOfFindsTheCallPathWhateverTheInstanceKeys(@ForAll("modulePaths") List<String[]> modules,
            @ForAll("resourceKeys") String resourceKey) {
        StringBuilder address = new StringBuilder();
        List<String> names = new ArrayList<>();
        for (String[] m : modules) {
            address.append("module.").append(m[0]).append(m[1]).append('.');
            names.add(m[0]);
        }
        address.append("aws_sagemaker_model.m").append(resourceKey);
        assertThat(ModuleAddress.moduleOf(address.toString())).isEqualTo(String.join(".", names));
    }

    @Provide
    Arbitrary<String> resourceKeys() {
        return Arbitraries.of("", "[0]", "[\"a.b\"]", "[\"module.x\"]");
    }

    // --- truncation ----------------------------------------------------------------------------

    /**
     * Any proper prefix of a plan is either not recognised at all (the plan keys are not in it yet)
     * or exactly one error and no model: a half-read plan must never produce verdicts.
     */
    @Property(tries = 300)
    void aTruncatedPlanIsOneErrorOrNothing(@ForAll @IntRange(min = 0, max = 34_000) int cutPretty,
            @ForAll @IntRange(min = 0, max = 7_900) int cutOneLine) {
        check(bytes(MODULES), cutPretty);
        check(bytes(ONE_LINE), cutOneLine);
    }

    private static void check(byte[] whole, int cut) {
        int end = Math.min(cut, lastNonSpace(whole));
        byte[] prefix = java.util.Arrays.copyOf(whole, end);
        SourceFile file = SourceFile.of(Path.of("/plans/cut.json"), prefix);
        ScanContext context = context();
        if (FormatDetector.sniff(file) != FileFormat.TERRAFORM_PLAN) {
            return;
        }
        DocumentReader.Outcome outcome = new PlanJsonReader(PlanAdapters.ALL).read(file, context);
        assertThat(outcome.models()).isEmpty();
        assertThat(context.errors()).hasSize(1);
        assertThat(context.errors().get(0).location().line()).isPositive();
    }

    private static int lastNonSpace(byte[] b) {
        int i = b.length;
        while (i > 0 && Character.isWhitespace(b[i - 1])) {
            i--;
        }
        return i;
    }

    // --- key order -----------------------------------------------------------------------------

    /** Terraform writes keys in one order, but JSON objects are unordered: any order gives the same verdicts. */
    @Property(tries = 30)
    void verdictsDoNotDependOnTopLevelKeyOrder(@ForAll("shuffledKeys") List<String> order) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode plan = mapper.readTree(MODULES.toFile());
        ObjectNode reordered = mapper.createObjectNode();
        for (String k : order) {
            reordered.set(k, plan.get(k));
        }
        SourceFile original = SourceFile.of(MODULES, bytes(MODULES));
        SourceFile shuffled = SourceFile.of(MODULES, mapper.writeValueAsBytes(reordered));
        assertThat(verdicts(shuffled)).isEqualTo(verdicts(original)).hasSize(7);
    }

    @Provide
    Arbitrary<List<String>> shuffledKeys() throws IOException {
        List<String> keys = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = new ObjectMapper().readTree(MODULES.toFile()).fields();
        it.forEachRemaining(e -> keys.add(e.getKey()));
        return Arbitraries.shuffle(keys);
    }

    private static List<String> verdicts(SourceFile file) {
        ScanContext context = context();
        List<String> out = new ArrayList<>();
        for (var m : new PlanJsonReader(PlanAdapters.ALL).read(file, context).models()) {
            var model = (dev.isolint.core.model.SageMakerModel) m;
            out.add(m.resource().address() + " " + dev.isolint.core.rules.IsolationRule.verdictOf(
                    model.networkIsolation().instances().get(0).value()) + " " + m.resource().notes() + " "
                    + m.resource().context());
        }
        assertThat(context.errors()).isEmpty();
        out.sort(null);
        return out;
    }

    /**
     * Columns count characters (UTF-16 code units, as editors and SARIF do), not bytes: non-ASCII
     * text before a resource on its line moves it the same in UTF-8 (parsed as bytes) and in
     * UTF-16 (parsed as characters), and both agree with a search in the decoded string.
     */
    @Property(tries = 60)
    void columnsCountCharactersInEveryEncoding(@ForAll("unicodeText") String prefix) throws IOException {
        String text = Files.readString(ONE_LINE).replace("\"bucket_prefix\":\"models-\"",
                "\"bucket_prefix\":\"" + prefix + "\"");
        List<String> utf8 = locations(SourceFile.of(Path.of("/p.json"), text.getBytes(StandardCharsets.UTF_8)));
        List<String> utf16 = locations(SourceFile.of(Path.of("/p.json"),
                concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE))));
        assertThat(utf8).isEqualTo(utf16).hasSize(2);
        int brace = text.lastIndexOf('{', text.indexOf("\"address\":\"aws_sagemaker_model.computed\""));
        assertThat(utf8.get(0)).isEqualTo("aws_sagemaker_model.computed 1:" + (brace + 1));
    }

    @Provide
    Arbitrary<String> unicodeText() {
        return Arbitraries.strings().withChars('a', 'é', '中', '€').withChars("\uD83D\uDE80").ofMaxLength(12);
    }

    private static List<String> locations(SourceFile file) {
        ScanContext context = context();
        List<String> out = new ArrayList<>();
        for (var m : new PlanJsonReader(PlanAdapters.ALL).read(file, context).models()) {
            out.add(m.resource().address() + " " + m.resource().location().line() + ":" + m.resource().location().column());
        }
        assertThat(context.errors()).isEmpty();
        return out;
    }

    /** Sniffing on bytes agrees with sniffing on the decoded text, in every encoding a plan arrives in. */
    @Property(tries = 50)
    void byteSniffAgreesWithTextSniff(@ForAll("documents") String text, @ForAll("encodings") String encoding) {
        byte[] bytes = switch (encoding) {
            case "utf-16le-bom" -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
            case "utf-16be-bom" -> concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
            case "utf-8-bom" -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
            default -> text.getBytes(StandardCharsets.UTF_8);
        };
        SourceFile file = SourceFile.of(Path.of("/x.json"), bytes);
        assertThat(FormatDetector.sniff(file)).isEqualTo(FormatDetector.sniff(file.text()));
    }

    @Provide
    Arbitrary<String> documents() {
        return Arbitraries.of("format_version", "planned_values", "resource_changes", "{", "\"", " ", "é", "AWSTemplateFormatVersion", "x")
                .list().ofMaxSize(6).map(parts -> "{" + String.join(" ", parts) + "}");
    }

    @Provide
    Arbitrary<String> encodings() {
        return Arbitraries.of("utf-8", "utf-8-bom", "utf-16le-bom", "utf-16be-bom");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
