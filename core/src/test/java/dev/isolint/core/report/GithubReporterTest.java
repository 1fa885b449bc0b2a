package dev.isolint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isolint.core.Scans;
import dev.isolint.core.api.UnknownPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

class GithubReporterTest {

    @Test
    void escapesAsTheActionsToolkitDoes() {
        assertThat(GithubReporter.data("100% done\r\nnext: a,b")).isEqualTo("100%25 done%0D%0Anext: a,b");
        assertThat(GithubReporter.property("dir,a/b: c%\n")).isEqualTo("dir%2Ca/b%3A c%25%0A");
    }

    @Test
    void oneCommandPerFindingWithWarningForUnknownUnderWarn() {
        List<String> fail = commands(UnknownPolicy.FAIL);
        List<String> warn = commands(UnknownPolicy.WARN);
        assertThat(fail).contains("::error file=testdata/golden/mixed/input/templates/app.yaml,line=21,col=3,title=ISO001");
        assertThat(warn).contains("::warning file=testdata/golden/mixed/input/templates/app.yaml,line=21,col=3,title=ISO001");
        assertThat(fail).contains(
                "::error file=testdata/golden/mixed/input/odd names/team%2Ca b.yaml,line=4,col=3,title=ISO001",
                "::notice file=testdata/golden/mixed/input/templates/app.yaml,line=51,col=3,title=ISO001 (suppressed)",
                "::error file=testdata/golden/mixed/input/broken.yaml,line=6,col=1,title=isolint input error");
        assertThat(fail.stream().filter(c -> c.startsWith("::error") && c.endsWith("title=ISO001"))).hasSize(5);
    }

    private static List<String> commands(UnknownPolicy policy) {
        String out = Scans.render(new GithubReporter(), Scans.scan("testdata/golden/mixed/input"), Scans.options(policy));
        return out.lines().filter(l -> l.startsWith("::")).map(l -> l.substring(0, l.indexOf("::", 2))).toList();
    }
}
