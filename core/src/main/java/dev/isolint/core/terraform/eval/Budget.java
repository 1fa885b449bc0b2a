package dev.isolint.core.terraform.eval;

/**
 * How much evaluation one root module may cost: steps, and the size of the values it builds (string
 * characters, collection elements). Shared by every expression of the root's walk, so that neither a
 * long chain of expensive locals nor values that double at each step (a string or list built from
 * two copies of the previous one) can hang a scan or exhaust its memory.
 */
public final class Budget {

    private final long maxSteps;
    private final long maxSize;
    private long steps;
    private long size;

    public Budget(long maxSteps, long maxSize) {
        this.maxSteps = maxSteps;
        this.maxSize = maxSize;
    }

    /** For one root module's walk. */
    public static Budget forRoot() {
        return new Budget(50_000_000, 200_000_000);
    }

    /** For one constant expression (a default, a {@code .tfvars} value). */
    public static Budget forConstant() {
        return new Budget(2_000_000, 20_000_000);
    }

    void step() {
        if (++steps > maxSteps) {
            throw new EvalLimitException("evaluation stopped after " + maxSteps + " steps");
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
