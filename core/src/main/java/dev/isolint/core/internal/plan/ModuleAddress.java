package dev.isolint.core.internal.plan;

/**
 * Reads the module call path out of a plan address: {@code module.svc["a.b"].module.inner[0].aws_x.y[1]}
 * is in module {@code svc.inner}. Instance keys are skipped with their quoting, so keys holding dots
 * or brackets do not confuse it.
 */
final class ModuleAddress {

    private static final String MODULE = "module.";

    private ModuleAddress() {
    }

    /**
     * The call path of the module that holds {@code address}, names joined by dots, empty for the
     * root module; {@code null} when the address cannot be read.
     */
    static String moduleOf(String address) {
        StringBuilder path = new StringBuilder();
        int i = 0;
        while (address.startsWith(MODULE, i)) {
            int start = i + MODULE.length();
            int end = start;
            while (end < address.length() && isNameChar(address.charAt(end))) {
                end++;
            }
            if (end == start) {
                return null;
            }
            if (path.length() > 0) {
                path.append('.');
            }
            path.append(address, start, end);
            i = end;
            if (i < address.length() && address.charAt(i) == '[') {
                i = skipIndex(address, i);
                if (i < 0) {
                    return null;
                }
            }
            if (i >= address.length() || address.charAt(i) != '.') {
                return null;
            }
            i++;
        }
        return path.toString();
    }

    /** The position after the {@code [...]} index that starts at {@code open}, or -1 when it is not closed. */
    private static int skipIndex(String address, int open) {
        int i = open + 1;
        if (i < address.length() && address.charAt(i) == '"') {
            i++;
            while (i < address.length() && address.charAt(i) != '"') {
                i += address.charAt(i) == '\\' ? 2 : 1;
            }
            i++;
        } else {
            while (i < address.length() && address.charAt(i) != ']') {
                i++;
            }
        }
        return i < address.length() && address.charAt(i) == ']' ? i + 1 : -1;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }
}
