package dev.isolint.core.internal.terraform.eval;

import dev.isolint.core.api.Limits;

/**
 * How much evaluation one root module may cost: steps, and the size of the values it builds (string
 * characters, collection elements). Shared by every expression of the root's walk, so that neither a
 * long chain of expensive locals nor values that double at each step (a string or list built from
 * two copies of the previous one) can hang a scan or exhaust its memory.
 */
public final class Budget {

    /**
     * Deepest expression nesting the evaluator's recursion safely reaches; the {@code depth} limit can
     * lower it, not raise it.
     */
    public static final int MAX_DEPTH = 400;

    private final long maxSteps;
    private final long maxSize;
    private final int maxDepth;
    private long steps;
    private long size;

    public Budget(long maxSteps, long maxSize, int maxDepth) {
        this.maxSteps = maxSteps;
        this.maxSize = maxSize;
        this.maxDepth = Math.min(maxDepth, MAX_DEPTH);
    }

    /** For one root module's walk, within the scan's {@code evaluation-steps} and {@code depth} limits. */
    public static Budget forRoot(Limits limits) {
        return new Budget(limits.evaluationSteps(), 200_000_000, limits.depth());
    }

    /** For one constant expression (a default, a {@code .tfvars} value). */
    public static Budget forConstant() {
        return new Budget(2_000_000, 20_000_000, MAX_DEPTH);
    }

    /** Whether the steps ran out: the walk reports it once, as an error naming the limit. */
    public boolean exhausted() {
        return steps > maxSteps;
    }

    /** The steps this budget allows. */
    public long maxSteps() {
        return maxSteps;
    }

    int maxDepth() {
        return maxDepth;
    }

    void step() {
        if (++steps > maxSteps) {
            steps = maxSteps + 1; // stays exhausted without overflowing
            throw new EvalLimitException("evaluation stopped after " + maxSteps + " steps "
                    + Limits.howToRaise("evaluation-steps"));
        }
    }

    /** Counts a new value's size. */
    void grow(Val v) {
        long n = v instanceof Val.Str s ? s.value().length()
                : v instanceof Val.Seq q ? q.items().size()
                : v instanceof Val.Obj o ? o.attributes().size() : 1;
        size += n;
        if (size > maxSize) {
            throw new EvalLimitException("evaluation stopped: the values built exceed " + maxSize + " elements");
        }
    }
}
