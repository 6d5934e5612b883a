package org.voicebench.readiness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.voicebench.common.AtomicFiles;

/**
 * The access campaign's memory: every phone's original configuration, written <b>before</b> CUCM is changed, then
 * each phone's state after every step, always replaced atomically (a killed run leaves the previous whole file). A
 * later run resumes from it, and {@code restore} puts every phone back from it. No password is ever in it.
 *
 * <pre>
 * {"format": "voicebench-access-journal/1", "cucm": HOST, "created": ISO-8601,
 *  "phones": [{"device", "address", "original": {element: value, ...}, "desired": {...}, "changes": [...],
 *              "state", "note"}]}
 * </pre>
 */
public final class CampaignJournal {

    public static final String FORMAT = "voicebench-access-journal/1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final String cucm;
    private final Instant created;
    private final Map<String, CampaignPhone> phones = new LinkedHashMap<>();

    private CampaignJournal(Path file, String cucm, Instant created, List<CampaignPhone> phones) {
        this.file = file;
        this.cucm = cucm;
        this.created = created;
        phones.forEach(p -> this.phones.put(p.device(), p));
    }

    /**
     * Writes a new journal with every phone's original configuration.
     *
     * @throws IOException when it cannot be written (then nothing may be changed on CUCM)
     */
    public static CampaignJournal create(Path file, String cucm, List<CampaignPhone> phones) throws IOException {
        CampaignJournal j = new CampaignJournal(Objects.requireNonNull(file, "file"), cucm, Instant.now(), phones);
        j.save();
        return j;
    }

    /** @throws ReadinessInputException naming the file and what is wrong with it */
    public static CampaignJournal load(Path file) throws ReadinessInputException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new ReadinessInputException(file + ": no such journal", e);
        } catch (IOException e) {
            throw new ReadinessInputException(file + ": not a readable journal: " + e.getMessage(), e);
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new ReadinessInputException(file + ": not an access journal (format " + FORMAT + ")", null);
        }
        List<CampaignPhone> phones = new ArrayList<>();
        for (JsonNode p : root.path("phones")) {
            String device = p.path("device").asText("");
            if (device.isEmpty() || !p.path("original").isObject()) {
                throw new ReadinessInputException(file + ": a phone without its device name or original configuration", null);
            }
            CampaignState state;
            try {
                state = CampaignState.valueOf(p.path("state").asText());
            } catch (IllegalArgumentException e) {
                throw new ReadinessInputException(file + ": phone " + device + " has the unknown state '"
                        + p.path("state").asText() + "'", e);
            }
            List<String> changes = new ArrayList<>();
            p.path("changes").forEach(c -> changes.add(c.asText()));
            phones.add(new CampaignPhone(device, p.path("address").asText(""), map(p.path("original")),
                    map(p.path("desired")), changes, state, p.path("note").asText("")));
        }
        Instant created;
        try {
            created = Instant.parse(root.path("created").asText());
        } catch (RuntimeException e) {
            created = Instant.EPOCH;
        }
        return new CampaignJournal(file, root.path("cucm").asText(""), created, phones);
    }

    public Path file() {
        return file;
    }

    /** The publisher the campaign ran on. */
    public String cucm() {
        return cucm;
    }

    public Instant created() {
        return created;
    }

    public synchronized List<CampaignPhone> phones() {
        return List.copyOf(phones.values());
    }

    /** Records a phone's new state (replacing the file). */
    public synchronized void record(CampaignPhone phone) throws IOException {
        if (!phones.containsKey(phone.device())) {
            throw new IllegalArgumentException(phone.device() + " is not in the journal " + file);
        }
        phones.put(phone.device(), phone);
        save();
    }

    private void save() throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("cucm", cucm == null ? "" : cucm);
        root.put("created", created.toString());
        ArrayNode list = root.putArray("phones");
        for (CampaignPhone p : phones.values()) {
            ObjectNode n = list.addObject();
            n.put("device", p.device());
            n.put("address", p.address());
            ObjectNode original = n.putObject("original");
            p.original().forEach(original::put);
            ObjectNode desired = n.putObject("desired");
            p.desired().forEach(desired::put);
            ArrayNode changes = n.putArray("changes");
            p.changes().forEach(changes::add);
            n.put("state", p.state().name());
            n.put("note", p.note());
        }
        AtomicFiles.write(file, JSON.writeValueAsString(root) + "\n");
    }

    private static Map<String, String> map(JsonNode n) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), e.getValue().asText());
        }
        return out;
    }
}
