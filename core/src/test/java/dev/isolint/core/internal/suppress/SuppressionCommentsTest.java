package dev.isolint.core.internal.suppress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isolint.core.model.InlineSuppression;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The comment finder on HCL-shaped text: the Terraform reader gives it a block's first and last line. */
class SuppressionCommentsTest {

    private static final Path FILE = Path.of("/repo/main.tf");

    @Test
    void hclCommentsAboveAndInsideABlock() {
        List<String> lines = """
                # isolint:ignore ISO001 expires=2026-12-31 vendor image (SEC-9)
                resource "aws_sagemaker_model" "a" {
                  name = "a"
                  // isolint:ignore sagemaker-model-network-isolation second reason
                  #checkov:skip=CKV_AWS_370:checkov style
                }
                """.lines().toList();
        List<InlineSuppression> found = SuppressionComments.find(lines, 2, 6, FILE);
        assertThat(found).extracting(InlineSuppression::ruleId)
                .containsExactly("ISO001", "sagemaker-model-network-isolation", "CKV_AWS_370");
        assertThat(found.get(0).expires()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(found.get(0).reason()).isEqualTo("vendor image (SEC-9)");
        assertThat(found.get(0).location().line()).isEqualTo(1);
        assertThat(found.get(1).location().column()).isEqualTo(3);
        assertThat(found.get(2).reason()).isEqualTo("checkov style");
    }

    @Test
    void aCommentIndentedAtColumnOneBeforeTheClosingBraceIsInside() {
        List<String> lines = """
                resource "aws_sagemaker_model" "a" {
                  name = "a"
                # isolint:ignore ISO001 unindented but inside
                }
                """.lines().toList();
        assertThat(SuppressionComments.find(lines, 1, 4, FILE)).hasSize(1);
    }

    @Test
    void onlyTheCommentBlockDirectlyAboveCounts() {
        List<String> lines = """
                # isolint:ignore ISO001 belongs to nothing: a blank line follows

                resource "aws_sagemaker_model" "a" {
                }
                """.lines().toList();
        assertThat(SuppressionComments.find(lines, 3, 4, FILE)).isEmpty();
    }

    @Test
    void aReasonIsOptionalInTheSyntaxAndMissingInTheResult() {
        List<InlineSuppression> found = SuppressionComments.find(List.of("# isolint:ignore ISO001", "X:"), 2, 2, FILE);
        assertThat(found).singleElement().satisfies(s -> assertThat(s.reason()).isNull());
    }
}
