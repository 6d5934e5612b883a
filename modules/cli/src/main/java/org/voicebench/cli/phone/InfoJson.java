package org.voicebench.cli.phone;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.voicebench.phone.DeviceInformation;
import org.voicebench.phone.ModeInfo;
import org.voicebench.phone.NetworkSetup;
import org.voicebench.phone.TrustFile;

/**
 * The JSON of {@code phone info --json}. Its keys are a contract with scripts: every key below is
 * always present (null when the phone did not send the value); only the {@code fields} and
 * {@code values} maps hold the phone's own labels and element names, which vary by firmware.
 * <pre>
 * { "address", "profile",
 *   "device":  { "macAddress", "hostName", "phoneDN", "appLoadID", "versionID", "modelNumber", "serialNumber", "fields": {} },
 *   "network": { "source", "tftpServer1", "note",
 *                "itl": { "presence", "fileName", "hash", "algorithm", "shown" }, "ctl": { ...the same },
 *                "trust": {}, "fields": {} },
 *   "screen":  { "title", "prompt", "status", "lines": [ { "name", "value" } ], "values": {}, "note" } }
 * </pre>
 * {@code presence} is INSTALLED, NOT_INSTALLED or NOT_SHOWN; {@code algorithm} MD5, SHA1, SHA256 or UNKNOWN;
 * {@code screen.note} says why the screen was not read (no {@code --user}, refused), else null.
 */
final class InfoJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private InfoJson() {
    }

    static String write(PhoneInfo info) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("address", info.address().toString());
        o.put("profile", info.profile() == null ? null : info.profile().model());
        o.set("device", device(info.device()));
        o.set("network", network(info));
        o.set("screen", screen(info));
        try {
            return MAPPER.writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise JSON", e); // a tree of strings always serialises
        }
    }

    private static ObjectNode device(DeviceInformation d) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("macAddress", d.macAddress());
        o.put("hostName", d.hostName());
        o.put("phoneDN", d.phoneDN());
        o.put("appLoadID", d.appLoadID());
        o.put("versionID", d.versionID());
        o.put("modelNumber", d.modelNumber());
        o.put("serialNumber", d.serialNumber());
        o.set("fields", map(d.fields()));
        return o;
    }

    private static ObjectNode network(PhoneInfo info) {
        NetworkSetup n = info.network();
        ObjectNode o = MAPPER.createObjectNode();
        o.put("source", n == null ? null : n.source());
        o.put("tftpServer1", n == null ? null : n.tftpServer1());
        o.put("note", info.networkNote());
        o.set("itl", trustFile(n == null ? TrustFile.NOT_SHOWN : n.itl()));
        o.set("ctl", trustFile(n == null ? TrustFile.NOT_SHOWN : n.ctl()));
        o.set("trust", map(InfoReport.trustRows(n)));
        o.set("fields", map(n == null ? Map.of() : n.rows()));
        return o;
    }

    private static ObjectNode trustFile(TrustFile f) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("presence", f.presence().name());
        o.put("fileName", f.fileName());
        o.put("hash", f.hash());
        o.put("algorithm", f.algorithm().name());
        o.put("shown", f.shown());
        return o;
    }

    private static ObjectNode screen(PhoneInfo info) {
        ModeInfo m = info.screen();
        ObjectNode o = MAPPER.createObjectNode();
        o.put("title", m == null ? null : m.planeTitle());
        o.put("prompt", m == null ? null : m.prompt());
        o.put("status", m == null ? null : m.status());
        ArrayNode lines = o.putArray("lines");
        if (m != null) {
            for (ModeInfo.Field f : m.fields()) {
                lines.addObject().put("name", f.name()).put("value", f.value());
            }
        }
        o.set("values", map(m == null ? Map.of() : m.values()));
        o.put("note", info.screenNote());
        return o;
    }

    private static ObjectNode map(Map<String, String> fields) {
        ObjectNode o = MAPPER.createObjectNode();
        fields.forEach(o::put);
        return o;
    }
}
