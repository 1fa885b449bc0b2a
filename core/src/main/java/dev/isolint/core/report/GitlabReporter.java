package dev.isolint.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.isolint.core.api.Diagnostic;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.api.ToolVersion;
import dev.isolint.core.model.Evidence;
import dev.isolint.core.model.Range;
import dev.isolint.core.rule.Finding;
import dev.isolint.core.rule.RuleMetadata;
import dev.isolint.core.rule.Verdict;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * A GitLab SAST report ({@code gl-sast-report.json}, SPEC §6) in the shape of GitLab's security report schema
 * {@value #SCHEMA_VERSION}: {@code version}; {@code scan} with analyzer and scanner ({@code id}, {@code name},
 * {@code version}, {@code vendor.name}), {@code type} {@code sast}, {@code start_time} and {@code end_time}
 * ({@code YYYY-MM-DDTHH:MM:SS}, UTC) and {@code status}; and one vulnerability per unsuppressed FAIL or UNKNOWN with
 * {@code id}, {@code name}, {@code description}, {@code severity}, {@code solution}, {@code identifiers} and
 * {@code location} ({@code file}, {@code start_line}, {@code end_line}). Ids are name-based UUIDs of the finding's
 * identity ({@link FindingIdentity}), so GitLab tracks a finding across pipelines. Times come from
 * {@code SOURCE_DATE_EPOCH} when set (reproducible builds, tests), else from the process's start and the clock.
 * Input errors make the status {@code failure} and are {@code scan.messages}, as are notices.
 */
public final class GitlabReporter implements Reporter {

    /** The security report schema version the report follows. */
    static final String SCHEMA_VERSION = "15.2.1";

    @Override
    public void write(ScanResult result, Options o, Writer out) throws IOException {
        PathFormatter paths = o.paths();
        try (JsonGenerator g = JsonOutput.open(out)) {
            g.writeStartObject();
            g.writeStringField("version", SCHEMA_VERSION);
            g.writeArrayFieldStart("vulnerabilities");
            for (Finding f : result.findings()) {
                if (f.verdict() != Verdict.PASS && !f.suppressed()) {
                    vulnerability(g, f, paths);
                }
            }
            g.writeEndArray();
            scan(g, result, o);
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void vulnerability(JsonGenerator g, Finding f, PathFormatter paths) throws IOException {
        RuleMetadata rule = f.rule();
        Range at = f.resource().location();
        g.writeStartObject();
        g.writeStringField("id", FindingIdentity.uuid(f, paths));
        g.writeStringField("name", rule.title());
        g.writeStringField("description", description(f, paths));
        g.writeStringField("severity", severity(rule));
        g.writeStringField("solution", Remediation.hint(f));
        g.writeArrayFieldStart("identifiers");
        identifier(g, "isolint_rule", "isolint " + rule.id() + " (" + rule.slug() + ")", rule.id());
        for (RuleMetadata.Alias alias : rule.aliases()) {
            String type = alias.tool().toLowerCase(Locale.ROOT).replace(' ', '_') + "_id"; // aws_config_id
            identifier(g, type, alias.tool() + " " + alias.id(), alias.id());
        }
        g.writeEndArray();
        g.writeObjectFieldStart("location");
        g.writeStringField("file", paths.format(at.file()));
        g.writeNumberField("start_line", at.line());
        g.writeNumberField("end_line", Math.max(at.line(), at.endLine()));
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void identifier(JsonGenerator g, String type, String name, String value) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", type);
        g.writeStringField("name", name);
        g.writeStringField("value", value);
        g.writeEndObject();
    }

    /** The message, the resource (with its call path) and the evidence chain, in GitLab's Markdown. */
    private static String description(Finding f, PathFormatter paths) {
        StringBuilder b = new StringBuilder(f.message()).append(paths.callPathSuffix(f.resource())).append(" (")
                .append(f.verdict()).append(", ").append(f.resource().type()).append(").\n\nEvidence:\n");
        for (Evidence e : f.evidence()) {
            b.append("- `").append(paths.format(e.location().file())).append(':').append(e.location().line())
                    .append("`: ").append(e.note()).append('\n');
        }
        return b.toString();
    }

    /** GitLab's spelling: {@code Critical}, {@code High}, {@code Medium}, {@code Low}. */
    static String severity(RuleMetadata rule) {
        String s = rule.severity().name();
        return s.charAt(0) + s.substring(1).toLowerCase(Locale.ROOT);
    }

    private static void scan(JsonGenerator g, ScanResult result, Options o) throws IOException {
        g.writeObjectFieldStart("scan");
        for (String part : new String[] {"analyzer", "scanner"}) {
            g.writeObjectFieldStart(part);
            g.writeStringField("id", "isolint");
            g.writeStringField("name", "isolint");
            g.writeStringField("version", ToolVersion.current());
            g.writeObjectFieldStart("vendor");
            g.writeStringField("name", "isolint");
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeStringField("type", "sast");
        long[] times = times(o);
        g.writeStringField("start_time", timestamp(times[0]));
        g.writeStringField("end_time", timestamp(times[1]));
        g.writeStringField("status", result.errors().isEmpty() ? "success" : "failure");
        g.writeArrayFieldStart("messages");
        for (Diagnostic d : result.errors()) {
            message(g, "fatal", d, o.paths());
        }
        for (Diagnostic d : result.notices()) {
            message(g, "info", d, o.paths());
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void message(JsonGenerator g, String level, Diagnostic d, PathFormatter paths) throws IOException {
        g.writeStartObject();
        g.writeStringField("level", level);
        g.writeStringField("value", paths.format(d.location().file()) + ":" + d.location().line() + ": " + d.message());
        g.writeEndObject();
    }

    /** Start and end, in epoch seconds: {@code SOURCE_DATE_EPOCH} for both when set, else process start and now. */
    static long[] times(Options o) {
        String epoch = o.environment().get("SOURCE_DATE_EPOCH");
        if (epoch != null && !epoch.isBlank()) {
            try {
                long t = Long.parseLong(epoch.strip());
                return new long[] {t, t};
            } catch (NumberFormatException e) {
                // not a reproducible-build time: fall back to the clock
            }
        }
        long now = System.currentTimeMillis() / 1000;
        java.time.Instant started = ProcessHandle.current().info().startInstant().orElse(null);
        long start = started == null ? now : Math.min(started.getEpochSecond(), now);
        return new long[] {start, now};
    }

    /** {@code YYYY-MM-DDTHH:MM:SS} in UTC, as the schema's pattern asks (no zone, no fraction). */
    static String timestamp(long epochSecond) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
        return String.format(Locale.ROOT, "%04d-%02d-%02dT%02d:%02d:%02d", t.getYear(), t.getMonthValue(),
                t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond());
    }
}
