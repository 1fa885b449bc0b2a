package dev.isolint.core.internal.terraform;

import dev.isolint.core.api.Limits;
import dev.isolint.core.api.ScanRequest;
import dev.isolint.core.internal.scan.ScanContext;
import dev.isolint.core.internal.terraform.module.TerraformAdapter;
import dev.isolint.core.internal.terraform.module.TerraformPath;
import dev.isolint.core.internal.terraform.module.TerraformResource;
import dev.isolint.core.model.SageMakerModel;
import dev.isolint.core.model.ServiceResource;
import dev.isolint.core.model.Setting;
import dev.isolint.core.rule.Verdict;
import dev.isolint.core.rules.NetworkIsolationRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Scans Terraform files in a directory with test adapters that read one {@link TerraformPath} each, so the
 * generic resource view is tested on any path without a rule or a real resource type.
 */
final class PathScan {

    /** Reads {@code path} of blocks of {@code type} into a {@link SageMakerModel} (the record a rule can judge). */
    record PathAdapter(String type, TerraformPath path) implements TerraformAdapter {
        @Override
        public List<String> types() {
            return List.of(type);
        }

        @Override
        public ServiceResource adapt(TerraformResource resource) {
            return new SageMakerModel(resource.resource(), resource.bool(path, false), null);
        }

        @Override
        public TerraformPath settingPath(String blockType) {
            return path;
        }
    }

    /**
     * What a scan gave: every record in the reader's order, the records by address (for scans where no two share
     * one), and the context with its errors.
     */
    record Result(List<ServiceResource> all, Map<String, SageMakerModel> records, ScanContext context) {

        Setting<Boolean> setting(String address) {
            SageMakerModel m = records.get(address);
            if (m == null) {
                throw new AssertionError("no record " + address + " in " + records.keySet());
            }
            return m.networkIsolation();
        }

        Verdict verdict(String address) {
            return new NetworkIsolationRule().judge(records.get(address)).verdict();
        }
    }

    private PathScan() {
    }

    static void write(Path dir, String name, String text) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Scans every {@code .tf}/{@code .tf.json} file under {@code dir}, with {@code dir} as a named root. */
    static Result scan(Path dir, List<TerraformAdapter> adapters) {
        return scan(dir, adapters, Limits.DEFAULT);
    }

    static Result scan(Path dir, List<TerraformAdapter> adapters, Limits limits) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".tf") || p.toString().endsWith(".tf.json"))
                    .map(p -> p.toAbsolutePath().normalize()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ScanContext context = new ScanContext(ScanRequest.builder().workingDirectory(dir)
                .limits(limits).today(LocalDate.of(2026, 1, 1)).build());
        List<ServiceResource> all = TerraformScanner.scan(new ArrayList<>(files),
                Set.of(dir.toAbsolutePath().normalize()), adapters, context).models();
        Map<String, SageMakerModel> out = new LinkedHashMap<>();
        for (ServiceResource r : all) {
            out.put(r.resource().address(), (SageMakerModel) r);
        }
        return new Result(all, out, context);
    }
}
