package dev.isolint.core.internal.engine;

import java.util.List;

/**
 * The registered input formats, in the order a sniffed file is offered to them: plans before templates, as a
 * plan's strings may hold a whole template (an {@code aws_cloudformation_stack}'s body) but a template that
 * merely mentions the plan keys is declined by the plan reader and read as a template. Adding a format is one
 * class and one entry here.
 */
final class InputFormats {

    static final List<InputFormat> ALL = List.of(new PlanFormat(), new CloudFormationFormat(), new TerraformFormat());

    private InputFormats() {
    }
}
