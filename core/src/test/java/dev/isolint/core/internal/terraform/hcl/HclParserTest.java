package dev.isolint.core.internal.terraform.hcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.isolint.core.internal.terraform.eval.ExprEvaluator;
import dev.isolint.core.internal.terraform.eval.Val;
import dev.isolint.core.internal.terraform.eval.Vals;
import dev.isolint.core.internal.terraform.json.TerraformJsonReader;
import dev.isolint.core.internal.tree.TreeLimits;
import dev.isolint.core.model.Range;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HclParserTest {

    private static final Path FILE = Path.of("/w/main.tf");
    private static final Path JSON_FILE = Path.of("/w/main.tf.json");

    private static Expr expr(String text) throws HclSyntaxException {
        return HclParser.parseFile(FILE, "x = " + text + "\n").attribute("x").expr();
    }

    private static String value(String text) throws HclSyntaxException {
        return Vals.show(ExprEvaluator.constant(expr(text)));
    }

    @Test
    void blocksAndAttributesKnowWhereTheyStartAndEnd() throws Exception {
        Body body = HclParser.parseFile(FILE, """
                # comment
                resource "aws_sagemaker_model" "m" {
                  name = "m"

                  primary_container {
                    image = "x"
                  }
                  enable_network_isolation = true
                }
                """);
        Block r = body.blocks().get(0);
        assertThat(r.type()).isEqualTo("resource");
        assertThat(r.labels()).containsExactly("aws_sagemaker_model", "m");
        assertThat(r.range()).isEqualTo(new Range(FILE, 2, 1, 9, 2));
        assertThat(r.body().attribute("enable_network_isolation").range()).isEqualTo(new Range(FILE, 8, 3, 8, 34));
        Block nested = r.body().blocks().get(0);
        assertThat(nested.range().line()).isEqualTo(5);
        assertThat(nested.range().endLine()).isEqualTo(7);
        assertThat(nested.body().attribute("image").range().column()).isEqualTo(5);
    }

    @Test
    void columnsCountCharactersNotBytes() throws Exception {
        Body body = HclParser.parseFile(FILE, "a = \"日本語\" # ü\nlocals { 名前 = \"😀\", }\n".replace(", }", " }"));
        assertThat(body.blocks().get(0).body().attribute("名前").range().column()).isEqualTo(10);
        Body emoji = HclParser.parseFile(FILE, "x = \"😀\"\ny = 1\n");
        assertThat(emoji.attribute("y").range()).isEqualTo(new Range(FILE, 2, 1, 2, 6));
    }

    @Test
    void windowsLineEndingsAndTabsAreAccepted() throws Exception {
        Body body = HclParser.parseFile(FILE, "resource \"a\" \"b\" {\r\n\tx\t= 1\r\n}\r\n");
        assertThat(body.blocks().get(0).body().attribute("x").range().line()).isEqualTo(2);
    }

    @Test
    void unclosedBlockNamesTheBlockAndWhereItOpened() {
        String text = "\n".repeat(11) + "resource \"aws_sagemaker_model\" \"m\" {\n  x = 1\n";
        assertThatThrownBy(() -> HclParser.parseFile(FILE, text))
                .isInstanceOfSatisfying(HclSyntaxException.class, e -> {
                    assertThat(e.getMessage()).startsWith("expected \"}\" to close resource block opened at 12:1");
                    assertThat(e.line()).isEqualTo(12);
                    assertThat(e.column()).isEqualTo(1);
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a = 'x'                        | single quotes are not valid                    | 1 | 5",
        "a = \"x                        | quoted strings cannot span lines               | 1 | 7",
        "a = 1;                         | \";\" character is not valid                   | 1 | 6",
        "a = x & y                      | did you mean boolean AND                       | 1 | 7",
        "a = \"\\q\"                    | is not a valid escape sequence                 | 1 | 6",
        "a = 1 b = 2                    | expected a newline after argument \"a\"        | 1 | 7",
        "a = 1,                         | arguments are separated by newlines            | 1 | 6",
        "a = foo.0.1                    | legacy index syntax cannot chain               | 1 | 9",
        "a = [1, 2                      | expected \"]\" to close the list opened at 1:5 | 1 | 5",
        "a = f(1                        | no \")\" closes f( opened at 1:6               | 1 | 5",
        "a = <<EOT                      | unterminated heredoc                           | 1 | 5",
        "a = \"%{ if true }x\"          | has no %{ endif }                              | 1 | 6",
        "a = \"${x:y}\"                 | expected \"}\" to close \"${\"                 | 1 | 9",
        "a = [for k, v in m : k => v]   | a key expression (\"=>\") is not valid         | 1 | 22",
        "a = 1..2                       | invalid number literal 1..2                    | 1 | 5",
        "resource \"a\" \"${b}\" {}     | block labels cannot contain template sequences | 1 | 15",
        "a = 1 /* open                  | unterminated comment                           | 1 | 7",
    })
    void rejectsWhatHashiCorpsParserRejectsWithAPlainMessage(String text, String message, int line, int column) {
        assertThatThrownBy(() -> HclParser.parseFile(FILE, text.strip().replace("\\n", "\n") + "\n"))
                .isInstanceOfSatisfying(HclSyntaxException.class, e -> {
                    assertThat(e.getMessage()).contains(message);
                    assertThat(e.line() + ":" + e.column()).isEqualTo(line + ":" + column);
                });
    }

    @Test
    void deepNestingIsRejectedNotOverflowed() {
        String deep = "x = " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        assertThatThrownBy(() -> HclParser.parseFile(FILE, deep)).hasMessageContaining("nested more than");
        String blocks = "a {\n".repeat(5_000) + "}\n".repeat(5_000);
        assertThatThrownBy(() -> HclParser.parseFile(FILE, blocks)).hasMessageContaining("nested more than");
    }

    @Test
    void operatorsBindAsInHcl() throws Exception {
        assertThat(HclPrinter.print(expr("1 + 2 * 3"))).isEqualTo("1 + 2 * 3");
        Expr e = expr("a || b && c == d < e + f * g");
        assertThat(e).isInstanceOfSatisfying(Expr.Binary.class, b -> assertThat(b.op()).isEqualTo(Expr.Operator.OR));
        assertThat(value("-46 + 5")).isEqualTo("-41");
        assertThat(value("!true || true")).isEqualTo("true");
        assertThat(value("true ? 1 : false ? 2 : 3")).isEqualTo("1");
        assertThat(value("false ? 1 : false ? 2 : 3")).isEqualTo("3");
        assertThat(value("10 - 4 - 3")).isEqualTo("3");
        assertThat(value("2 * 3 % 4")).isEqualTo("2");
    }

    @Test
    void templatesHeredocsAndStripMarkers() throws Exception {
        assertThat(value("\"a ${\"b\"} c\"")).isEqualTo("\"a b c\"");
        assertThat(value("\"a ${~ \"b\" ~} c\"")).isEqualTo("\"abc\"");
        assertThat(value("\"$${x} %%{y} $ %\"")).isEqualTo("\"${x} %{y} $ %\"");
        assertThat(value("\"%{ if true }yes%{ else }no%{ endif }\"")).isEqualTo("\"yes\"");
        assertThat(value("\"%{ for i in [1, 2] }${i},%{ endfor }\"")).isEqualTo("\"1,2,\"");
        assertThat(value("\"\\u00e9\\t\\\"\"")).isEqualTo("\"é\\t\\\"\"".replace("\\t", "\t"));
        assertThat(value("<<EOT\n  a\n    b\nEOT")).isEqualTo("\"  a\\n    b\\n\"");
        assertThat(value("<<-EOT\n    a\n      b\n\n    EOT")).isEqualTo("\"a\\n  b\\n\\n\"");
        // Checked with terraform console: ~} trims the newline, so the next line's indentation is kept.
        assertThat(value("<<-EOT\n  %{ for x in [\"p\", \"q\"] ~}\n  ${x}\n  %{ endfor ~}\n  EOT"))
                .isEqualTo("\"  p\\n  q\\n\"");
        assertThat(value("<<-EOT\n      x\n  ${\"y\"}\n    EOT")).isEqualTo("\"    x\\ny\\n\"");
        // A template that is one interpolation passes its value through unconverted.
        assertThat(ExprEvaluator.constant(expr("\"${true}\""))).isEqualTo(Val.Bool.TRUE);
    }

    @Test
    void legacySplatsAndIndexes() throws Exception {
        assertThat(value("[{a = [1]}, {a = [2]}][*].a[0]")).isEqualTo("[1, 2]");
        assertThat(value("[{a = 1}, {a = 2}].*.a")).isEqualTo("[1, 2]");
        assertThat(value("[[5, 6]].0.1".replace(".0.1", "[0].1"))).isEqualTo("6");
        assertThat(value("null[*]")).isEqualTo("[]");
        assertThat(value("\"a\"[*]")).isEqualTo("[\"a\"]");
    }

    @Test
    void objectsForExpressionsAndCalls() throws Exception {
        assertThat(value("{\n  a = 1, b = 2\n  (\"c\") = 3\n  \"d\" : 4\n}")).isEqualTo("{a = 1, b = 2, c = 3, d = 4}");
        assertThat(value("{for k, v in {a = 1, b = 2} : v => k}")).isEqualTo("{1 = \"a\", 2 = \"b\"}");
        assertThat(value("{for s in [\"a\", \"b\", \"a\"] : s => s...}")).isEqualTo("{a = [\"a\", \"a\"], b = [\"b\"]}");
        assertThat(value("[for i, x in [\"p\", \"q\"] : \"${i}${x}\" if x != \"p\"]")).isEqualTo("[\"1q\"]");
        assertThat(value("max([1, 5, 3]...)")).isEqualTo("5");
        assertThat(value("max(\n  1,\n  3,\n)")).isEqualTo("3");
        assertThat(expr("provider::aws::arn_parse(\"x\")")).isInstanceOfSatisfying(Expr.Call.class,
                c -> assertThat(c.name()).isEqualTo("provider::aws::arn_parse"));
    }

    @Test
    void jsonSyntaxKeepsPositionsAndLabels() throws Exception {
        Body body = TerraformJsonReader.parse(JSON_FILE, """
                {
                  "resource": {
                    "aws_sagemaker_model": {
                      "m": {
                        "enable_network_isolation": "${var.x}"
                      }
                    }
                  },
                  "variable": [{"x": {"default": "${not a template}"}}]
                }
                """, TreeLimits.DEFAULT);
        Block r = body.blocks().get(0);
        assertThat(r.labels()).containsExactly("aws_sagemaker_model", "m");
        assertThat(r.range().line()).isEqualTo(4);
        assertThat(r.range().column()).isEqualTo(7);
        Attribute a = r.body().attribute("enable_network_isolation");
        assertThat(a.range().line()).isEqualTo(5);
        assertThat(a.expr()).isInstanceOf(Expr.TemplateWrap.class);
        Block v = body.blocks().get(1);
        assertThat(ExprEvaluator.constant(v.body().attribute("default").expr()))
                .isEqualTo(new Val.Str("${not a template}"));
    }

    @Test
    void jsonSyntaxErrorsHavePositions() {
        String text = "{\n  \"locals\": {\"a\": \"${\"}\n}\n";
        assertThatThrownBy(() -> TerraformJsonReader.parse(JSON_FILE, text, TreeLimits.DEFAULT))
                .isInstanceOfSatisfying(HclSyntaxException.class, e -> assertThat(e.line()).isEqualTo(2));
        assertThatThrownBy(() -> TerraformJsonReader.parse(JSON_FILE, "{\"resource\": {\n", TreeLimits.DEFAULT))
                .isInstanceOf(HclSyntaxException.class);
    }
}
