package dev.isolint.core.internal.suppress;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class GlobTest {

    @Test
    void addressGlobsCrossDotsAndBracketsAndTreatBracketsLiterally() {
        assertThat(Glob.address("module.ml.*").matches("module.ml.aws_sagemaker_model.m[\"a\"]")).isTrue();
        assertThat(Glob.address("aws_sagemaker_model.g[0]").matches("aws_sagemaker_model.g[0]")).isTrue();
        assertThat(Glob.address("aws_sagemaker_model.g[0]").matches("aws_sagemaker_model.g0")).isFalse();
        assertThat(Glob.address("Model?").matches("ModelA")).isTrue();
        assertThat(Glob.address("Model?").matches("ModelAB")).isFalse();
        assertThat(Glob.address("*").matches("anything.at[\"all\"]")).isTrue();
    }

    @Test
    void pathGlobsKeepStarsWithinADirectory() {
        assertThat(Glob.path("infra/*.yaml").matches("infra/a.yaml")).isTrue();
        assertThat(Glob.path("infra/*.yaml").matches("infra/x/a.yaml")).isFalse();
        assertThat(Glob.path("infra/**/*.yaml").matches("infra/x/y/a.yaml")).isTrue();
        assertThat(Glob.path("infra/**/*.yaml").matches("infra/a.yaml")).isTrue();
        assertThat(Glob.path("**/a.yaml").matches("a.yaml")).isTrue();
        assertThat(Glob.path("**").matches("x/y/z.tf")).isTrue();
        assertThat(Glob.path("a?.tf").matches("a/.tf")).isFalse();
        assertThat(Glob.path("infra\\a.yaml").matches("infra/a.yaml")).isTrue();
    }

    @Property
    void withoutWildcardsAnAddressGlobIsAnExactMatch(@ForAll String glob, @ForAll String address) {
        Assume.that(glob.indexOf('*') < 0 && glob.indexOf('?') < 0);
        assertThat(Glob.address(glob).matches(address)).isEqualTo(glob.equals(address));
        assertThat(Glob.address(glob).matches(glob)).isTrue();
    }

    @Property
    void aStarMatchesAnyInfixOfAnAddress(@ForAll String prefix, @ForAll String middle, @ForAll String suffix) {
        Assume.that((prefix + suffix).indexOf('*') < 0 && (prefix + suffix).indexOf('?') < 0);
        assertThat(Glob.address(prefix + "*" + suffix).matches(prefix + middle + suffix)).isTrue();
    }
}
