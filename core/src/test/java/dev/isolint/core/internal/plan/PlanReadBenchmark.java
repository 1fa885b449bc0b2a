package dev.isolint.core.internal.plan;

import dev.isolint.core.Isolint;
import dev.isolint.core.api.ScanRequest;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.rule.Verdict;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Benchmark, not a test (surefire never runs it): generates a one-line plan of the given size, the way
 * {@code terraform show -json} prints it, and measures the time and peak heap of scanning it.
 *
 * <pre>
 * ./isolint --version &gt;/dev/null &amp;&amp; mvn -B -q -o -pl core test-compile
 * java -Xmx256m -cp cli/target/isolint.jar:core/target/test-classes dev.isolint.core.internal.plan.PlanReadBenchmark 100 [FILE]
 * </pre>
 *
 * Arguments: the plan size in MB (default 100) and where to write it (default a temporary file,
 * deleted afterwards). Every 50th resource is a SageMaker model in a {@code for_each} module with
 * {@code count}; the rest are IAM policies and S3 buckets with realistic attribute sets. Peak heap is
 * the sum of the heap pools' peak usage since the scan started (an upper bound), after a GC; CPU
 * time is the process's (GC and JIT included), steadier than wall time on a shared machine.
 */
public final class PlanReadBenchmark {

    private PlanReadBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        Path file = args.length > 1 ? Path.of(args[1]) : Files.createTempFile("isolint-bench-", ".json");
        long genStart = System.nanoTime();
        int models = generate(file, megabytes * 1024L * 1024L);
        System.out.printf("generated %s: %.1f MB, %d SageMaker model instances (%.1f s)%n", file,
                Files.size(file) / 1048576.0, models, (System.nanoTime() - genStart) / 1e9);
        System.out.printf("JVM: %s, max heap %d MB, %d cores%n", System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / 1048576, Runtime.getRuntime().availableProcessors());
        for (int run = 1; run <= 4; run++) {
            System.gc();
            long baseline = heapUsed();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            ScanResult result = Isolint.scan(ScanRequest.builder().path(file.toString()).build());
            long nanos = System.nanoTime() - start;
            long cpu = processCpuNanos() - cpuStart;
            long peak = heapPeak();
            System.out.printf("run %d: %.2f s wall, %.2f s CPU (%.0f MB/s of CPU), peak heap %d MB (baseline %d MB),"
                            + " %d results (%d fail, %d unknown, %d pass), %d errors%n",
                    run, nanos / 1e9, cpu / 1e9, Files.size(file) / 1048576.0 / (cpu / 1e9), peak / 1048576, baseline / 1048576,
                    result.findings().size(), result.count(Verdict.FAIL), result.count(Verdict.UNKNOWN),
                    result.count(Verdict.PASS), result.errors().size());
        }
        if (args.length < 2) {
            Files.delete(file);
        }
    }

    /** CPU time of the whole process (GC and JIT included): steadier than wall time on a busy machine. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Writes a plan of about {@code target} bytes; returns the number of SageMaker model instances in it. */
    static int generate(Path file, long target) throws IOException {
        // Each resource appears three times (planned_values, resource_changes, prior_state).
        long sample = 0;
        for (int i = 0; i < 1000; i++) {
            sample += 2L * planned(i).length() + change(i).length() + 3;
        }
        int resources = (int) Math.max(50, target / (sample / 1000));
        int models = 0;
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            w.write("{\"format_version\":\"1.2\",\"terraform_version\":\"1.11.4\",\"planned_values\":{\"root_module\":{\"resources\":[");
            for (int i = 0; i < resources; i++) {
                if (i > 0) {
                    w.write(',');
                }
                if (i % 50 == 49) {
                    models++;
                }
                w.write(planned(i));
            }
            w.write("]}},\"resource_changes\":[");
            for (int i = 0; i < resources; i++) {
                if (i > 0) {
                    w.write(',');
                }
                w.write(change(i));
            }
            w.write("],\"prior_state\":{\"format_version\":\"1.0\",\"values\":{\"root_module\":{\"resources\":[");
            for (int i = 0; i < resources; i++) {
                if (i > 0) {
                    w.write(',');
                }
                w.write(planned(i));
            }
            w.write("]}}},\"configuration\":{\"root_module\":{\"resources\":[{\"address\":\"aws_sagemaker_model.m\","
                    + "\"mode\":\"managed\",\"type\":\"aws_sagemaker_model\",\"name\":\"m\",\"expressions\":"
                    + "{\"enable_network_isolation\":{\"references\":[\"var.isolate\"]}}}]}},"
                    + "\"timestamp\":\"2026-01-01T00:00:00Z\",\"applyable\":true,\"complete\":true,\"errored\":false}\n");
        }
        return models;
    }

    private static String address(int i) {
        if (i % 50 == 49) {
            return "aws_sagemaker_model.m[" + i + "]";
        }
        return i % 2 == 0 ? "aws_iam_policy.p[\\\"policy-" + i + "\\\"]" : "aws_s3_bucket.b[" + i + "]";
    }

    private static String values(int i) {
        if (i % 50 == 49) {
            String isolate = switch (i % 3) {
                case 0 -> "true";
                case 1 -> "false";
                default -> "null";
            };
            return "{\"container\":[],\"enable_network_isolation\":" + isolate + ",\"execution_role_arn\":"
                    + "\"arn:aws:iam::123456789012:role/sm\",\"name\":\"model-" + i + "\",\"primary_container\":[{"
                    + "\"image\":\"123456789012.dkr.ecr.us-east-1.amazonaws.com/m:" + i + "\",\"mode\":\"SingleModel\"}],"
                    + "\"tags\":{\"team\":\"ml\",\"index\":\"" + i + "\"},\"vpc_config\":[]}";
        }
        if (i % 2 == 0) {
            StringBuilder statements = new StringBuilder();
            for (int s = 0; s < 8; s++) {
                statements.append(s == 0 ? "" : ",").append("{\\\"Effect\\\":\\\"Allow\\\",\\\"Action\\\":[\\\"s3:GetObject\\\","
                        + "\\\"s3:PutObject\\\"],\\\"Resource\\\":\\\"arn:aws:s3:::bucket-").append(i).append('-').append(s)
                        .append("/*\\\"}");
            }
            return "{\"description\":\"Policy number " + i + " for the data platform\",\"name\":\"policy-" + i
                    + "\",\"path\":\"/\",\"policy\":\"{\\\"Version\\\":\\\"2012-10-17\\\",\\\"Statement\\\":[" + statements
                    + "]}\",\"tags\":{\"owner\":\"platform\",\"cost-center\":\"cc-" + (i % 97) + "\"}}";
        }
        return "{\"bucket\":\"bucket-" + i + "\",\"force_destroy\":false,\"object_lock_enabled\":false,\"tags\":{\"env\":\"prod\","
                + "\"unique-" + i + "\":\"yes\"},\"timeouts\":null,\"grant\":[],\"lifecycle_rule\":[],\"logging\":[],"
                + "\"server_side_encryption_configuration\":[{\"rule\":[{\"apply_server_side_encryption_by_default\":"
                + "[{\"kms_master_key_id\":\"\",\"sse_algorithm\":\"AES256\"}],\"bucket_key_enabled\":false}]}]}";
    }

    private static String type(int i) {
        return i % 50 == 49 ? "aws_sagemaker_model" : i % 2 == 0 ? "aws_iam_policy" : "aws_s3_bucket";
    }

    private static String header(int i) {
        String name = i % 50 == 49 ? "m" : i % 2 == 0 ? "p" : "b";
        return "\"address\":\"" + address(i) + "\",\"mode\":\"managed\",\"type\":\"" + type(i) + "\",\"name\":\"" + name
                + "\",\"provider_name\":\"registry.terraform.io/hashicorp/aws\"";
    }

    private static String planned(int i) {
        return "{" + header(i) + ",\"schema_version\":0,\"values\":" + values(i) + ",\"sensitive_values\":{\"tags_all\":{}}}";
    }

    private static String change(int i) {
        return "{" + header(i) + ",\"change\":{\"actions\":[\"" + (i % 7 == 0 ? "update" : "create") + "\"],\"before\":null,"
                + "\"after\":" + values(i) + ",\"after_unknown\":{\"arn\":true,\"id\":true,\"tags_all\":true},"
                + "\"before_sensitive\":false,\"after_sensitive\":{\"tags_all\":{}}}}";
    }
}
