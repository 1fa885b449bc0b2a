package dev.isolint.core.internal.cloudformation;

import dev.isolint.core.internal.scan.ScanContext;
import dev.isolint.core.model.Range;
import dev.isolint.core.internal.source.ReadFailure;
import dev.isolint.core.internal.source.SourceFile;
import dev.isolint.core.internal.tree.JsonTreeReader;
import dev.isolint.core.internal.tree.Node;
import dev.isolint.core.internal.tree.Node.MapNode;
import dev.isolint.core.internal.tree.TreeParseException;
import dev.isolint.core.internal.tree.TreeReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CloudFormation parameter values supplied for a scan: {@code --parameters-file} files in order
 * (the {@code aws cloudformation} list form {@code [{"ParameterKey":…,"ParameterValue":…}]} or the
 * template-configuration form {@code {"Parameters": {…}}}), then {@code --parameter NAME=VALUE}.
 * Each value remembers where it came from, for evidence.
 */
final class ParameterValues {

    /** A supplied value and the words that say where it came from. */
    record Supplied(String value, String origin, Range location) {
    }

    private final Map<String, Supplied> values = new LinkedHashMap<>();

    private ParameterValues() {
    }

    static ParameterValues load(ScanContext context) {
        ParameterValues p = new ParameterValues();
        Path wd = context.request().workingDirectory();
        for (Path f : context.request().parameterFiles()) {
            p.readFile(wd.resolve(f).toAbsolutePath().normalize(), context);
        }
        for (Map.Entry<String, String> e : context.request().parameters().entrySet()) {
            p.values.put(e.getKey(), new Supplied(e.getValue(), "--parameter " + e.getKey() + "=" + e.getValue(), null));
        }
        return p;
    }

    Supplied get(String name) {
        return values.get(name);
    }

    private void readFile(Path file, ScanContext context) {
        Node root;
        try {
            SourceFile src = SourceFile.read(file, context.limits().fileSize());
            // The list form ([{"ParameterKey": …}]) is JSON too: read it as JSON, so that a mistake in it is told in
            // JSON's terms, not as the YAML flow sequence it also is.
            root = TreeReader.opensWith(src.text(), '[')
                    ? new JsonTreeReader(context.treeLimits()).read(file, src.text())
                    : TreeReader.read(file, src.text(), context.treeLimits());
        } catch (IOException e) {
            context.error(Range.fileStart(file), "cannot read parameters file: " + ReadFailure.reason(e));
            return;
        } catch (TreeParseException e) {
            context.error(Range.of(file, e.line(), e.column()), "parameters file: " + e.getMessage());
            return;
        }
        if (root instanceof Node.SeqNode seq) {
            for (Node item : seq.items()) {
                if (item instanceof MapNode m && m.get("ParameterKey") instanceof Node.ScalarNode k) {
                    Node v = m.get("ParameterValue");
                    String value = v instanceof Node.ScalarNode s ? s.text() : null;
                    if (value != null) {
                        put(k.text(), value, file, item.range().line());
                    }
                }
            }
            return;
        }
        if (root instanceof MapNode m && m.get("Parameters") instanceof MapNode params) {
            for (Node.Entry e : params.entries()) {
                if (e.value() instanceof Node.ScalarNode s && s.text() != null) {
                    put(e.key(), s.text(), file, e.keyRange().line());
                }
            }
            return;
        }
        context.error(Range.fileStart(file), "parameters file must be a list of {ParameterKey, ParameterValue}"
                + " or {\"Parameters\": {...}}");
    }

    // A point at column 1 of the value's line, not the node's range: where a parameters file's value has always
    // been shown (SARIF prints the column), and the line is what a reader looks for.
    private void put(String key, String value, Path file, int line) {
        values.put(key, new Supplied(value, file.getFileName() + ": " + key + " = " + value, Range.of(file, line, 1)));
    }
}
