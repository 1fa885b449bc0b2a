package dev.isolint.core.internal.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a plan reader keeps, as the registered adapters ask: the resource types, and the attribute paths of
 * them. The paths of all types form one {@link PathTree} and are numbered once: a resource object's fields come
 * in any order, so its values may stream by before its {@code type} does.
 */
final class PlanSelection {

    /** Every kept path, of any type; the values kept of a resource are numbered alike. */
    final List<PlanPath> paths = new ArrayList<>();
    final PathTree tree;
    private final Map<String, Kept> byType = new HashMap<>();

    PlanSelection(List<PlanAdapter> adapters) {
        for (PlanAdapter a : adapters) {
            for (String type : a.types()) {
                Kept k = byType.get(type);
                if (k == null) {
                    k = new Kept();
                    byType.put(type, k);
                }
                k.adapters.add(a);
                for (PlanPath p : a.paths()) {
                    if (!k.paths.contains(p)) {
                        k.paths.add(p);
                    }
                    if (!paths.contains(p)) {
                        paths.add(p);
                    }
                }
            }
        }
        tree = PathTree.of(paths);
    }

    /** What is kept of {@code type}, or {@code null} when no adapter asks for it. */
    Kept of(String type) {
        return type == null ? null : byType.get(type);
    }

    /** The number of {@code path} among the kept paths, or -1 when no adapter asked for it. */
    int indexOf(PlanPath path) {
        return paths.indexOf(path);
    }

    /** The paths and adapters of one resource type. */
    static final class Kept {
        /** The paths the adapters of this type read. */
        final List<PlanPath> paths = new ArrayList<>();
        /** The adapters of this type, in registration order. */
        final List<PlanAdapter> adapters = new ArrayList<>();
    }
}
