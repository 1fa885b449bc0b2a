package dev.isolint.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.isolint.core.api.Diagnostic;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.api.ToolVersion;
import dev.isolint.core.model.Evidence;
import dev.isolint.core.model.Impact;
import dev.isolint.core.rule.Finding;
import dev.isolint.core.rules.RuleRegistry;
import dev.isolint.core.rule.RuleMetadata;
import dev.isolint.core.rule.Suppression;
import dev.isolint.core.rule.Verdict;
import dev.isolint.core.model.Range;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF consumers (SPEC §6). One result per FAIL
 * ({@code error}) and UNKNOWN ({@code warning}); PASS is not a result. Suppressed results stay, with
 * SARIF {@code suppressions}. Input errors and notices are tool execution notifications, and
 * {@code executionSuccessful} is false when there were input errors. Stable order, relative
 * {@code %SRCROOT%} URIs, no timestamps, so the output of one commit is reproducible.
 */
public final class SarifReporter implements Reporter {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SRCROOT = "%SRCROOT%";
    /** Versioned, so a future change of what is hashed does not silently re-open every alert. */
    static final String FINGERPRINT = "isolint/v1";

    @Override
    public void write(ScanResult result, Options options, Writer out) throws IOException {
        List<RuleMetadata> rules = rules(result);
        try (JsonGenerator g = JsonOutput.open(out)) {
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            driver(g, rules);
            invocation(g, result, options.paths());
            g.writeArrayFieldStart("results");
            for (Finding f : result.findings()) {
                if (f.verdict() != Verdict.PASS) {
                    result(g, f, rules.indexOf(f.rule()), options.paths());
                }
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write(System.lineSeparator());
        out.flush();
    }

    /** Every rule isolint has (consumers want the rules even on a clean run), then any other rule judged. */
    private static List<RuleMetadata> rules(ScanResult result) {
        List<RuleMetadata> rules = new ArrayList<>(RuleRegistry.metadata());
        for (Finding f : result.findings()) {
            if (!rules.contains(f.rule())) {
                rules.add(f.rule());
            }
        }
        return rules;
    }

    private static void driver(JsonGenerator g, List<RuleMetadata> rules) throws IOException {
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", "isolint");
        g.writeStringField("version", ToolVersion.current());
        g.writeStringField("semanticVersion", ToolVersion.current());
        g.writeArrayFieldStart("rules");
        for (RuleMetadata r : rules) {
            String help = RuleHelp.markdown(r);
            g.writeStartObject();
            g.writeStringField("id", r.id());
            g.writeStringField("name", r.slug());
            text(g, "shortDescription", r.title());
            text(g, "fullDescription", r.shortDescription());
            g.writeObjectFieldStart("help");
            g.writeStringField("text", help);
            g.writeStringField("markdown", help);
            g.writeEndObject();
            g.writeObjectFieldStart("defaultConfiguration");
            g.writeStringField("level", "error");
            g.writeEndObject();
            g.writeObjectFieldStart("properties");
            g.writeArrayFieldStart("tags");
            for (String tag : r.tags()) {
                g.writeString(tag);
            }
            g.writeEndArray();
            g.writeStringField("security-severity", r.securitySeverity());
            g.writeStringField("problem.severity", "error");
            g.writeStringField("precision", "very-high");
            g.writeStringField("severity", r.severity().name());
            g.writeArrayFieldStart("aliases");
            for (RuleMetadata.Alias a : r.aliases()) {
                g.writeString(a.id());
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void invocation(JsonGenerator g, ScanResult result, PathFormatter paths) throws IOException {
        g.writeArrayFieldStart("invocations");
        g.writeStartObject();
        g.writeBooleanField("executionSuccessful", result.errors().isEmpty());
        g.writeArrayFieldStart("toolExecutionNotifications");
        for (Diagnostic d : result.errors()) {
            notification(g, "error", "input-error", d, paths);
        }
        for (Diagnostic d : result.notices()) {
            notification(g, "note", "notice", d, paths);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
    }

    private static void notification(JsonGenerator g, String level, String id, Diagnostic d, PathFormatter paths)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("level", level);
        text(g, "message", d.message());
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        physical(g, d.location(), paths);
        g.writeEndObject();
        g.writeEndArray();
        g.writeObjectFieldStart("descriptor");
        g.writeStringField("id", id);
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void result(JsonGenerator g, Finding f, int ruleIndex, PathFormatter paths) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.rule().id());
        g.writeNumberField("ruleIndex", ruleIndex);
        g.writeStringField("level", f.verdict() == Verdict.FAIL ? "error" : "warning");
        text(g, "message", linkedMessage(f, paths));
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        physical(g, f.resource().location(), paths);
        g.writeArrayFieldStart("logicalLocations");
        g.writeStartObject();
        g.writeStringField("fullyQualifiedName", f.resource().address());
        g.writeStringField("kind", "resource");
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        if (!f.evidence().isEmpty()) {
            // The evidence twice, as GitHub shows it: a thread flow ("show paths") and related locations that the
            // message links to, step by step.
            g.writeArrayFieldStart("codeFlows");
            g.writeStartObject();
            g.writeArrayFieldStart("threadFlows");
            g.writeStartObject();
            g.writeArrayFieldStart("locations");
            for (Evidence e : f.evidence()) {
                g.writeStartObject();
                g.writeObjectFieldStart("location");
                physical(g, e.location(), paths);
                text(g, "message", e.note());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
        }
        if (!f.evidence().isEmpty() || !f.impact().entries().isEmpty()) {
            g.writeArrayFieldStart("relatedLocations");
            int id = 1;
            for (Evidence e : f.evidence()) {
                g.writeStartObject();
                g.writeNumberField("id", id++);
                physical(g, e.location(), paths);
                text(g, "message", e.note());
                g.writeEndObject();
            }
            impact(g, f, id, paths);
            g.writeEndArray();
        }
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField(FINGERPRINT, fingerprint(f, paths));
        g.writeEndObject();
        if (f.suppressed()) {
            suppression(g, f.suppression(), paths);
        }
        g.writeObjectFieldStart("properties");
        g.writeStringField("verdict", f.verdict().name());
        g.writeStringField("resourceType", f.resource().type());
        g.writeStringField("format", f.resource().format().id());
        if (f.resource().callPath() != null) {
            g.writeStringField("callPath", paths.format(f.resource().callPath()));
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /**
     * The impact (SPEC §12) as related locations after the evidence, numbered on from {@code id}: each resource the
     * fix replaces or updates, its message the effect first ({@code replaced: FraudConfig}).
     */
    private static int impact(JsonGenerator g, Finding f, int id, PathFormatter paths) throws IOException {
        for (Impact.Entry e : f.impact().entries()) {
            g.writeStartObject();
            g.writeNumberField("id", id++);
            physical(g, e.location(), paths);
            text(g, "message", impactNote(e));
            g.writeEndObject();
        }
        return id;
    }

    /** {@code replaced: EndpointConfig (AWS::SageMaker::EndpointConfig)}, and why it is not sure when it is not. */
    private static String impactNote(Impact.Entry e) {
        return e.effect().id() + ": " + e.address() + " (" + e.type() + ")"
                + (e.certain() ? "" : "; " + Impact.Entry.MAY_USE);
    }

    private static void suppression(JsonGenerator g, Suppression s, PathFormatter paths) throws IOException {
        g.writeArrayFieldStart("suppressions");
        g.writeStartObject();
        // Comments and Metadata live in the scanned source; an ignore file is kept beside it.
        g.writeStringField("kind", Suppression.IGNORE_FILE.equals(s.kind()) ? "external" : "inSource");
        g.writeStringField("status", "accepted");
        g.writeStringField("justification", s.reason());
        g.writeObjectFieldStart("location");
        physical(g, s.location(), paths);
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("isolintKind", s.kind());
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
    }

    private static void physical(JsonGenerator g, Range at, PathFormatter paths) throws IOException {
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        String path = paths.format(at.file());
        boolean absolute = path.startsWith("/") || (path.length() > 2 && path.charAt(1) == ':');
        g.writeStringField("uri", absolute ? "file://" + (path.startsWith("/") ? "" : "/") + encode(path, true)
                : encode(path, false));
        if (!absolute) {
            g.writeStringField("uriBaseId", SRCROOT);
        }
        g.writeEndObject();
        // GitHub requires all four; a point (a position known only by its start) covers one character.
        int line = Math.max(1, at.line());
        int column = Math.max(1, at.column());
        boolean point = at.endLine() < line || (at.endLine() == line && at.endColumn() <= column);
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", line);
        g.writeNumberField("startColumn", column);
        g.writeNumberField("endLine", point ? line : at.endLine());
        g.writeNumberField("endColumn", point ? column + 1 : at.endColumn());
        g.writeEndObject();
        g.writeEndObject();
    }

    /**
     * The finding's message, then its evidence, each step a link to its related location ({@code [isolate = false](2)})
     * — SARIF's embedded links, which GitHub renders; brackets and backslashes in the text are escaped as SARIF says.
     */
    static String linkedMessage(Finding f, PathFormatter paths) {
        StringBuilder m = new StringBuilder(escape(f.message() + paths.callPathSuffix(f.resource())));
        int id = 1;
        for (int i = 0; i < f.evidence().size(); i++) {
            m.append(i == 0 ? "\nEvidence: " : " → ").append('[').append(escape(f.evidence().get(i).note()))
                    .append("](").append(id++).append(')');
        }
        List<Impact.Entry> impact = f.impact().entries();
        for (int i = 0; i < impact.size(); i++) {
            m.append(i == 0 ? "\nImpact of the fix: " : ", ").append('[').append(escape(impactNote(impact.get(i))))
                    .append("](").append(id++).append(')');
        }
        return m.toString();
    }

    /** Escapes what SARIF message text reserves for embedded links. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[' || c == ']' || c == '\\') {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    /**
     * Rule, file and address, not the line: a finding keeps its identity (and a code-scanning
     * alert its history) when unrelated lines above it are added or removed. A resource reached
     * through module calls adds its call path, so that one module block called from two roots (or
     * twice from one) is two alerts, not one that a fix in either caller would close (SPEC §5).
     * Every other result hashes exactly what it hashed before call paths existed, and keeps its alert.
     */
    static String fingerprint(Finding f, PathFormatter paths) {
        return FindingIdentity.fingerprint(f, paths);
    }

    /** Percent-encodes a forward-slash path for a URI reference; {@code :} is kept only in a drive letter. */
    static String encode(String path, boolean absolute) {
        StringBuilder b = new StringBuilder();
        for (byte x : path.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xFF;
            boolean keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~/!$&'()*+,;=@".indexOf(c) >= 0 || (absolute && c == ':');
            if (keep) {
                b.append((char) c);
            } else {
                b.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return b.toString();
    }

    private static void text(JsonGenerator g, String field, String text) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("text", text);
        g.writeEndObject();
    }
}
