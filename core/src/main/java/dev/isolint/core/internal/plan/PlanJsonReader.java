package dev.isolint.core.internal.plan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.isolint.core.model.ServiceResource;
import dev.isolint.core.internal.scan.DocumentReader;
import dev.isolint.core.internal.scan.ScanContext;
import dev.isolint.core.model.Range;
import dev.isolint.core.internal.source.SourceFile;
import dev.isolint.core.internal.tree.JsonErrors;
import dev.isolint.core.internal.tree.TreeLimits;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads {@code terraform show -json} output into typed records, one per planned instance of a type an
 * adapter claims (SPEC §3–5, plan parts). The plan is streamed, never held as a tree, so a 100 MB plan costs
 * little more memory than its bytes. A sniffed candidate that is plainly not a plan (no
 * {@code planned_values} object and no {@code resource_changes} array) is ignored; malformed JSON,
 * a missing or unsupported {@code format_version} and an errored plan are errors.
 */
public final class PlanJsonReader implements DocumentReader {

    private final PlanSelection selection;

    /** @param adapters the registered plan adapters: they say which resources, and which paths of them, to keep */
    public PlanJsonReader(List<PlanAdapter> adapters) {
        this.selection = new PlanSelection(adapters);
    }

    @Override
    public Outcome read(SourceFile file, ScanContext context) {
        Path path = file.path();
        if (!opensAnObject(file)) {
            return Outcome.NOT_MINE; // a plan is a JSON object; YAML or text that mentions the keys is not one
        }
        PlanFacts facts;
        JsonParser parser = null;
        // UTF-8 (what Terraform writes) is parsed from the bytes, about three times faster than
        // decoding first; UTF-16 (PowerShell redirection) goes through a strict decoder.
        boolean utf8 = file.charset().equals(StandardCharsets.UTF_8);
        Utf8Columns columns = utf8 ? new Utf8Columns(file.bytes(), bomLength(file.bytes())) : null;
        try {
            JsonFactory factory = factory(context.treeLimits());
            parser = utf8 ? factory.createParser(file.bytes()) : factory.createParser(file.reader());
            facts = new PlanStreamReader(parser, path, columns, selection).read();
        } catch (CharacterCodingException e) {
            String why = file.decodeError() != null ? file.decodeError() : "invalid " + file.charset().name();
            return failed(context, Range.of(path, file.decodeErrorLine(), 1), why);
        } catch (StreamConstraintsException e) {
            return failed(context, where(path, null, parser, columns), "plan exceeds a reading limit: "
                    + context.treeLimits().explain(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            String why = JsonErrors.describe(e, "plan JSON", parser, columns != null ? columns : JsonErrors.CHARACTERS);
            return failed(context, where(path, e.getLocation(), parser, columns), why);
        } catch (IOException e) {
            return failed(context, Range.fileStart(path), "cannot read plan: " + e.getMessage());
        } finally {
            close(parser);
        }
        if (!facts.looksLikePlan()) {
            if (facts.redactedFormatVersion != null && facts.formatVersion == null) {
                // Not an input error: a repository may keep one beside its code, and it must not fail every scan.
                context.notice(facts.redactedFormatVersion.location(), "HCP Terraform redacted plan"
                        + " (plan_format_version) is not Terraform plan JSON and is not scanned: scan the output of"
                        + " \"terraform show -json\" instead");
            }
            return Outcome.NOT_MINE;
        }
        if (facts.trailing != null) {
            return failed(context, facts.trailing, "invalid plan JSON: more content after the end of the plan object");
        }
        if (!PlanHeader.check(facts, context)) {
            return new Outcome(true, List.of());
        }
        Path root = path.equals(SourceFile.STDIN)
                ? context.request().workingDirectory()
                : path.toAbsolutePath().getParent();
        TerraformSourceLocator sources = new TerraformSourceLocator(root, facts.moduleSources, context.treeLimits());
        List<ServiceResource> records = new PlanResources(facts, selection, sources).adapt();
        return new Outcome(true, records);
    }

    private static JsonFactory factory(TreeLimits limits) {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength(limits.maxStringLength())
                        .build())
                // Plans carry many distinct keys (tags, for_each keys): interning them would fill the JVM's string table.
                .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
                .build();
    }

    private static Outcome failed(ScanContext context, Range at, String message) {
        context.error(at, message);
        return new Outcome(true, List.of());
    }

    private static Range where(Path path, JsonLocation l, JsonParser parser, Utf8Columns columns) {
        JsonLocation at = l != null && l.getLineNr() > 0 ? l : parser != null ? parser.currentLocation() : null;
        if (at == null || at.getLineNr() < 1) {
            return Range.fileStart(path);
        }
        return PlanStreamReader.locate(path, at, columns);
    }

    /** True when the first character that is not white space opens a JSON object. */
    private static boolean opensAnObject(SourceFile file) {
        try (Reader r = file.reader()) {
            int c = r.read();
            while (c >= 0 && Character.isWhitespace(c)) {
                c = r.read();
            }
            return c == '{';
        } catch (IOException e) {
            return true; // undecodable from the start: let the parse report where
        }
    }

    private static int bomLength(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    private static void close(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                // reading from memory: nothing to release
            }
        }
    }
}
