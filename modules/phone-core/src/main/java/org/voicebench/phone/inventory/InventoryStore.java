package org.voicebench.phone.inventory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.voicebench.common.AtomicFiles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.voicebench.phone.PhoneAddress;

/**
 * The phone list on disk, as JSON:
 * <pre>{@code
 * {"version": 1,
 *  "phones": [{"address": "10.1.2.3:80", "name": "Lobby", "group": "HQ", "model": "8845", "user": ""}],
 *  "groups": [{"name": "HQ", "user": "phoneadmin"}]}
 * }</pre>
 * Written atomically ({@link AtomicFiles}). There is no password field, and a file carrying one
 * is refused rather than silently keeping a secret in plain text.
 */
public final class InventoryStore {

    public static final int VERSION = 1;
    private static final int MAX_BYTES = 32 << 20;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private InventoryStore() {
    }

    /**
     * Reads the list; a missing file is an empty list.
     *
     * @throws InventoryFormatException naming the file and what is wrong with it
     * @throws IOException when the file cannot be read
     */
    public static PhoneInventory load(Path file) throws IOException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new InventoryFormatException(file.toString(), 0, "larger than " + (MAX_BYTES >> 20) + " MB; not a phone list");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return PhoneInventory.empty();
        }
        return parse(bytes, file.toString());
    }

    /** Writes the list atomically. */
    public static void save(Path file, PhoneInventory inventory) throws IOException {
        AtomicFiles.write(file, toJson(inventory));
    }

    /** The JSON form of the list. */
    public static byte[] toJson(PhoneInventory inventory) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", VERSION);
        ArrayNode phones = root.putArray("phones");
        for (PhoneEntry p : inventory.phones()) {
            phones.addObject().put("address", p.address().toString()).put("name", p.name()).put("group", p.group())
                    .put("model", p.model()).put("user", p.user());
        }
        ArrayNode groups = root.putArray("groups");
        inventory.groupUsers().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> groups.addObject().put("name", e.getKey()).put("user", e.getValue()));
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree of strings", e);
        }
    }

    /** Reads the JSON form; {@code source} names it in errors. */
    public static PhoneInventory parse(byte[] bytes, String source) throws InventoryFormatException {
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new InventoryFormatException(source, 0, "not valid JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new InventoryFormatException(source, 0, "must hold one JSON object with \"phones\"");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isInt() || version.asInt() > VERSION) {
            throw new InventoryFormatException(source, 0, "\"version\" is " + version + "; this VoiceBench reads version " + VERSION);
        }
        List<PhoneEntry> phones = new ArrayList<>();
        int i = 0;
        for (JsonNode p : array(root, "phones", source)) {
            String where = "phones[" + i++ + "]";
            refuseSecrets(p, where, source);
            try {
                phones.add(new PhoneEntry(PhoneAddress.parse(text(p, "address", where, source, true)), text(p, "name", where, source, false),
                        text(p, "group", where, source, false), text(p, "model", where, source, false), text(p, "user", where, source, false)));
            } catch (IllegalArgumentException e) {
                throw new InventoryFormatException(source, 0, where + ": " + e.getMessage(), e);
            }
        }
        Map<String, String> users = new LinkedHashMap<>();
        i = 0;
        for (JsonNode g : array(root, "groups", source)) {
            String where = "groups[" + i++ + "]";
            refuseSecrets(g, where, source);
            users.put(text(g, "name", where, source, true), text(g, "user", where, source, false));
        }
        try {
            return PhoneInventory.of(phones, users);
        } catch (IllegalArgumentException e) {
            throw new InventoryFormatException(source, 0, e.getMessage(), e);
        }
    }

    private static Iterable<JsonNode> array(JsonNode root, String field, String source) throws InventoryFormatException {
        JsonNode n = root.get(field);
        if (n == null) {
            return List.of();
        }
        if (!n.isArray()) {
            throw new InventoryFormatException(source, 0, "\"" + field + "\" must be an array");
        }
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode item : n) {
            if (!item.isObject()) {
                throw new InventoryFormatException(source, 0, "\"" + field + "\" must hold objects, found " + item.getNodeType());
            }
            out.add(item);
        }
        return out;
    }

    private static void refuseSecrets(JsonNode n, String where, String source) throws InventoryFormatException {
        for (var it = n.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (name.toLowerCase(java.util.Locale.ROOT).contains("password")) {
                throw new InventoryFormatException(source, 0, where + " has a \"" + name + "\" field: the phone list never"
                        + " holds passwords (they belong in the keyring); remove the field");
            }
        }
    }

    private static String text(JsonNode parent, String field, String where, String source, boolean required)
            throws InventoryFormatException {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                throw new InventoryFormatException(source, 0, where + ": \"" + field + "\" is missing");
            }
            return "";
        }
        if (!n.isTextual()) {
            throw new InventoryFormatException(source, 0, where + ": \"" + field + "\" must be a string, found " + n.getNodeType());
        }
        return n.asText();
    }
}
