package dev.isolint.core.internal.fix;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files that a tool writes, which {@code isolint fix} never edits (SPEC §13): the next run of that tool would undo
 * the edit, and the source it came from would stay insecure.
 */
final class GeneratedFiles {

    private GeneratedFiles() {
    }

    /** Why {@code file} is generated, with the manual step, or {@code null} when it is a source file. */
    static Refusal refusal(Path file) {
        for (Path dir = file.getParent(); dir != null; dir = dir.getParent()) {
            Path name = dir.getFileName();
            if (name == null) {
                break;
            }
            if (name.toString().equals(".terraform")) {
                return new Refusal("a module downloaded by terraform init (under .terraform/)",
                        "fix the module at its source (or fork it) and run terraform init -upgrade");
            }
            // integ-runner's snapshots are assemblies too; the marker files may be left out of a checkout.
            boolean snapshot = name.toString().endsWith(".snapshot") && file.getFileName().toString().endsWith(".template.json");
            if (name.toString().equals("cdk.out") || snapshot
                    || Files.isRegularFile(dir.resolve("manifest.json")) && Files.exists(dir.resolve("cdk.out"))) {
                return new Refusal("a CDK cloud assembly, written by cdk synth (or an integ-test snapshot)",
                        "set enableNetworkIsolation: true on the CDK construct (networkConfig for a job definition)"
                                + " and synthesize again");
            }
        }
        return null;
    }
}
