package dev.isolint.core.internal.fix;

import dev.isolint.core.model.Impact;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.isolint.core.model.Range;
import dev.isolint.core.report.PathFormatter;
import dev.isolint.core.rule.Finding;
import java.io.IOException;
import java.io.Writer;

/**
 * {@code isolint fix --format json}: every edit with its file, range (1-based, end exclusive, columns as the file's
 * parser counts them), old and new text, the results it fixes and its notes; then the results left, with the
 * reason and the manual step; then the hazards of each fixed result.
 */
public final class FixJson {

    private FixJson() {
    }

    /** Writes {@code plan} to {@code out}, files named by {@code paths}. */
    public static void write(FixPlan plan, PathFormatter paths, Writer out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("schemaVersion", 1);
            g.writeArrayFieldStart("edits");
            for (FileFix file : plan.files()) {
                for (Change c : file.changes()) {
                    g.writeStartObject();
                    g.writeStringField("file", paths.format(file.file()));
                    Range r = file.range(c);
                    g.writeObjectFieldStart("range");
                    g.writeNumberField("line", r.line());
                    g.writeNumberField("column", r.column());
                    g.writeNumberField("endLine", r.endLine());
                    g.writeNumberField("endColumn", r.endColumn());
                    g.writeEndObject();
                    g.writeStringField("oldText", file.oldText(c));
                    g.writeStringField("newText", c.replacement());
                    g.writeArrayFieldStart("fixes");
                    for (Finding f : c.fixes()) {
                        result(g, f, paths);
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeArrayFieldStart("notes");
                    for (String n : c.notes()) {
                        g.writeString(n);
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeArrayFieldStart("notFixed");
            for (NotFixed n : plan.notFixed()) {
                result(g, n.finding(), paths);
                g.writeStringField("reason", n.reason());
                g.writeStringField("manualStep", n.manualStep());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("hazards");
            for (FixedResult f : plan.fixed()) {
                for (Impact.Hazard h : f.hazards()) {
                    result(g, f.finding(), paths);
                    g.writeStringField("kind", h.kind().id());
                    g.writeStringField("message", h.message());
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.flush();
    }

    /** Opens an object naming {@code f} as reports do; the caller adds fields and closes it. */
    private static void result(JsonGenerator g, Finding f, PathFormatter paths) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", f.rule().id());
        g.writeStringField("verdict", f.verdict().name());
        g.writeStringField("address", f.resource().address());
        if (f.resource().callPath() == null) {
            g.writeNullField("callPath");
        } else {
            g.writeStringField("callPath", paths.format(f.resource().callPath()));
        }
        g.writeStringField("file", paths.format(f.resource().location().file()));
        g.writeNumberField("line", f.resource().location().line());
    }
}
