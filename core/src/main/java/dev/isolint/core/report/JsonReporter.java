package dev.isolint.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.isolint.core.api.Diagnostic;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.api.ToolVersion;
import dev.isolint.core.model.Evidence;
import dev.isolint.core.model.Impact;
import dev.isolint.core.rule.Finding;
import dev.isolint.core.rule.Suppression;
import dev.isolint.core.rule.Verdict;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The JSON report, schema version 1 (SPEC §6). Stable order, relative paths, no timestamps. */
public final class JsonReporter implements Reporter {

    @Override
    public void write(ScanResult result, Options options, Writer out) throws IOException {
        PathFormatter paths = options.paths();
        try (JsonGenerator g = JsonOutput.open(out)) {
            g.writeStartObject();
            g.writeNumberField("schemaVersion", 1);
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", "isolint");
            g.writeStringField("version", ToolVersion.current());
            g.writeEndObject();

            g.writeObjectFieldStart("summary");
            g.writeNumberField("files", result.files());
            g.writeNumberField("resources", result.findings().size());
            g.writeNumberField("pass", result.count(Verdict.PASS));
            g.writeNumberField("fail", result.count(Verdict.FAIL));
            g.writeNumberField("unknown", result.count(Verdict.UNKNOWN));
            g.writeNumberField("suppressed", result.suppressedCount());
            g.writeNumberField("errors", result.errors().size());
            g.writeEndObject();

            g.writeArrayFieldStart("results");
            for (Finding f : result.findings()) {
                g.writeStartObject();
                g.writeStringField("rule", f.rule().id());
                g.writeStringField("verdict", f.verdict().name());
                g.writeBooleanField("suppressed", f.suppressed());
                g.writeObjectFieldStart("resource");
                g.writeStringField("type", f.resource().type());
                g.writeStringField("address", f.resource().address());
                g.writeStringField("format", f.resource().format().id());
                if (f.resource().callPath() == null) {
                    g.writeNullField("callPath");
                } else {
                    g.writeStringField("callPath", paths.format(f.resource().callPath()));
                }
                g.writeEndObject();
                g.writeObjectFieldStart("location");
                g.writeStringField("file", paths.format(f.resource().location().file()));
                g.writeNumberField("line", f.resource().location().line());
                g.writeNumberField("column", f.resource().location().column());
                g.writeEndObject();
                g.writeStringField("message", f.message());
                g.writeArrayFieldStart("evidence");
                for (Evidence e : f.evidence()) {
                    g.writeStartObject();
                    g.writeStringField("file", paths.format(e.location().file()));
                    g.writeNumberField("line", e.location().line());
                    g.writeStringField("note", e.note());
                    g.writeEndObject();
                }
                g.writeEndArray();
                Suppression s = f.suppression();
                if (s == null) {
                    g.writeNullField("suppression");
                } else {
                    g.writeObjectFieldStart("suppression");
                    g.writeStringField("kind", s.kind());
                    g.writeStringField("reason", s.reason());
                    g.writeStringField("file", paths.format(s.location().file()));
                    g.writeNumberField("line", s.location().line());
                    g.writeEndObject();
                }
                impact(g, f.impact(), paths);
                g.writeEndObject();
            }
            g.writeEndArray();
            diagnostics(g, "errors", result.errors(), paths, true);
            diagnostics(g, "notices", result.notices(), paths, false);
            g.writeEndObject();
        }
        out.write(System.lineSeparator());
        out.flush();
    }

    /** SPEC §12: {@code impact: [{address, type, file, line, effect, kind}]} and {@code hazards: [{kind, message}]}. */
    private static void impact(JsonGenerator g, Impact impact, PathFormatter paths) throws IOException {
        g.writeArrayFieldStart("impact");
        for (Impact.Entry e : impact.entries()) {
            g.writeStartObject();
            g.writeStringField("address", e.address());
            g.writeStringField("type", e.type());
            g.writeStringField("file", paths.format(e.location().file()));
            g.writeNumberField("line", e.location().line());
            g.writeStringField("effect", e.effect().id());
            g.writeStringField("kind", e.kind());
            if (!e.certain()) {
                g.writeStringField("note", Impact.Entry.MAY_USE);
            }
            if (!e.notes().isEmpty()) {
                g.writeArrayFieldStart("notes");
                for (String n : e.notes()) {
                    g.writeString(n);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("hazards");
        for (Impact.Hazard h : impact.hazards()) {
            g.writeStartObject();
            g.writeStringField("kind", h.kind().id());
            g.writeStringField("message", h.message());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void diagnostics(JsonGenerator g, String name, List<Diagnostic> list, PathFormatter paths,
            boolean withColumn) throws IOException {
        g.writeArrayFieldStart(name);
        for (Diagnostic d : list) {
            g.writeStartObject();
            g.writeStringField("file", paths.format(d.location().file()));
            g.writeNumberField("line", d.location().line());
            if (withColumn) {
                g.writeNumberField("column", d.location().column());
            }
            g.writeStringField("message", d.message());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
