package org.voicebench.trust.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.voicebench.trust.SignatureResult;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustListDiff;

/**
 * The JSON of an inspected file and of a diff, shared by the command line
 * ({@code inspect --json}, {@code diff --json}) and the inspector's Export JSON. Keys are a
 * contract with users' scripts: add, never rename. The shapes are written by
 * {@link TrustListJsonWriter}; this class gives them as trees, as text, and the generator that
 * streams them in the same text form.
 */
public final class TrustListJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TrustListJson() {
    }

    /** The object for one file. {@code file} is the path as the user named it. */
    public static ObjectNode inspect(String file, TrustList list, SignatureResult signature) {
        return tree(g -> {
            g.writeStartObject();
            TrustListJsonWriter.inspectFields(g, file, list, signature);
            g.writeEndObject();
        });
    }

    /** The object for a diff: header changes, signer change, records added, removed, changed. */
    public static ObjectNode diff(String oldName, String newName, TrustListDiff d) {
        return tree(g -> TrustListJsonWriter.diff(g, oldName, newName, d));
    }

    /** Pretty-printed JSON text. */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise JSON", e);
        }
    }

    /**
     * A generator writing to {@code out} the same pretty-printed text as {@link #write}. Its
     * {@code flush()} and {@code close()} hand what it holds to {@code out} but neither flush nor
     * close {@code out} (usually standard output, flushed by its owner when it needs to).
     */
    public static JsonGenerator generator(Writer out) throws IOException {
        return MAPPER.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
    }

    /** Tokens written to memory, then read back as the tree they describe. */
    private static ObjectNode tree(Tokens tokens) {
        try (TokenBuffer buffer = new TokenBuffer(MAPPER, false)) {
            tokens.writeTo(buffer);
            return (ObjectNode) MAPPER.readTree(buffer.asParser());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build JSON in memory", e);
        }
    }

    /** Writes one JSON value. */
    @FunctionalInterface
    private interface Tokens {
        void writeTo(JsonGenerator g) throws IOException;
    }
}
