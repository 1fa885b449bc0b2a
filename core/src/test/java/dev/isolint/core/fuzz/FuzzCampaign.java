package dev.isolint.core.fuzz;

import dev.isolint.core.Scans;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The long fuzz campaign, run on demand ({@code scripts/fuzz.sh [INPUTS] [SEED]}), never in
 * {@code mvn verify}: mutates every seed file many times, and prints the inputs tried, the defects
 * found (each with the seed that reproduces it, saved under {@code target/fuzz-crashes/}) and the
 * peak heap used.
 */
public final class FuzzCampaign {

    private FuzzCampaign() {
    }

    public static void main(String[] args) throws Exception {
        int inputs = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1L;
        List<Path> seeds = Mutations.seeds(Scans.ROOT);
        Path scratch = Files.createTempDirectory("isolint-fuzz");
        Path crashes = Files.createDirectories(Scans.ROOT.resolve("core/target/fuzz-crashes"));
        Random random = new Random(seed);
        List<String> defects = new ArrayList<>();
        long peak = 0;
        long start = System.nanoTime();
        for (int i = 0; i < inputs; i++) {
            Path s = seeds.get(random.nextInt(seeds.size()));
            long inputSeed = random.nextLong();
            byte[] mutated = Mutations.mutate(Files.readAllBytes(s), new Random(inputSeed));
            String defect = MutatedInputCheck.check(scratch, s.getFileName().toString(), mutated);
            if (defect != null) {
                defects.add(defect + " (seed file " + s + ", input seed " + inputSeed + ")");
                Files.write(crashes.resolve(defects.size() + "-" + s.getFileName()), mutated);
            }
            Runtime rt = Runtime.getRuntime();
            peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
            if ((i + 1) % 1000 == 0) {
                System.out.printf("%d inputs, %d defects%n", i + 1, defects.size());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        defects.forEach(d -> System.out.println("DEFECT " + d));
        System.out.printf("fuzz campaign: %d inputs from %d seed files in %.1f s (%.0f/s), %d defects, peak heap %d MB%n",
                inputs, seeds.size(), seconds, inputs / seconds, defects.size(), peak >> 20);
        System.exit(defects.isEmpty() ? 0 : 1);
    }
}
