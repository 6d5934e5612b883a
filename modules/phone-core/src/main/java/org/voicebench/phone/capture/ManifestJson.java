package org.voicebench.phone.capture;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code capture.json}, written and read as a JSON tree so that every problem in a hand-edited or
 * truncated file is named by its field:
 * <pre>{@code
 * {"format": "voicebench-capture/1", "captured": "2025-01-31T10:00:00Z", "address": "10.1.2.3",
 *  "tool": "voicebench-cli 0.1.0", "user": true,
 *  "answers": [{"path": "/DeviceInformationX", "status": 200, "contentType": "text/xml",
 *               "file": "01-DeviceInformationX.xml", "bytes": 659, "sha256": "..."}],
 *  "failures": [{"path": "/CGI/Screenshot", "failure": "CONNECTION_DROPPED", "message": "..."}]}
 * }</pre>
 * Fields unknown to this version are ignored: version 1 only ever gains fields.
 */
final class ManifestJson {

    /** The entry's name in the zip. */
    static final String ENTRY = "capture.json";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private ManifestJson() {
    }

    static byte[] write(CaptureManifest m) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", CaptureManifest.FORMAT);
        root.put("captured", m.captured().toString());
        root.put("address", m.address());
        root.put("tool", m.tool());
        root.put("user", m.credentialsSent());
        var answers = root.putArray("answers");
        for (CaptureManifest.Answer a : m.answers()) {
            answers.addObject().put("path", a.path()).put("status", a.status()).put("contentType", a.contentType())
                    .put("file", a.file()).put("bytes", a.bytes()).put("sha256", a.sha256());
        }
        var failures = root.putArray("failures");
        for (CaptureManifest.Failure f : m.failures()) {
            failures.addObject().put("path", f.path()).put("failure", f.failure()).put("message", f.message());
        }
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree of strings and numbers always serialises", e);
        }
    }

    static CaptureManifest read(byte[] json, String source) throws CaptureFormatException {
        return new Reader(source).manifest(json);
    }

    /** One file's reading, so that every problem names the file and the entry. */
    private record Reader(String source) {

        CaptureManifest manifest(byte[] json) throws CaptureFormatException {
            JsonNode root;
            try {
                root = MAPPER.readTree(json);
            } catch (JsonProcessingException e) {
                throw problem("not valid JSON: " + e.getOriginalMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a byte array cannot fail to be read
            }
            if (root == null || !root.isObject()) {
                throw problem("must hold one JSON object with \"format\": \"" + CaptureManifest.FORMAT + "\"", null);
            }
            String format = text(root, "format", "");
            if (!format.equals(CaptureManifest.FORMAT)) {
                throw problem("format \"" + format + "\" is not supported; this version reads " + CaptureManifest.FORMAT, null);
            }
            Instant captured;
            try {
                captured = Instant.parse(text(root, "captured", ""));
            } catch (DateTimeParseException e) {
                throw problem("\"captured\" is not an ISO-8601 time such as 2025-01-31T10:00:00Z", e);
            }
            JsonNode user = root.get("user");
            if (user == null || !user.isBoolean()) {
                throw problem("\"user\" must be true or false", null);
            }
            List<CaptureManifest.Answer> answers = new ArrayList<>();
            int i = 0;
            for (JsonNode a : array(root, "answers")) {
                answers.add(answer(a, "answers[" + i++ + "]"));
            }
            List<CaptureManifest.Failure> failures = new ArrayList<>();
            i = 0;
            for (JsonNode f : array(root, "failures")) {
                String at = "failures[" + i++ + "]";
                failures.add(new CaptureManifest.Failure(path(f, at), text(f, "failure", at),
                        text(f, "message", at)));
            }
            return new CaptureManifest(captured, text(root, "address", ""), text(root, "tool", ""), user.asBoolean(),
                    answers, failures);
        }

        private CaptureManifest.Answer answer(JsonNode a, String at) throws CaptureFormatException {
            JsonNode status = a.get("status");
            if (status == null || !status.canConvertToInt() || status.asInt() < 100 || status.asInt() > 599) {
                throw problem(at + ": \"status\" must be an HTTP status (100..599)", null);
            }
            JsonNode type = a.get("contentType");
            if (type != null && !type.isNull() && !type.isTextual()) {
                throw problem(at + ": \"contentType\" must be text or null", null);
            }
            JsonNode bytes = a.get("bytes");
            if (bytes == null || !bytes.canConvertToLong() || bytes.asLong() < 0) {
                throw problem(at + ": \"bytes\" must be a length (0 or more)", null);
            }
            String sha = text(a, "sha256", at);
            if (!SHA256.matcher(sha).matches()) {
                throw problem(at + ": \"sha256\" must be 64 lower-case hex digits", null);
            }
            return new CaptureManifest.Answer(path(a, at), status.asInt(), type == null || type.isNull() ? null : type.asText(),
                    text(a, "file", at), bytes.asLong(), sha);
        }

        private String path(JsonNode n, String at) throws CaptureFormatException {
            String path = text(n, "path", at);
            if (!path.startsWith("/")) {
                throw problem(at + ": \"path\" must start with /, not \"" + path + "\"", null);
            }
            return path;
        }

        private Iterable<JsonNode> array(JsonNode root, String field) throws CaptureFormatException {
            JsonNode a = root.get(field);
            if (a == null || !a.isArray()) {
                throw problem("\"" + field + "\" must be an array", null);
            }
            return a;
        }

        /** A text field of {@code n}; {@code at} names {@code n} in messages (e.g. answers[2]), empty for the top level. */
        private String text(JsonNode n, String name, String at) throws CaptureFormatException {
            JsonNode v = n.get(name);
            if (v == null || !v.isTextual()) {
                throw problem((at.isEmpty() ? "" : at + ": ") + "\"" + name + "\" must be text", null);
            }
            return v.asText();
        }

        private CaptureFormatException problem(String what, Throwable cause) {
            return new CaptureFormatException(source, ENTRY, what, cause);
        }
    }
}
