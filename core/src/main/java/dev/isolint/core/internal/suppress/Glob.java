package dev.isolint.core.internal.suppress;

import java.util.regex.Pattern;

/**
 * The two small glob dialects of the ignore file. Addresses ({@code module.ml.*}) use {@code *}
 * for any run of characters and {@code ?} for one, and nothing else is special, because real
 * addresses contain {@code [}, {@code ]} and quotes ({@code aws_sagemaker_model.m["a"]}). File
 * paths use {@code **} across directories, {@code *} and {@code ?} within one, as {@code .gitignore}
 * users expect.
 */
final class Glob {

    private final String text;
    private final Pattern pattern;

    private Glob(String text, Pattern pattern) {
        this.text = text;
        this.pattern = pattern;
    }

    /** A glob over resource addresses: {@code *} may cross dots and brackets. */
    static Glob address(String glob) {
        return new Glob(glob, Pattern.compile(regex(glob, false), Pattern.DOTALL));
    }

    /** A glob over forward-slash relative paths: {@code **} crosses directories, {@code *} does not. */
    static Glob path(String glob) {
        String g = glob.replace('\\', '/');
        return new Glob(g, Pattern.compile(regex(g, true), Pattern.DOTALL));
    }

    private static String regex(String glob, boolean paths) {
        String any = paths ? "[^/]*" : ".*";
        String one = paths ? "[^/]" : ".";
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (paths && c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                boolean dirPrefix = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                // "**/" also matches no directory at all, so "**/a.yaml" matches "a.yaml".
                re.append(dirPrefix ? "(?:.*/)?" : ".*");
                i += dirPrefix ? 2 : 1;
            } else if (c == '*') {
                re.append(any);
            } else if (c == '?') {
                re.append(one);
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return re.toString();
    }

    /** True when {@code value} equals the glob's text or matches it. */
    boolean matches(String value) {
        return value.equals(text) || pattern.matcher(value).matches();
    }
}
