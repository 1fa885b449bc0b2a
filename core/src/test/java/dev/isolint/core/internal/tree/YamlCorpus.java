package dev.isolint.core.internal.tree;

import dev.isolint.core.Scans;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The YAML files the quick reader is compared on: every {@code .yaml}, {@code .yml} and {@code .template}
 * file of the labelled corpus ({@code ../shared/corpus}, noise included, when it is there), of
 * {@code testdata/} and of core's test resources.
 */
final class YamlCorpus {

    static final Path CORPUS = Scans.ROOT.resolve("../shared/corpus").normalize();

    private YamlCorpus() {
    }

    static List<Path> files() {
        List<Path> out = new ArrayList<>();
        for (Path root : List.of(CORPUS, Scans.ROOT.resolve("testdata"), Scans.ROOT.resolve("core/src/test/resources"))) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).filter(YamlCorpus::isYamlName).sorted().forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    static boolean isYamlName(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".template");
    }

    static String read(Path p) {
        try {
            return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The texts of {@link #files()} below 200 KB, for random edits. */
    static List<String> texts() {
        List<String> out = new ArrayList<>();
        for (Path p : files()) {
            String text = read(p);
            if (text.length() < 200_000) {
                out.add(text);
            }
        }
        return out;
    }
}
