package org.voicebench.cli.phone;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.voicebench.phone.DeviceInformation;
import org.voicebench.phone.ModeInfo;

/**
 * The JSON of {@code phone info --json}. Its keys are a contract with scripts: every key below is
 * always present (null when the phone did not send the value); only the {@code fields} and
 * {@code values} maps hold the phone's own element names, which vary by firmware.
 * <pre>
 * { "address", "profile",
 *   "device":  { "macAddress", "hostName", "phoneDN", "appLoadID", "versionID", "modelNumber", "serialNumber", "fields": {} },
 *   "network": { "trust": {}, "fields": {} },
 *   "screen":  { "title", "prompt", "status", "lines": [ { "name", "value" } ], "values": {} } }
 * </pre>
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
        ObjectNode network = o.putObject("network");
        network.set("trust", map(info.network().trustFields()));
        network.set("fields", map(info.network().fields()));
        o.set("screen", screen(info.screen()));
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

    private static ObjectNode screen(ModeInfo m) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("title", m.planeTitle());
        o.put("prompt", m.prompt());
        o.put("status", m.status());
        ArrayNode lines = o.putArray("lines");
        for (ModeInfo.Field f : m.fields()) {
            lines.addObject().put("name", f.name()).put("value", f.value());
        }
        o.set("values", map(m.values()));
        return o;
    }

    private static ObjectNode map(Map<String, String> fields) {
        ObjectNode o = MAPPER.createObjectNode();
        fields.forEach(o::put);
        return o;
    }
}
