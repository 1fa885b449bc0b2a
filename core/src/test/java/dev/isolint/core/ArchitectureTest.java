package dev.isolint.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The package structure of docs/architecture.md: no package cycles in core, and the public packages
 * never reach into {@code internal}. The graph is checked with our own strongly-connected-component
 * search over ArchUnit's class import, so that the root package takes part (ArchUnit's slices skip it).
 */
class ArchitectureTest {

    private static final String CORE = "dev.isolint.core";
    private static final Set<String> PUBLIC = Set.of(CORE + ".model", CORE + ".rule", CORE + ".rules", CORE + ".api",
            CORE + ".report");

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(CORE);

    @Test
    void coreHasNoPackageCycles() {
        assertThat(MAIN.size()).as("classes imported").isGreaterThan(100);
        assertThat(cycles(packageGraph(MAIN, CORE))).isEmpty();
    }

    @Test
    void publicPackagesDoNotUseInternalOnes() {
        Map<String, Set<String>> graph = packageGraph(MAIN, CORE);
        List<String> leaks = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : graph.entrySet()) {
            if (PUBLIC.contains(e.getKey())) {
                for (String target : e.getValue()) {
                    if (target.startsWith(CORE + ".internal")) {
                        leaks.add(e.getKey() + " -> " + target);
                    }
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void aCycleMadeOnPurposeIsFound() {
        JavaClasses fixture = new ClassFileImporter().importPackages("dev.isolint.archfixture");
        assertThat(cycles(packageGraph(fixture, "dev.isolint.archfixture")))
                .containsExactly(new TreeSet<>(Set.of("dev.isolint.archfixture.a", "dev.isolint.archfixture.b")));
    }

    /** Package → packages its classes use, within {@code prefix}. */
    static Map<String, Set<String>> packageGraph(JavaClasses classes, String prefix) {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (JavaClass c : classes) {
            Set<String> targets = graph.computeIfAbsent(c.getPackageName(), k -> new TreeSet<>());
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String target = d.getTargetClass().getPackageName();
                if (target.startsWith(prefix) && !target.equals(c.getPackageName())) {
                    targets.add(target);
                }
            }
        }
        return graph;
    }

    /** The strongly connected components of more than one package (Tarjan), each sorted. */
    static List<Set<String>> cycles(Map<String, Set<String>> graph) {
        Tarjan t = new Tarjan(graph);
        for (String p : graph.keySet()) {
            if (!t.index.containsKey(p)) {
                t.visit(p);
            }
        }
        return t.components;
    }

    private static final class Tarjan {
        final Map<String, Set<String>> graph;
        final Map<String, Integer> index = new HashMap<>();
        final Map<String, Integer> low = new HashMap<>();
        final Deque<String> stack = new ArrayDeque<>();
        final Set<String> onStack = new TreeSet<>();
        final List<Set<String>> components = new ArrayList<>();
        int next;

        Tarjan(Map<String, Set<String>> graph) {
            this.graph = graph;
        }

        void visit(String v) {
            index.put(v, next);
            low.put(v, next);
            next++;
            stack.push(v);
            onStack.add(v);
            for (String w : graph.getOrDefault(v, Set.of())) {
                if (!index.containsKey(w)) {
                    visit(w);
                    low.put(v, Math.min(low.get(v), low.get(w)));
                } else if (onStack.contains(w)) {
                    low.put(v, Math.min(low.get(v), index.get(w)));
                }
            }
            if (low.get(v).equals(index.get(v))) {
                Set<String> component = new TreeSet<>();
                String w;
                do {
                    w = stack.pop();
                    onStack.remove(w);
                    component.add(w);
                } while (!w.equals(v));
                if (component.size() > 1) {
                    components.add(component);
                }
            }
        }
    }
}
