package dev.isolint.core.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Settings of a run with where each came from (SPEC §14): one layer ({@code .isolint.yml}, the command line, a
 * plugin's parameters), or several laid {@linkplain #over over} each other, the upper one winning key by key. The
 * CLI, the pre-commit hook and the Maven plugin read the same file into this type, so a key means the same
 * everywhere; {@code isolint config} prints the effective layers. Paths are absolute (a file's relative paths are
 * resolved against its directory when it is read).
 */
public final class Configuration {

    /** What a key's value is. */
    public enum Kind {
        /** A string. */
        STRING,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** One path. */
        PATH,
        /** A list of strings (a single string counts as a list of one). */
        LIST,
        /** A list of paths (a single path counts as a list of one). */
        PATH_LIST,
        /** A mapping of names to scalar values; its entries carry their own sources. */
        MAP
    }

    /** The keys of SPEC §14, exactly; each is also the name of the command-line option that sets it. */
    public enum Key {
        FORMAT("format", Kind.LIST),
        OUTPUT("output", Kind.PATH),
        UNKNOWN("unknown", Kind.STRING),
        RULES("rules", Kind.LIST),
        SKIP_RULES("skip-rules", Kind.LIST),
        EXCLUDE("exclude", Kind.LIST),
        PARAMETERS("parameters", Kind.MAP),
        PARAMETERS_FILES("parameters-files", Kind.PATH_LIST),
        VARS("vars", Kind.MAP),
        VAR_FILES("var-files", Kind.PATH_LIST),
        WORKSPACE("workspace", Kind.STRING),
        IGNORE_FILE("ignore-file", Kind.PATH),
        BASE_PATH("base-path", Kind.PATH),
        SOFT_FAIL("soft-fail", Kind.BOOLEAN),
        STRICT("strict", Kind.BOOLEAN),
        LIMITS("limits", Kind.MAP);

        private final String id;
        private final Kind kind;

        Key(String id, Kind kind) {
            this.id = id;
            this.kind = kind;
        }

        /** The key as the file spells it ({@code skip-rules}). */
        public String id() {
            return id;
        }

        public Kind kind() {
            return kind;
        }

        /** The key spelled {@code id} exactly, or {@code null}. */
        public static Key named(String id) {
            for (Key k : values()) {
                if (k.id.equals(id)) {
                    return k;
                }
            }
            return null;
        }
    }

    /**
     * Where a value came from.
     *
     * @param kind what set it
     * @param file the configuration file, for {@link Origin#FILE}; else {@code null}
     * @param line the value's 1-based line in {@code file}, else 0
     */
    public record Source(Origin kind, Path file, int line) {
        public static final Source DEFAULT = new Source(Origin.DEFAULT, null, 0);
        public static final Source COMMAND_LINE = new Source(Origin.COMMAND_LINE, null, 0);
        public static final Source ENVIRONMENT = new Source(Origin.ENVIRONMENT, null, 0);

        public static Source file(Path file, int line) {
            return new Source(Origin.FILE, file, line);
        }
    }

    /** The kinds of {@link Source}. */
    public enum Origin {
        DEFAULT, FILE, COMMAND_LINE, ENVIRONMENT, PLUGIN_PARAMETER
    }

    /**
     * A value and its source. {@code value} is a {@code String}, {@code Boolean}, {@code Path}, {@code List<String>},
     * {@code List<Path>} or, for a {@link Kind#MAP}, a {@code Map<String, Value>} of string values.
     */
    public record Value(Object value, Source source) {
    }

    /** No configuration file, nothing set. */
    public static final Configuration NONE = new Configuration(null, new EnumMap<>(Key.class));

    private final Path file;
    private final Map<Key, Value> values;

    private Configuration(Path file, Map<Key, Value> values) {
        this.file = file;
        this.values = Collections.unmodifiableMap(new EnumMap<>(values.isEmpty() ? new EnumMap<>(Key.class) : values));
    }

    /** A configuration of these values, read from {@code file} ({@code null} for a layer that is no file). */
    public static Configuration of(Path file, Map<Key, Value> values) {
        return new Configuration(file, values);
    }

    /** The configuration file this was read from (the lowest layer's, once laid over another), or {@code null}. */
    public Path file() {
        return file;
    }

    /** Whether {@code key} is set. */
    public boolean has(Key key) {
        return values.containsKey(key);
    }

    /** The value of {@code key} with its source, or {@code null}. */
    public Value value(Key key) {
        return values.get(key);
    }

    /** Where {@code key}'s value came from; {@link Source#DEFAULT} when it is not set. */
    public Source source(Key key) {
        Value v = values.get(key);
        return v == null ? Source.DEFAULT : v.source();
    }

    /** A {@link Kind#STRING} value, or {@code null}. */
    public String string(Key key) {
        Value v = values.get(key);
        return v == null ? null : (String) v.value();
    }

    /** A {@link Kind#BOOLEAN} value; {@code false} when not set. */
    public boolean flag(Key key) {
        Value v = values.get(key);
        return v != null && (Boolean) v.value();
    }

    /** A {@link Kind#PATH} value, or {@code null}. */
    public Path path(Key key) {
        Value v = values.get(key);
        return v == null ? null : (Path) v.value();
    }

    /** A {@link Kind#LIST} value; empty when not set. */
    @SuppressWarnings("unchecked")
    public List<String> list(Key key) {
        Value v = values.get(key);
        return v == null ? List.of() : (List<String>) v.value();
    }

    /** A {@link Kind#PATH_LIST} value; empty when not set. */
    @SuppressWarnings("unchecked")
    public List<Path> paths(Key key) {
        Value v = values.get(key);
        return v == null ? List.of() : (List<Path>) v.value();
    }

    /** A {@link Kind#MAP} value's entries with their sources, in order; empty when not set. */
    @SuppressWarnings("unchecked")
    public Map<String, Value> entries(Key key) {
        Value v = values.get(key);
        return v == null ? Map.of() : (Map<String, Value>) v.value();
    }

    /** A {@link Kind#MAP} value as names and values, in order; empty when not set. */
    public Map<String, String> map(Key key) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, Value> e : entries(key).entrySet()) {
            out.put(e.getKey(), (String) e.getValue().value());
        }
        return out;
    }

    /**
     * This layer over {@code lower}: a key set here wins, and a list set here replaces the lower one's list (SPEC
     * §14); a mapping is merged name by name, this layer's entries winning, as Terraform's later {@code -var} wins
     * over a variables file.
     */
    public Configuration over(Configuration lower) {
        Map<Key, Value> merged = new EnumMap<>(Key.class);
        merged.putAll(lower.values);
        for (Map.Entry<Key, Value> e : values.entrySet()) {
            Key k = e.getKey();
            if (k.kind() == Kind.MAP && lower.has(k)) {
                Map<String, Value> entries = new LinkedHashMap<>(lower.entries(k));
                entries.putAll(entries(k));
                merged.put(k, new Value(Collections.unmodifiableMap(entries), e.getValue().source()));
            } else {
                merged.put(k, e.getValue());
            }
        }
        return new Configuration(file != null ? file : lower.file, merged);
    }

    /**
     * The layer the process environment makes: {@code TF_WORKSPACE} as the workspace, which wins over the file's
     * {@code workspace} as it does in Terraform, and loses to a face's own option.
     */
    public static Configuration environment(Map<String, String> environment) {
        String workspace = environment.get("TF_WORKSPACE");
        return builder(Source.ENVIRONMENT)
                .string(Key.WORKSPACE, workspace == null || workspace.isBlank() ? null : workspace).build();
    }

    /** Whether UNKNOWN fails the run: {@code unknown: warn} says not; anything else (the default) says it does. */
    public UnknownPolicy unknownPolicy() {
        return "warn".equals(string(Key.UNKNOWN)) ? UnknownPolicy.WARN : UnknownPolicy.FAIL;
    }

    /** The keys that are set, in the order of {@link Key}. */
    public List<Key> keys() {
        return new ArrayList<>(values.keySet());
    }

    /** A builder of one layer whose every value has {@code source} (the command line, a plugin's parameters). */
    public static Builder builder(Source source) {
        return new Builder(source);
    }

    /**
     * Builds one layer. A {@code null} value, an empty list and {@code false} flags are "not given", so that the
     * layer below shows through: a face passes every option it has and only the given ones count.
     */
    public static final class Builder {
        private final Source source;
        private final Map<Key, Value> values = new EnumMap<>(Key.class);

        private Builder(Source source) {
            this.source = source;
        }

        public Builder string(Key key, String value) {
            if (value != null) {
                values.put(key, new Value(value, source));
            }
            return this;
        }

        public Builder flag(Key key, boolean value) {
            if (value) {
                values.put(key, new Value(Boolean.TRUE, source));
            }
            return this;
        }

        public Builder path(Key key, Path value) {
            if (value != null) {
                values.put(key, new Value(value, source));
            }
            return this;
        }

        public Builder list(Key key, List<String> value) {
            if (!value.isEmpty()) {
                values.put(key, new Value(List.copyOf(value), source));
            }
            return this;
        }

        public Builder paths(Key key, List<Path> value) {
            if (!value.isEmpty()) {
                values.put(key, new Value(List.copyOf(value), source));
            }
            return this;
        }

        /** One entry of a {@link Kind#MAP} key; later entries of the same name win. */
        @SuppressWarnings("unchecked")
        public Builder entry(Key key, String name, String value) {
            Value v = values.get(key);
            Map<String, Value> entries = v == null ? new LinkedHashMap<>() : (Map<String, Value>) v.value();
            entries.put(name, new Value(value, source));
            values.put(key, new Value(entries, source));
            return this;
        }

        public Configuration build() {
            return new Configuration(null, values);
        }
    }
}
