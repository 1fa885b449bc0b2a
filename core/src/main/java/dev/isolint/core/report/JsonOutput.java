package dev.isolint.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;

/** The one way the JSON-based reports (json, sarif, gitlab) write: pretty-printed, leaving the writer open. */
final class JsonOutput {

    private JsonOutput() {
    }

    /** A generator on {@code out}; closing it flushes but does not close {@code out}, which the caller owns. */
    static JsonGenerator open(Writer out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.useDefaultPrettyPrinter();
        return g;
    }
}
