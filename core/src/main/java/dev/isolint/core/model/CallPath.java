package dev.isolint.core.model;

import java.nio.file.Path;

/**
 * Where a Terraform resource block is reached from (SPEC §5): one root module and the chain of module
 * calls from it. A module called from two roots, or twice from one, yields one result per call path, and
 * this is what tells them apart. Reports print it as {@code envs/prod/main.tf: module.ml} (the file holding
 * the root's outermost call, then the chain); a block of the root module itself has no chain and is
 * printed as the root's directory ({@code envs/prod}).
 *
 * @param root    the file holding the root module's outermost module call, or the root module's directory
 *                when {@code modules} is empty (absolute, normalised)
 * @param modules the module calls without instance keys, {@code module.a.module.b}; empty in the root module
 */
public record CallPath(Path root, String modules) implements Comparable<CallPath> {

    /** The call path of a block of the root module in {@code dir}. */
    public static CallPath rootModule(Path dir) {
        return new CallPath(dir, "");
    }

    /**
     * Whether the block is reached through module calls. Only then does the call path tell results apart: a
     * block of a root module lies in the root's own directory, so rule, file and address already name it.
     */
    public boolean throughModules() {
        return !modules.isEmpty();
    }

    /** The printed form, given how the report prints {@link #root()}. */
    public String text(String rootText) {
        return modules.isEmpty() ? rootText : rootText + ": " + modules;
    }

    // Written out, like Range's: a record's generated methods bootstrap through invokedynamic, which a
    // one-file scan would pay for at start-up (bench/README.md).
    @Override
    public boolean equals(Object o) {
        return o instanceof CallPath c && root.equals(c.root) && modules.equals(c.modules);
    }

    @Override
    public int hashCode() {
        return root.hashCode() * 31 + modules.hashCode();
    }

    @Override
    public String toString() {
        return text(root.toString());
    }

    @Override
    public int compareTo(CallPath o) {
        int c = root.toString().compareTo(o.root.toString());
        return c != 0 ? c : modules.compareTo(o.modules);
    }

    /** Orders call paths, a missing one (CloudFormation, plan) first. */
    public static int compare(CallPath a, CallPath b) {
        if (a == null || b == null) {
            return a == b ? 0 : a == null ? -1 : 1;
        }
        return a.compareTo(b);
    }
}
