package dev.isolint.core.internal.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.isolint.core.api.Configuration;
import dev.isolint.core.api.Configuration.Key;
import dev.isolint.core.api.Configuration.Source;
import dev.isolint.core.api.Configuration.Value;
import dev.isolint.core.api.ConfigurationException;
import dev.isolint.core.api.Limits;
import dev.isolint.core.report.ReportFormat;
import dev.isolint.core.rules.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code .isolint.yml} (SPEC §14) with Jackson's YAML parser, keeping each value's line: only the keys of
 * {@link Key}, each of its kind; anything else is a {@link ConfigurationException} naming the line and the key, with
 * the nearest valid key for a misspelt one. Values are checked as the command line checks them (format names, rule
 * names, limits, {@code fail|warn}), so a file cannot smuggle in what a flag would refuse. Relative paths are
 * resolved against the file's directory, so the file means the same from any working directory.
 */
public final class ConfigurationReader {

    /** The configuration file's name. */
    public static final String NAME = ".isolint.yml";

    private final Path file;
    private final Path dir;
    private JsonParser parser;

    private ConfigurationReader(Path file) {
        this.file = file.toAbsolutePath().normalize();
        Path parent = this.file.getParent();
        this.dir = parent == null ? this.file : parent;
    }

    /** Reads {@code file}. */
    public static Configuration read(Path file) throws ConfigurationException {
        ConfigurationReader r = new ConfigurationReader(file);
        String text;
        try {
            text = new String(Files.readAllBytes(r.file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigurationException(r.file, 1, "no such configuration file");
        } catch (IOException e) {
            throw new ConfigurationException(r.file, 1, "cannot read the configuration file: " + e.getMessage());
        }
        return r.parse(text);
    }

    private Configuration parse(String text) throws ConfigurationException {
        Map<Key, Value> values = new EnumMap<>(Key.class);
        try (JsonParser p = new YAMLFactory().createParser(text)) {
            parser = p;
            JsonToken t = p.nextToken();
            if (t == null) {
                return Configuration.of(file, values); // an empty file sets nothing
            }
            if (t != JsonToken.START_OBJECT) {
                throw problem("the configuration must be a mapping of keys (format, rules, …), not " + describe(t));
            }
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                int line = line();
                Key key = Key.named(name);
                if (key == null) {
                    throw new ConfigurationException(file, line, "unknown key '" + name + "' (did you mean '"
                            + nearest(name) + "'?)");
                }
                if (values.containsKey(key)) {
                    throw new ConfigurationException(file, line, "key '" + name + "' is given twice");
                }
                p.nextToken();
                values.put(key, new Value(value(key), Source.file(file, line)));
            }
            if (p.nextToken() != null) {
                throw problem("only one YAML document is read; remove the second one");
            }
        } catch (IOException e) {
            int line = parser == null || parser.currentLocation() == null ? 1 : Math.max(1, parser.currentLocation().getLineNr());
            throw new ConfigurationException(file, line, "not valid YAML: " + firstLine(e.getMessage()));
        }
        return Configuration.of(file, values);
    }

    /** The current token, a value of {@code key}, converted and checked. */
    private Object value(Key key) throws IOException, ConfigurationException {
        switch (key.kind()) {
            case BOOLEAN -> {
                JsonToken t = parser.currentToken();
                if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
                    throw wrongType(key, "true or false");
                }
                return t == JsonToken.VALUE_TRUE;
            }
            case STRING -> {
                String s = scalar(key, "a string");
                if (key == Key.UNKNOWN && !s.equals("fail") && !s.equals("warn")) {
                    throw problem("key 'unknown': expected fail or warn, got '" + s + "'");
                }
                return s;
            }
            case PATH -> {
                return path(key, scalar(key, "a path"));
            }
            case LIST, PATH_LIST -> {
                List<Object> out = new ArrayList<>();
                if (parser.currentToken() == JsonToken.START_ARRAY) {
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        out.add(element(key, scalar(key, "a list of strings")));
                    }
                } else {
                    out.add(element(key, scalar(key, "a string or a list of strings")));
                }
                return Collections.unmodifiableList(out);
            }
            default -> {
                return map(key);
            }
        }
    }

    private Map<String, Value> map(Key key) throws IOException, ConfigurationException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw wrongType(key, "a mapping of names to values");
        }
        Map<String, Value> out = new LinkedHashMap<>();
        JsonToken t;
        while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            int line = line();
            parser.nextToken();
            String v = scalar(key, "a mapping of names to single values");
            if (key == Key.LIMITS) {
                try {
                    Limits.DEFAULT.with(name, v);
                } catch (IllegalArgumentException e) {
                    throw new ConfigurationException(file, line, "key 'limits': " + e.getMessage());
                }
            }
            out.put(name, new Value(v, Source.file(file, line)));
        }
        return Collections.unmodifiableMap(out);
    }

    /** One list element, checked for its key; paths resolved. */
    private Object element(Key key, String s) throws ConfigurationException {
        switch (key) {
            case PARAMETERS_FILES, VAR_FILES -> {
                return path(key, s);
            }
            case FORMAT -> {
                int eq = s.indexOf('=');
                String name = eq < 0 ? s : s.substring(0, eq);
                if (ReportFormat.named(name.strip()).isEmpty()) {
                    throw problem("key 'format': unknown format '" + name + "' (expected one of: " + ReportFormat.names() + ")");
                }
                // FORMAT=FILE names a path like any other path of the file: relative to the file's directory.
                return eq < 0 ? s : s.substring(0, eq + 1) + (s.length() == eq + 1 ? "" : path(key, s.substring(eq + 1)));
            }
            case RULES, SKIP_RULES -> {
                if (!known(s)) {
                    throw problem("key '" + key.id() + "': unknown rule '" + s + "' (valid rules: "
                            + dev.isolint.core.api.RuleSelection.validNames() + ")");
                }
                return s;
            }
            default -> {
                return s;
            }
        }
    }

    private static boolean known(String rule) {
        for (dev.isolint.core.rule.RuleMetadata m : RuleRegistry.metadata()) {
            if (m.isNamed(rule.strip())) {
                return true;
            }
        }
        return false;
    }

    private Path path(Key key, String s) throws ConfigurationException {
        try {
            return dir.resolve(s).normalize();
        } catch (InvalidPathException e) {
            throw problem("key '" + key.id() + "': not a valid path: '" + s + "'");
        }
    }

    /** The current token as text when it is a scalar (string, number, boolean); else a wrong-type error. */
    private String scalar(Key key, String expected) throws IOException, ConfigurationException {
        JsonToken t = parser.currentToken();
        if (t == null || !t.isScalarValue() || t == JsonToken.VALUE_NULL) {
            throw wrongType(key, expected);
        }
        return parser.getText();
    }

    private ConfigurationException wrongType(Key key, String expected) {
        return problem("key '" + key.id() + "': expected " + expected + ", got " + describe(parser.currentToken()));
    }

    private ConfigurationException problem(String reason) {
        return new ConfigurationException(file, line(), reason);
    }

    private int line() {
        return Math.max(1, parser.currentTokenLocation().getLineNr());
    }

    private static String describe(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_OBJECT -> "a mapping";
            case START_ARRAY -> "a list";
            case VALUE_NULL -> "no value";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            default -> "a string";
        };
    }

    /** The valid key closest to {@code name} by edit distance (ties: the first in §14's order). */
    static String nearest(String name) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String n = name.toLowerCase(Locale.ROOT).replace('_', '-');
        for (Key k : Key.values()) {
            int d = distance(n, k.id());
            if (d < bestDistance) {
                best = k.id();
                bestDistance = d;
            }
        }
        return best;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()];
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
