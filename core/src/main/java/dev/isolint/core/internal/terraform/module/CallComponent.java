package dev.isolint.core.internal.terraform.module;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scanned module directories split into connected components of their literal local module calls (a call links
 * caller and callee, whichever way), each with the roots in it. A component's roots load its modules and seldom any
 * other, so once they are walked its modules can be released ({@link TerraformModuleLoader#release}): what a scan
 * holds is then one component, not the repository.
 *
 * @param roots   the component's roots, in the order given
 * @param members its scanned directories, in the order given
 */
public record CallComponent(List<Path> roots, List<Path> members) {

    public CallComponent {
        roots = List.copyOf(roots);
        members = List.copyOf(members);
    }

    /**
     * The components of {@code dirs} that hold a root, in the order of their first root; directories of components
     * with none (module cycles) are left out. Reads the summaries {@link TerraformModuleLoader#preload} learnt.
     */
    public static List<CallComponent> of(Collection<Path> dirs, List<Path> roots, TerraformModuleLoader loader) {
        Map<Path, Path> parent = new HashMap<>();
        for (Path dir : dirs) {
            for (Path target : loader.summary(dir).targets()) {
                union(parent, dir, target);
            }
        }
        Map<Path, List<Path>> rootsOf = new LinkedHashMap<>();
        for (Path root : roots) {
            add(rootsOf, find(parent, root), root);
        }
        Map<Path, List<Path>> membersOf = new HashMap<>();
        for (Path dir : dirs) {
            Path component = find(parent, dir);
            if (rootsOf.containsKey(component)) {
                add(membersOf, component, dir);
            }
        }
        List<CallComponent> out = new ArrayList<>(rootsOf.size());
        for (Map.Entry<Path, List<Path>> e : rootsOf.entrySet()) {
            out.add(new CallComponent(e.getValue(), membersOf.get(e.getKey())));
        }
        return out;
    }

    private static Path find(Map<Path, Path> parent, Path p) {
        Path root = p;
        for (Path up = parent.get(root); up != null; up = parent.get(root)) {
            root = up;
        }
        // Every directory on the way now points at the component's representative, so later finds are short.
        Path cur = p;
        while (!cur.equals(root)) {
            Path next = parent.get(cur);
            parent.put(cur, root);
            cur = next;
        }
        return root;
    }

    // (No lambdas: a one-file scan of a Terraform root passes here, and its start-up path avoids them.)
    private static void add(Map<Path, List<Path>> into, Path key, Path value) {
        List<Path> list = into.get(key);
        if (list == null) {
            list = new ArrayList<>();
            into.put(key, list);
        }
        list.add(value);
    }

    private static void union(Map<Path, Path> parent, Path a, Path b) {
        Path ra = find(parent, a);
        Path rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(rb, ra);
        }
    }
}
