package dev.isolint.core.internal.terraform.eval;

import dev.isolint.core.internal.terraform.eval.Val.Str;
import dev.isolint.core.internal.terraform.eval.Val.Unknown;
import dev.isolint.core.model.Range;
import java.math.RoundingMode;
import java.util.List;

/**
 * Terraform's {@code format()} for the verbs configurations use ({@code %s %v %d %f %t %q %%},
 * with a precision for {@code %f}); other verbs and flags are unknown rather than guessed.
 */
final class Format {

    private Format() {
    }

    static Val format(List<Val> args, Range at) {
        if (args.isEmpty()) {
            throw new EvalException("format() needs a format string", at);
        }
        String f = Vals.str(args.get(0), at, "format's first argument");
        StringBuilder sb = new StringBuilder();
        int next = 1;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c != '%') {
                sb.append(c);
                continue;
            }
            if (i + 1 >= f.length()) {
                throw new EvalException("format() string ends with a lone %", at);
            }
            int j = i + 1;
            Integer precision = null;
            if (f.charAt(j) == '.') {
                int k = j + 1;
                while (k < f.length() && Character.isDigit(f.charAt(k))) {
                    k++;
                }
                precision = k > j + 1 ? Integer.parseInt(f.substring(j + 1, k)) : 0;
                j = k;
            }
            if (j >= f.length()) {
                throw new EvalException("format() string ends inside a verb", at);
            }
            char verb = f.charAt(j);
            i = j;
            if (verb == '%') {
                sb.append('%');
                continue;
            }
            if (next >= args.size()) {
                throw new EvalException("format() has too few arguments for its verbs", at);
            }
            Val v = args.get(next++);
            if (v instanceof Unknown) {
                return v;
            }
            switch (verb) {
                case 's' -> sb.append(Vals.str(v, at, "a %s argument"));
                case 'v' -> sb.append(v instanceof Str s ? s.value() : v == Val.Null.NULL ? "null"
                        : v instanceof Val.Seq || v instanceof Val.Obj ? Json.encode(v) : Vals.str(v, at, "a %v argument"));
                case 'd' -> sb.append(Vals.num(v, at, "a %d argument").setScale(0, RoundingMode.DOWN).toPlainString());
                case 'f' -> sb.append(Vals.num(v, at, "a %f argument")
                        .setScale(precision == null ? 6 : precision, RoundingMode.HALF_EVEN).toPlainString());
                case 't' -> sb.append(Vals.bool(v, at, "a %t argument"));
                case 'q' -> sb.append(Json.encode(new Str(Vals.str(v, at, "a %q argument"))));
                default -> {
                    return Unknown.because("format() verb %" + verb + " is not evaluated by isolint");
                }
            }
        }
        return new Str(sb.toString());
    }

}
