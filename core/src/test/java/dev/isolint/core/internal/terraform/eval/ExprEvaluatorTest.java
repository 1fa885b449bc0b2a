package dev.isolint.core.internal.terraform.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isolint.core.internal.terraform.hcl.HclParser;
import dev.isolint.core.model.Range;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expressions and the values Terraform gives them ({@code terraform console} of Terraform 1.11
 * was asked for each row), or how Terraform rejects them.
 */
class ExprEvaluatorTest {

    private static final Path FILE = Path.of("main.tf");

    private static Val eval(String text) throws Exception {
        return ExprEvaluator.constant(HclParser.parseExpression(FILE, text));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "tobool(\"1\")                          | true",
        "tobool(\"true\")                       | true",
        "tolist([\"a\"]) == [\"a\"]             | false",
        "\"true\" == true                       | false",
        "{a = 1} == tomap({a = 1})              | false",
        "coalesce(null, false, true)            | false",
        "coalesce(\"\", \"a\")                  | \"a\"",
        "merge(null, {a = 1})                   | {a = 1}",
        "jsonencode({b = 1, a = [true, null, \"x\"]}) | '\"{\\\"a\\\":[true,null,\\\"x\\\"],\\\"b\\\":1}\"'",
        "tostring(1.5)                          | \"1.5\"",
        "tostring(10 / 2)                       | \"5\"",
        "null[*]                                | []",
        "try(null.x, 1)                         | 1",
        "format(\"%v %s %d %q %t\", true, 1, 2, \"x\", false) | '\"true 1 2 \\\"x\\\" false\"'",
        "lookup({a = true}, \"b\", false)       | false",
        "1 == 1.0                               | true",
        "[1] == [1.0]                           | true",
        "tonumber(\"1e3\")                      | 1000",
        "-7 % 3                                 | -1",
        "7 % -3                                 | 1",
        "5.5 % 2                                | 1.5",
        "keys({b = 1, a = 2})                   | [\"a\", \"b\"]",
        "toset([\"b\", \"a\", \"b\"])           | toset([\"a\", \"b\"])",
        "length(\"héllo\")                      | 5",
        "{for k, v in {a = 1, b = 2} : v => k}  | {1 = \"a\", 2 = \"b\"}",
        "tostring(null)                         | null",
        "element([1, 2, 3], 4)                  | 2",
        "\"${true}\"                            | true",
        "1 < \"2\"                              | true",
        "!\"true\"                              | false",
        "{a = 1, a = 2}                         | {a = 2}",
        "toset([\"a\"])[*]                      | [\"a\"]",
        "[1, 2][*] == [1, 2]                    | true",
        "max([1, 5, 3]...)                      | 5",
        "can(null.x)                            | false",
        "can(1)                                 | true",
        "one([])                                | null",
        "flatten([[1, [2]], 3])                 | [1, 2, 3]",
        "distinct([1, 2, 1])                    | [1, 2]",
        "compact([\"a\", \"\", null])           | [\"a\"]",
        "zipmap([\"a\"], [true])                | {a = true}",
        "contains(toset([\"a\"]), \"a\")        | true",
        "alltrue([])                            | true",
        "anytrue([])                            | false",
        "setintersection([\"a\", \"b\"], [\"b\"]) | toset([\"b\"])",
        "substr(\"hello\", 1, 3)                | \"ell\"",
        "replace(\"a-b\", \"-\", \"_\")         | \"a_b\"",
        "trimprefix(\"sm-model\", \"sm-\")      | \"model\"",
        "title(\"hello world\")                 | \"Hello World\"",
        "range(3)                               | [0, 1, 2]",
        "slice([1, 2, 3], 1, 3)                 | [2, 3]",
        "sum([1, 2.5])                          | 3.5",
        "floor(-1.5)                            | -2",
        "jsondecode(\"[1, {\\\"a\\\": null}]\") | [1, {a = null}]",
        "startswith(\"prod-1\", \"prod\") && endswith(\"prod-1\", \"-1\") | true",
    })
    void valuesAsTerraformComputesThem(String expression, String expected) throws Exception {
        assertThat(Vals.show(eval(expression))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', value = {
        "upper(null)                ¦ must not be null",
        "contains([\"a\"], null)    ¦ must not be null",
        "element([\"a\", \"b\"], -1)¦ must not be negative",
        "{for x in [\"a\", \"a\"] : x => 1} ¦ two items produced the key \"a\"",
        "false && null              ¦ must not be null",
        "true || tobool(\"x\")      ¦ a bool is required",
        "[1][3]                     ¦ index 3 is out of range",
        "{a = 1}.b                  ¦ has no attribute \"b\"",
        "null.a                     ¦ from a null value",
        "toset([1])[0]              ¦ cannot be accessed by index",
        "1 / 0                      ¦ division by zero",
        "\"${null}\"x               ¦ a template cannot include a null value",
        "lookup({}, \"k\")          ¦ found no key",
    })
    void rejectsWhatTerraformRejects(String expression, String message) throws Exception {
        String text = expression.replace("\"${null}\"x", "\"x${null}\"");
        try {
            Val v = eval(text);
            throw new AssertionError("expected an error, got " + Vals.show(v));
        } catch (EvalException e) {
            assertThat(e.getMessage()).contains(message);
        }
    }

    @Test
    void unknownsPropagateAndAreDecidedWhenOneSideSuffices() {
        Scope scope = new Scope() {
            @Override
            public boolean resolves(String root) {
                return root.equals("var");
            }

            @Override
            public Val reference(String root, String name, Range at, Trail trail) {
                return Map.<String, Val>of("known", Val.Bool.TRUE).getOrDefault(name,
                        Val.Unknown.because("var." + name + " is not known"));
            }
        };
        java.util.function.Function<String, Val> ev = text -> {
            try {
                return new ExprEvaluator(scope, new Trail(), Budget.forConstant()).eval(HclParser.parseExpression(FILE, text));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        assertThat(ev.apply("false && var.x")).isEqualTo(Val.Bool.FALSE);
        assertThat(ev.apply("var.x || true")).isEqualTo(Val.Bool.TRUE);
        assertThat(ev.apply("var.x && true")).isInstanceOf(Val.Unknown.class);
        assertThat(ev.apply("var.x ? true : true")).isInstanceOf(Val.Unknown.class);
        assertThat(ev.apply("{a = var.x, b = var.known}.b")).isEqualTo(Val.Bool.TRUE);
        assertThat(ev.apply("try(var.x, false)")).isInstanceOf(Val.Unknown.class);
        assertThat(ev.apply("length([var.x, 1])")).isEqualTo(Val.Num.of(2));
        assertThat(ev.apply("aws_iam_role.r.name == \"x\"")).isInstanceOfSatisfying(Val.Unknown.class,
                u -> assertThat(u.reason()).contains("aws_iam_role.r.name").contains("known only after apply"));
        assertThat(ev.apply("data.aws_region.current.name")).isInstanceOfSatisfying(Val.Unknown.class,
                u -> assertThat(u.reason()).contains("data.aws_region.current.name"));
        assertThat(ev.apply("timestamp() != \"\"")).isInstanceOfSatisfying(Val.Unknown.class,
                u -> assertThat(u.reason()).contains("function timestamp()"));
    }

    @Test
    void typeConversionFollowsTerraform() throws Exception {
        TypeConstraint t = TypeConstraint.parse(HclParser.parseExpression(FILE, 
                "object({ name = string, on = optional(bool, true), tags = optional(map(string)) })"));
        Val v = TypeConstraint.convert(eval("{ name = 1, extra = \"dropped\" }"), t, Range.of(FILE, 1, 1));
        assertThat(Vals.show(v)).isEqualTo("{name = \"1\", on = true, tags = null}");
        Val explicitNull = TypeConstraint.convert(eval("{ name = \"n\", on = null }"), t, Range.of(FILE, 1, 1));
        assertThat(Vals.show(explicitNull)).isEqualTo("{name = \"n\", on = true, tags = null}");
        assertThat(TypeConstraint.convert(new Val.Str("false"), TypeConstraint.Simple.BOOL, Range.of(FILE, 1, 1)))
                .isEqualTo(Val.Bool.FALSE);
        try {
            TypeConstraint.convert(eval("{ on = true }"), t, Range.of(FILE, 1, 1));
            throw new AssertionError("missing required attribute accepted");
        } catch (EvalException e) {
            assertThat(e.getMessage()).contains("attribute \"name\" is required");
        }
    }

    @Test
    void boundedOnHostileInput() throws Exception {
        String deep = "!".repeat(2_000) + "true";
        try {
            eval(deep);
            throw new AssertionError("no limit");
        } catch (EvalLimitException | dev.isolint.core.internal.terraform.hcl.HclSyntaxException e) {
            assertThat(e.getMessage()).containsAnyOf("nested", "deeper");
        }
        String wide = "length([for a in range(1000) : [for b in range(1000) : [for c in range(1000) : c]]])";
        try {
            eval(wide);
            throw new AssertionError("no limit");
        } catch (EvalLimitException e) {
            assertThat(e.getMessage()).contains("steps");
        }
    }
}
