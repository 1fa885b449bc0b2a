package dev.isolint.core.internal.terraform.module;

import dev.isolint.core.model.Evidence;
import dev.isolint.core.internal.terraform.eval.Val;
import java.util.List;

/** A value given to a variable from outside its module (caller argument, tfvars, environment, command line), with where it came from. */
record Given(Val value, List<Evidence> steps) {
    Given {
        steps = List.copyOf(steps);
    }
}
