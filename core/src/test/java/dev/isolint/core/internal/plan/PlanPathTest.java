package dev.isolint.core.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small path language of plan adapters: names and list indices. */
class PlanPathTest {

    private static List<String> segments(String path) {
        List<String> out = new ArrayList<>();
        for (PlanPath.Segment s : PlanPath.parse(path).segments()) {
            out.add(s.isIndex() ? "[" + s.index() + "]" : s.name());
        }
        return out;
    }

    @Test
    void readsNamesAndIndices() {
        assertThat(segments("enable_network_isolation")).containsExactly("enable_network_isolation");
        assertThat(segments("network_config[0].enable_network_isolation"))
                .containsExactly("network_config", "[0]", "enable_network_isolation");
        assertThat(segments("a.b-c.d")).containsExactly("a", "b-c", "d");
        assertThat(segments("rules[12][3].x")).containsExactly("rules", "[12]", "[3]", "x");
        assertThat(PlanPath.parse("network_config[0].x")).hasToString("network_config[0].x")
                .isEqualTo(PlanPath.parse("network_config[0].x")).hasSameHashCodeAs(PlanPath.parse("network_config[0].x"));
    }

    @Test
    void prefixesAreWrittenAsPaths() {
        PlanPath p = PlanPath.parse("a[0].b.c");
        assertThat(p.prefix(1)).hasToString("a");
        assertThat(p.prefix(2)).hasToString("a[0]");
        assertThat(p.prefix(3)).hasToString("a[0].b").isEqualTo(PlanPath.parse("a[0].b"));
        assertThat(p.prefix(4)).isSameAs(p);
    }

    @Test
    void rejectsWhatIsNoPath() {
        for (String bad : List.of("", ".a", "a.", "a..b", "[0]", "a[]", "a[x]", "a[0]b", "a[0", "a b", "a.[0]", "a[-1]",
                "a[99999999999]")) {
            assertThatThrownBy(() -> PlanPath.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
