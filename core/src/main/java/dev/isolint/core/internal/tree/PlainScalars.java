package dev.isolint.core.internal.tree;

/**
 * The YAML 1.1 types SnakeYAML's {@code Resolver} gives untagged plain scalars (bool, null, int, float,
 * merge; everything else, timestamps included, stays text), decided by hand: the resolver's regular
 * expressions cost milliseconds to compile and run cold, more than reading a whole template.
 * Each matcher follows one expression of {@code org.yaml.snakeyaml.resolver.Resolver}, with its
 * length limit; a property test keeps them equal.
 */
final class PlainScalars {

    static final int STR = 0;
    static final int BOOL = 1;
    static final int NULL = 2;
    static final int INT = 3;
    static final int FLOAT = 4;
    static final int MERGE = 5;

    /** The resolver's limit for numbers: a longer plain scalar is text. */
    private static final int NUMBER_LIMIT = 1024;

    private PlainScalars() {
    }

    /** The implicit type of the plain scalar {@code v}. */
    static int resolve(String v) {
        int len = v.length();
        if (len == 0) {
            return NULL;
        }
        char c = v.charAt(0);
        switch (c) {
            case 'y': case 'Y': case 't': case 'T': case 'f': case 'F': case 'o': case 'O':
                return isBool(v) ? BOOL : STR;
            case 'n': case 'N':
                return isBool(v) ? BOOL : word(v, "null") ? NULL : STR;
            case '~':
            case ' ': // the null expression is tried for every first character; of its words only " " is not found above
                return len == 1 ? NULL : STR;
            case '<':
                return len == 2 && v.charAt(1) == '<' ? MERGE : STR;
            case '.':
                return len <= NUMBER_LIMIT && isFloat(v, 0) ? FLOAT : STR;
            case '-': case '+':
            case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
                int i = c == '-' || c == '+' ? 1 : 0;
                if (len > NUMBER_LIMIT || i == len) {
                    return STR;
                }
                return isInt(v, i) ? INT : isFloat(v, i) ? FLOAT : STR;
            default:
                return STR;
        }
    }

    /**
     * The value {@link YamlTreeReader} gives an untagged plain scalar: {@link Boolean}, {@code null},
     * a {@link java.math.BigDecimal} (or the text when it does not parse as one) or the text.
     */
    static Object value(String v) {
        switch (resolve(v)) {
            case BOOL:
                char c = v.charAt(0);
                boolean on = c == 'o' || c == 'O' ? v.length() == 2 : c == 'y' || c == 'Y' || c == 't' || c == 'T';
                return on ? Boolean.TRUE : Boolean.FALSE;
            case NULL:
                return null;
            case INT:
            case FLOAT:
                return number(v);
            default:
                return v;
        }
    }

    /** What {@code YamlTreeReader.number} gives, without its exception for the forms BigDecimal never reads. */
    private static Object number(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            // hex, binary, sexagesimal, .inf and .nan: BigDecimal reads none of these letters
            if (c == 'x' || c == 'b' || c == ':' || c == 'i' || c == 'I' || c == 'n' || c == 'N') {
                return v;
            }
        }
        return YamlTreeReader.number(v);
    }

    /** yes|no|true|false|on|off, each in lower, Capitalised or UPPER case. */
    private static boolean isBool(String v) {
        switch (v.length()) {
            case 2:
                return word(v, "no") || word(v, "on");
            case 3:
                return word(v, "yes") || word(v, "off");
            case 4:
                return word(v, "true");
            case 5:
                return word(v, "false");
            default:
                return false;
        }
    }

    /** {@code v} is {@code w} (lower case) written lower, Capitalised or UPPER. */
    private static boolean word(String v, String w) {
        int n = w.length();
        if (v.length() != n) {
            return false;
        }
        char first = v.charAt(0);
        boolean firstUpper = first == upper(w.charAt(0));
        if (!firstUpper && first != w.charAt(0)) {
            return false;
        }
        boolean restUpper = firstUpper && v.charAt(1) == upper(w.charAt(1));
        for (int i = 1; i < n; i++) {
            char expected = restUpper ? upper(w.charAt(i)) : w.charAt(i);
            if (v.charAt(i) != expected) {
                return false;
            }
        }
        return true;
    }

    private static char upper(char c) {
        return (char) (c - ('a' - 'A'));
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * From the first character after the sign (there is one): {@code [-+]?0b_*[0-1][0-1_]*}, {@code [-+]?0_*[0-7][0-7_]*}, {@code [-+]?(0|[1-9][0-9_]*)},
     * {@code [-+]?0x_*[0-9a-fA-F][0-9a-fA-F_]*} or {@code [-+]?[1-9][0-9_]*(:[0-5]?[0-9])+}.
     */
    private static boolean isInt(String v, int afterSign) {
        int len = v.length();
        int i = afterSign;
        char c = v.charAt(i);
        if (c == '0') {
            if (i + 1 == len) {
                return true;
            }
            char k = v.charAt(i + 1);
            if (k == 'b') {
                return digitsWithUnderscores(v, i + 2, 2);
            }
            if (k == 'x') {
                return digitsWithUnderscores(v, i + 2, 16);
            }
            return digitsWithUnderscores(v, i + 1, 8);
        }
        if (c < '1' || c > '9') {
            return false;
        }
        i = underscoredDigits(v, i + 1);
        return i == len || sexagesimal(v, i) == len;
    }

    /** From {@code from} to the end: digits of {@code base} and underscores, with at least one digit. */
    private static boolean digitsWithUnderscores(String v, int from, int base) {
        boolean any = false;
        for (int i = from; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '_') {
                continue;
            }
            boolean ok = base == 2 ? c == '0' || c == '1'
                    : base == 8 ? c >= '0' && c <= '7'
                    : digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (!ok) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * Where {@code (:[0-5]?[0-9])+} starting at {@code i} ends, or -1 when there is not one group. Taking
     * two digits whenever they fit is what the expression's backtracking ends up with: a group must be
     * followed by {@code :}, {@code .} or the end, never by a digit.
     */
    private static int sexagesimal(String v, int i) {
        int len = v.length();
        int groups = 0;
        while (i < len && v.charAt(i) == ':') {
            if (i + 1 >= len || !digit(v.charAt(i + 1))) {
                return -1;
            }
            if (v.charAt(i + 1) <= '5' && i + 2 < len && digit(v.charAt(i + 2))) {
                i += 3;
            } else {
                i += 2;
            }
            groups++;
        }
        return groups == 0 ? -1 : i;
    }

    /**
     * From the first character after the sign (there is one): {@code [-+]?([0-9][0-9_]*)\.[0-9_]*([eE][-+]?[0-9]+)?}, {@code [-+]?([0-9][0-9_]*)([eE][-+]?[0-9]+)},
     * {@code [-+]?\.[0-9_]+([eE][-+]?[0-9]+)?}, {@code [-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*},
     * {@code [-+]?\.(inf|Inf|INF)} or {@code \.(nan|NaN|NAN)}.
     */
    private static boolean isFloat(String v, int afterSign) {
        int len = v.length();
        int i = afterSign;
        char c = v.charAt(i);
        if (c == '.') {
            String rest = v.substring(i + 1);
            if (rest.equals("inf") || rest.equals("Inf") || rest.equals("INF")) {
                return true;
            }
            if (i == 0 && (rest.equals("nan") || rest.equals("NaN") || rest.equals("NAN"))) {
                return true;
            }
            int j = underscoredDigits(v, i + 1);
            return j > i + 1 && exponentToEnd(v, j);
        }
        if (!digit(c)) {
            return false;
        }
        i = underscoredDigits(v, i + 1);
        if (i == len) {
            return false;
        }
        c = v.charAt(i);
        if (c == '.') {
            return exponentToEnd(v, underscoredDigits(v, i + 1));
        }
        if (c == 'e' || c == 'E') {
            return i + 1 < len && exponentToEnd(v, i);
        }
        if (c == ':') {
            int j = sexagesimal(v, i);
            return j > 0 && j < len && v.charAt(j) == '.' && underscoredDigits(v, j + 1) == len;
        }
        return false;
    }

    private static int underscoredDigits(String v, int i) {
        while (i < v.length() && (digit(v.charAt(i)) || v.charAt(i) == '_')) {
            i++;
        }
        return i;
    }

    /** From {@code i}: the end, or {@code [eE][-+]?[0-9]+} and the end. */
    private static boolean exponentToEnd(String v, int i) {
        int len = v.length();
        if (i == len) {
            return true;
        }
        char c = v.charAt(i);
        if (c != 'e' && c != 'E') {
            return false;
        }
        i++;
        if (i < len && (v.charAt(i) == '-' || v.charAt(i) == '+')) {
            i++;
        }
        int digits = i;
        while (i < len && digit(v.charAt(i))) {
            i++;
        }
        return i > digits && i == len;
    }
}
