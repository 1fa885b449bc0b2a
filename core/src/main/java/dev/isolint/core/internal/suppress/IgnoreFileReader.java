package dev.isolint.core.internal.suppress;

import dev.isolint.core.model.Range;
import dev.isolint.core.internal.tree.Node;
import dev.isolint.core.internal.tree.Node.MapNode;
import dev.isolint.core.internal.tree.Node.ScalarNode;
import dev.isolint.core.internal.tree.Node.SeqNode;
import dev.isolint.core.internal.tree.TreeLimits;
import dev.isolint.core.internal.tree.TreeParseException;
import dev.isolint.core.internal.tree.YamlTreeReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses an ignore file:
 * <pre>
 * ignore:
 *   - rule: ISO001
 *     address: LegacyModel        # exact, or a glob: module.legacy.*
 *     file: infra/legacy.yaml     # optional; relative to this file's directory; globs allowed
 *     callPath: "envs/prod/main.tf: module.legacy"   # optional; a Terraform result's call path, globs allowed
 *     reason: replaced in Q3 (SEC-123)
 *     expires: 2026-09-30         # optional, YYYY-MM-DD: the last day it suppresses
 * </pre>
 * A bare list of entries is accepted too. The file is configuration, so anything malformed (a
 * misspelt key, a missing address, a date that is not a date) is an input error rather than an
 * entry silently doing nothing. A missing reason is not an error: SPEC §7 makes such an entry
 * inert and a notice.
 */
public final class IgnoreFileReader {

    private static final Set<String> KEYS = Set.of("rule", "address", "file", "callPath", "reason", "expires");

    private IgnoreFileReader() {
    }

    /** Parses {@code text}, the content of the ignore file at {@code path}. */
    public static IgnoreFile parse(Path path, String text) throws IgnoreFileException {
        Path file = path.toAbsolutePath().normalize();
        if (isEmpty(text)) {
            return new IgnoreFile(file, List.of());
        }
        Node root;
        try {
            root = new YamlTreeReader(TreeLimits.DEFAULT).read(file, text);
        } catch (TreeParseException e) {
            throw new IgnoreFileException("not valid YAML: " + e.getMessage(), e.line(), e.column());
        }
        SeqNode list = entryList(root);
        List<IgnoreEntry> entries = new ArrayList<>();
        if (list != null) {
            for (Node item : list.items()) {
                entries.add(entry(file, item));
            }
        }
        return new IgnoreFile(file, entries);
    }

    private static boolean isEmpty(String text) {
        return text.lines().map(String::strip)
                .allMatch(l -> l.isEmpty() || l.startsWith("#") || l.equals("---") || l.equals("..."));
    }

    /** The list of entries: {@code ignore:} of a mapping, or the document itself. {@code null} when empty. */
    private static SeqNode entryList(Node root) throws IgnoreFileException {
        if (root instanceof SeqNode s) {
            return s;
        }
        if (root instanceof MapNode m) {
            for (Node.Entry e : m.entries()) {
                if (!e.key().equals("ignore")) {
                    throw at(e.keyRange(), "unknown key \"" + e.key() + "\" (expected \"ignore\", a list of entries)");
                }
            }
            Node ignore = m.get("ignore");
            if (ignore == null || ignore instanceof ScalarNode s && s.value() == null) {
                return null;
            }
            if (ignore instanceof SeqNode s) {
                return s;
            }
            throw at(ignore.range(), "\"ignore\" must be a list of entries");
        }
        throw at(root.range(), "an ignore file is a mapping with \"ignore:\", a list of entries");
    }

    private static IgnoreEntry entry(Path file, Node item) throws IgnoreFileException {
        if (!(item instanceof MapNode m)) {
            throw at(item.range(), "an entry must be a mapping with rule, address and reason");
        }
        for (Node.Entry e : m.entries()) {
            if (!KEYS.contains(e.key())) {
                throw at(e.keyRange(), "unknown key \"" + e.key() + "\" (allowed: rule, address, file, callPath, reason, expires)");
            }
        }
        String rule = required(m, "rule");
        String address = required(m, "address");
        String fileGlob = optional(m, "file");
        String callPath = optional(m, "callPath");
        String reason = optional(m, "reason");
        LocalDate expires = null;
        String date = optional(m, "expires");
        if (date != null) {
            try {
                expires = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw at(m.get("expires").range(), "\"expires\" must be a date YYYY-MM-DD, got \"" + date + "\"");
            }
        }
        Range location = item.range();
        return new IgnoreEntry(rule, address, fileGlob, callPath, reason, expires, location);
    }

    private static String required(MapNode m, String key) throws IgnoreFileException {
        String v = optional(m, key);
        if (v == null) {
            throw at(m.range(), "entry has no \"" + key + "\"");
        }
        return v;
    }

    /** The stripped text of a scalar value, or {@code null} when absent, null or blank. */
    private static String optional(MapNode m, String key) throws IgnoreFileException {
        Node n = m.get(key);
        if (n == null) {
            return null;
        }
        if (!(n instanceof ScalarNode s)) {
            throw at(n.range(), "\"" + key + "\" must be a single value");
        }
        String t = s.text();
        return t == null || t.isBlank() ? null : t.strip();
    }

    private static IgnoreFileException at(Range at, String message) {
        return new IgnoreFileException(message, at.line(), at.column());
    }
}
