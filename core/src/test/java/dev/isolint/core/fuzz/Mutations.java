package dev.isolint.core.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Mutations of real inputs for robustness tests and the fuzz campaign: truncate, delete, duplicate,
 * insert tokens that matter to JSON, YAML and HCL, flip bytes. Seeded, so every input is reproducible.
 */
public final class Mutations {

    private static final String[] TOKENS = {
        "{", "}", "[", "]", ":", ",", "\"", "'", "!Ref ", "!If [", "&a ", "*a", "<<: ", "- ", "\n", "\n  ", "#",
        "${", "%{", "<<EOT\n", "EOT\n", "}\"", "= ", "var.", "module.", "for x in ", "? ", "...", "\\", "\u0000",
        "\uFFFF", "é", "null", "true", "1e309", "-", "\t", "\r\n", "//", "/*", "*/"
    };

    private Mutations() {
    }

    /** Corpus and testdata inputs of every format, as seeds. */
    public static List<Path> seeds(Path repo) {
        List<Path> out = new ArrayList<>();
        for (Path root : List.of(repo.resolve("../shared/corpus").normalize(), repo.resolve("testdata"))) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(Files::isRegularFile)
                        .filter(p -> p.toString().matches(".*\\.(ya?ml|json|tf|tfvars|template)$"))
                        .filter(p -> sizeOf(p) < 200_000)
                        .sorted()
                        .forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    /** One to three random mutations of {@code input}. */
    public static byte[] mutate(byte[] input, Random random) {
        byte[] b = input;
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            b = once(b, random);
        }
        return b;
    }

    private static byte[] once(byte[] b, Random r) {
        if (b.length == 0) {
            return token(r);
        }
        int at = r.nextInt(b.length);
        int len = Math.min(b.length - at, 1 + r.nextInt(64));
        switch (r.nextInt(5)) {
            case 0:
                return slice(b, 0, at);
            case 1:
                return concat(slice(b, 0, at), slice(b, at + len, b.length));
            case 2:
                return concat(slice(b, 0, at + len), slice(b, at, b.length));
            case 3:
                return concat(concat(slice(b, 0, at), token(r)), slice(b, at, b.length));
            default:
                byte[] c = b.clone();
                c[at] = (byte) (c[at] ^ (1 << r.nextInt(8)));
                return c;
        }
    }

    private static byte[] token(Random r) {
        return TOKENS[r.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] slice(byte[] b, int from, int to) {
        byte[] out = new byte[Math.max(0, to - from)];
        System.arraycopy(b, from, out, 0, out.length);
        return out;
    }

    private static byte[] concat(byte[] a, byte[] c) {
        byte[] out = new byte[a.length + c.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(c, 0, out, a.length, c.length);
        return out;
    }
}
