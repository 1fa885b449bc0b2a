package dev.isolint.core.internal.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isolint.core.Isolint;
import dev.isolint.core.Scans;
import dev.isolint.core.api.ScanRequest;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.internal.adapter.cloudformation.CloudFormationAdapters;
import dev.isolint.core.internal.source.SourceFile;
import dev.isolint.core.internal.terraform.hcl.HclParser;
import dev.isolint.core.internal.terraform.json.TerraformJsonReader;
import dev.isolint.core.internal.tree.Node;
import dev.isolint.core.internal.tree.TreeLimits;
import dev.isolint.core.internal.tree.TreeReader;
import dev.isolint.core.rule.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@code isolint fix --write} over every fixable file of {@code testdata/} and {@code ../shared/corpus}, each case a
 * directory copied aside: every fixed result passes on the re-scan; every byte outside the edited spans is unchanged
 * (byte-order mark and encoding included); a template still loads to the same tree except the fixed settings; a
 * Terraform file still parses; a second fix finds nothing to edit; and every failing result not fixed is left for a
 * reason SPEC §13 names (or a shape the fixer declines), never for a position it could not find. With and without
 * {@code --shared-modules}. Where the environment names them, HashiCorp's parser ({@code ISOLINT_HCLORACLE}) and
 * {@code terraform fmt} ({@code ISOLINT_TERRAFORM}) check the edited Terraform files too.
 */
class FixPropertyTest {

    private static final Path TESTDATA = Scans.ROOT.resolve("testdata");
    private static final Path CORPUS = Scans.ROOT.resolve("../shared/corpus").normalize();
    /** Report goldens and hostile inputs (bombs, deep nesting) are not fixable sources. */
    private static final List<String> NOT_CASES = List.of("golden", "hostile", "fix");
    /** Why a result may be left: the §13 cases, and shapes the fixer declines with a manual step. */
    private static final List<String> ACCEPTED_REASONS = List.of("a Terraform plan", "a CDK cloud assembly",
            "a module downloaded", "the block is in a module reached through", "the dynamic", "is an expression",
            "comes from the YAML anchor", "the file does not parse", "the template does not parse", "already true",
            "is not valid", "generated (Fn::ForEach)", "read from standard input", "dynamic \"", "written on one line");

    @Provide
    Arbitrary<Path> cases() throws IOException {
        List<Path> cases = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(TESTDATA)) {
            dirs.filter(Files::isDirectory).filter(d -> !NOT_CASES.contains(d.getFileName().toString())).sorted()
                    .forEach(cases::add);
        }
        try (Stream<Path> dirs = Files.list(TESTDATA.resolve("fix"))) {
            dirs.filter(Files::isDirectory).sorted().forEach(d -> cases.add(d.resolve("input")));
        }
        if (Files.isDirectory(CORPUS)) {
            try (Stream<Path> dirs = Files.list(CORPUS)) {
                dirs.filter(Files::isDirectory).sorted().forEach(cases::add);
            }
        }
        return Arbitraries.of(cases);
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void writingTheFixChangesOnlyTheEditedSpansAndMakesEachFixedResultPass(@ForAll("cases") Path source,
            @ForAll boolean sharedModules) throws Exception {
        Path dir = Files.createTempDirectory("isolint-fix");
        try {
            copy(source, dir);
            ScanRequest request = ScanRequest.builder().workingDirectory(dir).today(Scans.TODAY).path(dir.toString())
                    .build();
            ScanResult before = Isolint.scan(request);
            FixPlan plan = Fixer.plan(before, sharedModules);
            for (NotFixed n : plan.notFixed()) {
                assertThat(ACCEPTED_REASONS).as("left for an unexpected reason: " + n)
                        .anyMatch(r -> n.reason().contains(r));
            }
            Map<Path, byte[]> original = new LinkedHashMap<>();
            for (FileFix f : plan.files()) {
                original.put(f.file(), Files.readAllBytes(f.file()));
                Files.write(f.file(), f.newBytes());
            }
            ScanResult after = Isolint.scan(request);
            assertThat(plan.unproven(after)).as("fixed results that do not pass after the fix").isEmpty();
            assertThat(plan.fixed().size() + plan.notFixed().size()).as("every failing result is fixed or left")
                    .isEqualTo(before.findings().stream().filter(f -> !f.suppressed() && f.verdict() != Verdict.PASS)
                            .count());
            for (FileFix f : plan.files()) {
                onlyTheSpansChanged(f, original.get(f.file()));
                stillReads(f, original.get(f.file()));
            }
            assertThat(Fixer.plan(after, sharedModules).files()).as("a second fix edits nothing").isEmpty();
        } finally {
            delete(dir);
        }
    }

    /** The file as written: the same byte-order mark and encoding, the text between the changes untouched. */
    private static void onlyTheSpansChanged(FileFix f, byte[] before) throws IOException {
        byte[] written = Files.readAllBytes(f.file());
        SourceFile was = SourceFile.of(f.file(), before);
        SourceFile now = SourceFile.of(f.file(), written);
        assertThat(now.charset()).isEqualTo(was.charset());
        int bom = before.length - was.text().getBytes(was.charset()).length;
        assertThat(Arrays.copyOf(written, bom)).as("byte-order mark").isEqualTo(Arrays.copyOf(before, bom));
        String old = was.text();
        String text = now.text();
        int shift = 0;
        int at = 0;
        for (Change c : f.changes()) {
            assertThat(text.substring(at + shift, c.start() + shift)).isEqualTo(old.substring(at, c.start()));
            assertThat(text.substring(c.start() + shift, c.start() + shift + c.replacement().length()))
                    .isEqualTo(c.replacement());
            shift += c.replacement().length() - (c.end() - c.start());
            at = c.end();
        }
        assertThat(text.substring(at + shift)).isEqualTo(old.substring(at));
    }

    /** Still parses; a template loads to the same tree but for the settings the fix sets. */
    private static void stillReads(FileFix f, byte[] before) throws Exception {
        String name = f.file().getFileName().toString();
        String text = f.newText();
        if (name.endsWith(".tf")) {
            HclParser.parseFile(f.file(), text);
            sameBlocksForHashiCorp(f, before);
            fmtAgrees(f, before);
        } else if (name.endsWith(".tf.json")) {
            TerraformJsonReader.parse(f.file(), text, TreeLimits.DEFAULT);
            sameBlocksForHashiCorp(f, before);
        } else {
            Object was = withoutSettings(plain(TreeReader.read(f.file(), SourceFile.of(f.file(), before).text(),
                    TreeLimits.DEFAULT)));
            Object now = withoutSettings(plain(TreeReader.read(f.file(), text, TreeLimits.DEFAULT)));
            assertThat(now).as("the template's tree apart from the fixed settings").isEqualTo(was);
        }
    }

    /**
     * Where {@code ISOLINT_HCLORACLE} names HashiCorp's parser ({@code ../shared/tools/hcloracle}): it reads the
     * edited file without a diagnostic, to the same top-level blocks as before. Optional, like the differential test.
     */
    private static void sameBlocksForHashiCorp(FileFix f, byte[] before) throws Exception {
        String oracle = System.getProperty("ISOLINT_HCLORACLE", System.getenv("ISOLINT_HCLORACLE"));
        if (oracle == null || !Files.isExecutable(Path.of(oracle))) {
            return;
        }
        String name = f.file().getFileName().toString();
        Path old = Files.createTempDirectory("isolint-fix-oracle").resolve(name);
        Files.write(old, before);
        try {
            Node.SeqNode dumped = (Node.SeqNode) TreeReader.read(Path.of(oracle), run(oracle, old, f.file()),
                    TreeLimits.DEFAULT);
            Node.MapNode was = (Node.MapNode) dumped.items().get(0);
            Node.MapNode now = (Node.MapNode) dumped.items().get(1);
            assertThat(now.get("diagnostics")).as("HashiCorp's parser on " + f.file()).isNull();
            if (was.get("diagnostics") == null) {
                assertThat(blockNames(now)).isEqualTo(blockNames(was));
            }
        } finally {
            Files.deleteIfExists(old);
            Files.deleteIfExists(old.getParent());
        }
    }

    /**
     * Where {@code ISOLINT_TERRAFORM} names a {@code terraform} binary: a file {@code terraform fmt} left as it was
     * before the fix, it leaves as it is after (the added line and its re-aligned group are what fmt would write).
     * Optional, not in CI.
     */
    private static void fmtAgrees(FileFix f, byte[] before) throws Exception {
        String terraform = System.getProperty("ISOLINT_TERRAFORM", System.getenv("ISOLINT_TERRAFORM"));
        if (terraform == null || !Files.isExecutable(Path.of(terraform))) {
            return;
        }
        String was = new String(before, java.nio.charset.StandardCharsets.UTF_8);
        if (was.equals(fmt(terraform, was))) {
            assertThat(fmt(terraform, f.newText())).as("terraform fmt of " + f.file()).isEqualTo(f.newText());
        }
    }

    private static String fmt(String terraform, String text) throws Exception {
        Process proc = new ProcessBuilder(terraform, "fmt", "-").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        proc.getOutputStream().write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        proc.getOutputStream().close();
        String out = new String(proc.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        return proc.waitFor() == 0 ? out : null;
    }

    private static String run(String oracle, Path... files) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(oracle);
        for (Path p : files) {
            cmd.add(p.toString());
        }
        Process proc = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(proc.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        proc.waitFor();
        return out;
    }

    private static List<String> blockNames(Node.MapNode file) {
        List<String> out = new ArrayList<>();
        for (Node b : ((Node.SeqNode) file.get("blocks")).items()) {
            Node.MapNode m = (Node.MapNode) b;
            Node labels = m.get("labels");
            out.add(((Node.ScalarNode) m.get("type")).text() + " " + (labels == null ? "[]" : plain(labels)));
        }
        return out;
    }

    /** The tree as plain maps, lists and scalars (positions dropped; a tag wraps its node). */
    private static Object plain(Node n) {
        Object value;
        if (n instanceof Node.MapNode m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.entries().forEach(e -> out.put(e.key(), plain(e.value())));
            value = out;
        } else if (n instanceof Node.SeqNode s) {
            value = new ArrayList<>(s.items().stream().map(FixPropertyTest::plain).toList());
        } else {
            value = Objects.toString(((Node.ScalarNode) n).value(), "~null");
        }
        return n.tag() == null ? value : List.of(n.tag(), value);
    }

    /** Removes every judged resource's setting (and what holds only it) from the plain tree. */
    @SuppressWarnings("unchecked")
    private static Object withoutSettings(Object tree) {
        if (tree instanceof Map<?, ?> map) {
            Object type = map.get("Type");
            String path = type instanceof String t ? CloudFormationAdapters.settingPath(t) : null;
            if (path != null) {
                remove((Map<String, Object>) map, List.of(("Properties." + path).split("\\.")));
            }
            map.values().forEach(FixPropertyTest::withoutSettings);
        } else if (tree instanceof List<?> list) {
            list.forEach(FixPropertyTest::withoutSettings);
        }
        return tree;
    }

    @SuppressWarnings("unchecked")
    private static void remove(Map<String, Object> map, List<String> path) {
        String key = path.get(0);
        if (path.size() > 1 && map.get(key) instanceof Map<?, ?> inner) {
            remove((Map<String, Object>) inner, path.subList(1, path.size()));
            if (inner.isEmpty()) {
                map.remove(key);
            }
        } else {
            map.remove(key); // the leaf, or a value the fix replaces by a mapping (AWS::NoValue, null)
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(from)) {
            all = walk.toList();
        }
        for (Path p : all) {
            Path target = to.resolve(from.relativize(p).toString());
            if (Files.isSymbolicLink(p)) {
                continue; // symlink loops are the walker's test, not this one's
            }
            if (Files.isDirectory(p)) {
                Files.createDirectories(target);
            } else {
                Files.copy(p, target);
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(dir)) {
            all = new ArrayList<>(walk.toList());
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            Files.deleteIfExists(all.get(i));
        }
    }
}
