package dev.isolint.core.internal.terraform.hcl;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Parser throughput and scaling, run by hand (not a test: no timed assertions):
 * {@code java -cp core/target/test-classes:core/target/classes dev.isolint.core.internal.terraform.hcl.HclParseBenchmark}.
 * Parses generated configurations of 10 KB, 100 KB, 1 MB and 10 MB (realistic blocks: resources with
 * nested blocks, templates, heredocs, for expressions, object types) after a warm-up, and prints
 * MB/s per size: linear time shows as a flat rate.
 */
public final class HclParseBenchmark {

    private static final String BLOCK = """
            # SageMaker model %1$d
            resource "aws_sagemaker_model" "m%1$d" {
              name                     = "model-%1$d-${var.environment}"
              execution_role_arn       = aws_iam_role.sagemaker.arn
              enable_network_isolation = var.isolate && lookup(local.flags, "m%1$d", true)

              primary_container {
                image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/model:%1$d"
                environment = {
                  MODEL_NAME = "m%1$d"
                  SETTINGS   = jsonencode({ a = [1, 2, 3], b = { c = true } })
                }
              }

              tags = merge(local.tags, { Name = "m%1$d" })
            }

            locals {
              names_%1$d = [for i in range(3) : "${i}-m%1$d" if i != 1]
            }

            variable "v%1$d" {
              type = object({
                enabled = optional(bool, true)
                subnets = list(string)
              })
              default     = { subnets = ["a", "b"] }
              description = <<-EOT
                Settings of model %1$d.
                EOT
            }

            """;

    private static final Path FILE = Path.of("generated.tf");

    private HclParseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = {10 * 1024, 100 * 1024, 1024 * 1024, 10 * 1024 * 1024};
        String warm = generate(2 * 1024 * 1024);
        long until = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < until) {
            HclParser.parseFile(FILE, warm);
        }
        System.out.println("size        bytes       ms/parse   MB/s");
        for (int size : sizes) {
            String text = generate(size);
            int bytes = text.getBytes(StandardCharsets.UTF_8).length;
            int reps = Math.max(3, 50_000_000 / bytes);
            long best = Long.MAX_VALUE;
            for (int round = 0; round < 5; round++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < reps; i++) {
                    HclParser.parseFile(FILE, text);
                }
                best = Math.min(best, (System.nanoTime() - t0) / reps);
            }
            System.out.printf(Locale.ROOT, "%-10s %10d %12.3f %8.1f%n", label(size), bytes, best / 1e6,
                    bytes / (best / 1e9) / (1024 * 1024));
        }
    }

    static String generate(int bytes) {
        StringBuilder sb = new StringBuilder(bytes + BLOCK.length());
        for (int i = 0; sb.length() < bytes; i++) {
            sb.append(String.format(Locale.ROOT, BLOCK, i));
        }
        return sb.toString();
    }

    private static String label(int size) {
        return size >= 1024 * 1024 ? size / (1024 * 1024) + " MB" : size / 1024 + " KB";
    }
}
