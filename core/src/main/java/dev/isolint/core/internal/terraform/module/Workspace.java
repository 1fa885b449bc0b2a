package dev.isolint.core.internal.terraform.module;

import dev.isolint.core.api.ScanRequest;
import dev.isolint.core.model.Evidence;
import dev.isolint.core.model.Range;
import dev.isolint.core.internal.terraform.eval.Val;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The value of {@code terraform.workspace} for one root module, as Terraform 1.x decides it (SPEC §6): the scan's
 * {@code --workspace}, else the environment variable {@code TF_WORKSPACE} (it wins over a selected workspace, as
 * Terraform's own lookup does), else the workspace {@code terraform workspace select} recorded in the root's
 * {@code .terraform/environment}, else {@code default}. Read only when a configuration uses it.
 */
final class Workspace {

    /** Longest {@code .terraform/environment} read; Terraform writes a workspace name there, nothing more. */
    private static final int MAX_FILE = 4096;

    private final Val value;
    private final String origin;
    private final Path file;

    private Workspace(Val value, String origin, Path file) {
        this.value = value;
        this.origin = origin;
        this.file = file;
    }

    /** The workspace of the root module in {@code rootDir}. */
    static Workspace of(ScanRequest request, Path rootDir) {
        String given = request.workspace();
        if (given != null) {
            return named(given, "--workspace");
        }
        String env = request.environment().get("TF_WORKSPACE");
        if (env != null && !env.isEmpty()) {
            return named(env, "TF_WORKSPACE");
        }
        Path file = rootDir.resolve(".terraform").resolve("environment");
        String selected = read(file);
        if (selected != null) {
            // Only a name `terraform workspace` could have written is shown: the file may be a link to anything.
            Val v = valid(selected) ? new Val.Str(selected) : Val.Unknown.because("the root's .terraform/environment"
                    + " does not hold a workspace name");
            return new Workspace(v, ".terraform/environment", file);
        }
        return new Workspace(new Val.Str("default"), "default: no --workspace, TF_WORKSPACE or .terraform/environment",
                null);
    }

    /** A name given from outside, which Terraform refuses to run with unless it is a valid workspace name. */
    private static Workspace named(String name, String origin) {
        if (!valid(name)) {
            return new Workspace(Val.Unknown.because(origin + " \"" + name + "\" is not a valid workspace name (Terraform"
                    + " refuses to run with it: letters, digits and - _ . ~ $ & + : = @ only)"), origin, null);
        }
        return new Workspace(new Val.Str(name), origin, null);
    }

    /** Terraform's test: the name must survive URL path escaping unchanged. */
    static boolean valid(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-_.~$&+:=@".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * The trimmed content of the environment file, or {@code null} when there is none, it is not a regular file
     * (a FIFO or a device is never read), it cannot be read, or it holds nothing but blanks: Terraform then uses
     * {@code default} too. Only the first few kilobytes are read (a longer file is no workspace name).
     */
    private static String read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        byte[] buf = new byte[MAX_FILE + 1];
        int n = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int r;
            while (n < buf.length && (r = in.read(buf, n, buf.length - n)) > 0) {
                n += r;
            }
        } catch (IOException e) {
            return null;
        }
        String name = new String(buf, 0, n, StandardCharsets.UTF_8).strip();
        return name.isEmpty() ? null : name;
    }

    /** The value: a string, or unknown when the given name is one Terraform rejects. */
    Val value() {
        return value;
    }

    /** The evidence step for a use of {@code terraform.workspace} at {@code at}: the value and where it came from. */
    Evidence evidence(Range at) {
        String shown = value instanceof Val.Str s ? "\"" + s.value() + "\"" : "unknown";
        return new Evidence(file != null ? Range.fileStart(file) : at, "terraform.workspace = " + shown + " (" + origin
                + ")");
    }
}
