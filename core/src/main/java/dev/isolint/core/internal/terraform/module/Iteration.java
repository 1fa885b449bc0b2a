package dev.isolint.core.internal.terraform.module;

import dev.isolint.core.model.Evidence;
import dev.isolint.core.internal.terraform.eval.Val;

/**
 * What {@code count.index} and {@code each.key}/{@code each.value} mean while one block is
 * evaluated: one instance's values, nothing (the block sets neither), or absent (the block sets
 * one but has no instance with these inputs, so it is judged as written).
 *
 * @param countIndex   {@code count.index}, or {@code null}
 * @param eachKey      {@code each.key}, or {@code null}
 * @param eachValue    {@code each.value}, or {@code null}
 * @param step         the evidence step naming this instance, or {@code null}
 * @param absentReason why there is no instance, when the block has none; else {@code null}
 */
record Iteration(Val countIndex, Val eachKey, Val eachValue, Evidence step, String absentReason) {

    /** For a block without {@code count} or {@code for_each}. */
    static final Iteration PLAIN = new Iteration(null, null, null, null, null);

    static Iteration absent(String reason) {
        return new Iteration(null, null, null, null, reason);
    }

    static Iteration count(int index, Evidence step) {
        return new Iteration(Val.Num.of(index), null, null, step, null);
    }

    static Iteration each(String key, Val value, Evidence step) {
        return new Iteration(null, new Val.Str(key), value, step, null);
    }

    /** The instance key as Terraform writes it in an address: {@code [0]}, {@code ["b"]}, or empty. */
    String key() {
        if (countIndex instanceof Val.Num n) {
            return "[" + n.text() + "]";
        }
        if (eachKey instanceof Val.Str s) {
            return "[\"" + s.value().replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
        }
        return "";
    }
}
