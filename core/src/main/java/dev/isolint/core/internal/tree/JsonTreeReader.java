package dev.isolint.core.internal.tree;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.isolint.core.internal.tree.Node.Entry;
import dev.isolint.core.internal.tree.Node.MapNode;
import dev.isolint.core.internal.tree.Node.ScalarNode;
import dev.isolint.core.internal.tree.Node.SeqNode;
import dev.isolint.core.model.Range;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a JSON document into a located {@link Node} tree, rejecting duplicate keys. */
public final class JsonTreeReader {

    private final JsonFactory factory;
    private final TreeLimits limits;

    public JsonTreeReader(TreeLimits limits) {
        this.limits = limits;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxDocumentLength(limits.maxDocumentChars())
                        .build())
                .build();
        factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    /**
     * Parses {@code text}, the content of {@code file} (the path its nodes' ranges name); the whole input must be
     * one JSON value.
     */
    public Node read(Path file, String text) throws TreeParseException {
        JsonParser p = null;
        try (JsonParser parser = factory.createParser(text)) {
            p = parser;
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new TreeParseException("empty document", 1, 1);
            }
            Node root = value(file, p, t);
            JsonToken trailing = p.nextToken();
            if (trailing != null) {
                JsonLocation l = p.currentTokenLocation();
                throw new TreeParseException("unexpected content after the end of the document", l.getLineNr(), l.getColumnNr());
            }
            return root;
        } catch (StreamConstraintsException e) {
            JsonLocation l = p == null ? null : p.currentLocation();
            String msg = limits.explain(e.getOriginalMessage());
            throw new TreeParseException(msg, l == null ? 1 : l.getLineNr(), l == null ? 1 : l.getColumnNr());
        } catch (JsonProcessingException e) {
            // Read from a string, so Jackson's columns count characters already.
            JsonLocation l = e.getLocation();
            throw new TreeParseException(JsonErrors.describe(e, "JSON", p, JsonErrors.CHARACTERS),
                    l == null ? 1 : l.getLineNr(), l == null ? 1 : l.getColumnNr());
        } catch (IOException e) {
            throw new TreeParseException(firstLine(e.getMessage()), 1, 1);
        }
    }

    private Node value(Path file, JsonParser p, JsonToken t) throws IOException {
        JsonLocation start = p.currentTokenLocation();
        switch (t) {
            case START_OBJECT: {
                List<Entry> entries = new ArrayList<>();
                JsonToken k;
                while ((k = p.nextToken()) == JsonToken.FIELD_NAME) {
                    JsonLocation kl = p.currentTokenLocation();
                    String key = p.currentName();
                    Range keyRange = new Range(file, kl.getLineNr(), kl.getColumnNr(), kl.getLineNr(),
                            kl.getColumnNr() + key.length() + 2);
                    Node v = value(file, p, p.nextToken());
                    entries.add(new Entry(key, keyRange, v));
                }
                return new MapNode(entries, range(file, start, p), null);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                JsonToken i;
                while ((i = p.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(value(file, p, i));
                }
                return new SeqNode(items, range(file, start, p), null);
            }
            case VALUE_STRING:
                return new ScalarNode(p.getText(), true, range(file, start, p), null);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new ScalarNode(new BigDecimal(p.getText()), false, range(file, start, p), null);
            case VALUE_TRUE:
                return new ScalarNode(Boolean.TRUE, false, range(file, start, p), null);
            case VALUE_FALSE:
                return new ScalarNode(Boolean.FALSE, false, range(file, start, p), null);
            case VALUE_NULL:
                return new ScalarNode(null, false, range(file, start, p), null);
            default:
                throw new JsonParseException(p, "unexpected token " + t);
        }
    }

    private static Range range(Path file, JsonLocation start, JsonParser p) {
        JsonLocation end = p.currentLocation();
        return new Range(file, start.getLineNr(), start.getColumnNr(), end.getLineNr(), end.getColumnNr());
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unreadable document";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
