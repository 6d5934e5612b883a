package org.voicebench.phone.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Turns one merged profile object into a checked {@link ModelProfile}. */
final class ProfileReader {

    static final Pattern KEY_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern PATH = Pattern.compile("/\\S*");
    private static final Pattern STEP = Pattern.compile("(Key|Init):[A-Za-z][A-Za-z0-9_]*|Pause:[0-9]{1,6}");
    private static final int MAX_SCREEN = 4096;

    private final String source;
    private final ObjectNode node;

    private ProfileReader(String source, ObjectNode node) {
        this.source = source;
        this.node = node;
    }

    static ModelProfile read(String source, ObjectNode node) throws ModelProfileException {
        return new ProfileReader(source, node).read();
    }

    private ModelProfile read() throws ModelProfileException {
        String model = text(node, "model", true);
        PhoneFamily family = enumValue(PhoneFamily.class, text(node, "family", true), "family");
        JsonNode screen = node.get("screen");
        if (screen == null || !screen.isObject()) {
            throw problem("\"screen\" is missing or not an object");
        }
        int width = integer(screen, "screen.width", 1, MAX_SCREEN, -1);
        int height = integer(screen, "screen.height", 1, MAX_SCREEN, -1);
        ImageFormat format = enumValue(ImageFormat.class, text(screen, "format", true), "screen.format");
        int grayLevels = integer(screen, "screen.grayLevels", 0, 256, 0);
        int lineKeys = integer(node, "lineKeys", 0, 120, 0);
        int softKeys = integer(node, "softKeys", 0, 5, 0);

        Set<String> keys = new LinkedHashSet<>();
        keys.addAll(keyList("fixedKeys"));
        keys.addAll(keyList("navKeys"));
        for (int i = 1; i <= softKeys; i++) {
            keys.add("Soft" + i);
        }
        for (int i = 1; i <= lineKeys; i++) {
            keys.add("Line" + i);
        }
        for (int i = 0; i <= 9; i++) {
            keys.add("KeyPad" + i);
        }
        keys.add("KeyPadStar");
        keys.add("KeyPadPound");

        Map<String, String> aliases = new LinkedHashMap<>();
        JsonNode aliasNode = node.get("keyAliases");
        if (aliasNode != null && !aliasNode.isObject()) {
            throw problem("\"keyAliases\" must be an object mapping another name to this model's key");
        }
        if (aliasNode != null) {
            for (Map.Entry<String, JsonNode> e : aliasNode.properties()) {
                String target = e.getValue().asText();
                if (!keys.contains(target)) {
                    throw problem("key alias \"" + e.getKey() + "\" points at \"" + target + "\", a key model " + model + " does not have");
                }
                aliases.put(e.getKey(), target);
            }
        }

        List<String> steps = stringList("itlEraseSequence");
        for (String step : steps) {
            if (!STEP.matcher(step).matches()) {
                throw problem("itlEraseSequence step \"" + step + "\" is not Key:<name>, Init:<name> or Pause:<milliseconds>");
            }
            if (step.startsWith("Key:") && !keys.contains(step.substring(4))) {
                throw problem("itlEraseSequence presses \"" + step.substring(4) + "\", a key model " + model + " does not have");
            }
        }

        return new ModelProfile(model, text(node, "displayName", false), stringList("modelNumbers"), family,
                width, height, format, grayLevels, lineKeys, softKeys, keys, aliases,
                bool(node, "securityUnlockRequired", false), bool(node, "bluetooth", false), steps,
                path("modeInfoPath"), path("networkSetupPath"), menuLabels(), personalization(), evidence(),
                text(node, "notes", false));
    }

    private Personalization personalization() throws ModelProfileException {
        Personalization.Background background = null;
        JsonNode b = node.get("background");
        if (b != null && !b.isNull()) {
            if (!b.isObject()) {
                throw problem("\"background\" must be an object: {\"width\", \"height\", \"depth\", \"grayLevels\", \"thumbnail\": {\"width\", \"height\"}}");
            }
            JsonNode thumb = b.get("thumbnail");
            if (thumb == null || !thumb.isObject()) {
                throw problem("\"background.thumbnail\" is missing or not an object with \"width\" and \"height\"");
            }
            background = new Personalization.Background(integer(b, "background.width", 1, MAX_SCREEN, -1),
                    integer(b, "background.height", 1, MAX_SCREEN, -1), integer(b, "background.depth", 1, 32, -1),
                    integer(b, "background.grayLevels", 0, 256, 0), integer(thumb, "background.thumbnail.width", 1, MAX_SCREEN, -1),
                    integer(thumb, "background.thumbnail.height", 1, MAX_SCREEN, -1));
        }
        List<String> tones = stringList("ringTones");
        for (String t : tones) {
            if (!t.equals(Personalization.RAW) && !t.equals(Personalization.RWB)) {
                throw problem("\"ringTones\" holds \"" + t + "\"; ring tone forms are \"raw\" and \"rwb\"");
            }
        }
        String refusal = text(node, "personalizationRefusal", false);
        Pattern pattern = null;
        if (refusal != null) {
            try {
                pattern = Pattern.compile(refusal);
            } catch (PatternSyntaxException e) {
                throw problem("\"personalizationRefusal\" is not a regular expression: " + e.getDescription());
            }
        }
        return new Personalization(background, tones, pattern);
    }

    /** A page path such as {@code /CGI/Java/ModeInfo}, or null when the profile gives none. */
    private String path(String field) throws ModelProfileException {
        String p = text(node, field, false);
        if (p != null && !PATH.matcher(p).matches()) {
            throw problem("\"" + field + "\" must be a path starting with / and without spaces, found \"" + p + "\"");
        }
        return p;
    }

    private Map<String, List<String>> menuLabels() throws ModelProfileException {
        JsonNode n = node.get("menuLabels");
        Map<String, List<String>> menus = new LinkedHashMap<>();
        if (n == null) {
            return menus;
        }
        if (!n.isObject()) {
            throw problem("\"menuLabels\" must be an object mapping a menu title to the labels of its items");
        }
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            List<String> items = new ArrayList<>();
            if (!e.getValue().isArray()) {
                throw problem("menuLabels \"" + e.getKey() + "\" must be an array of item labels");
            }
            for (JsonNode item : e.getValue()) {
                if (!item.isTextual() || item.asText().isBlank()) {
                    throw problem("menuLabels \"" + e.getKey() + "\" holds " + item + ", which is not an item label");
                }
                items.add(item.asText());
            }
            menus.put(e.getKey(), items);
        }
        return menus;
    }

    private Map<String, EvidenceLevel> evidence() throws ModelProfileException {
        JsonNode n = node.get("evidence");
        Map<String, EvidenceLevel> levels = new LinkedHashMap<>();
        if (n == null) {
            return levels;
        }
        if (!n.isObject()) {
            throw problem("\"evidence\" must be an object mapping a fact to its evidence level");
        }
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            if (!Facts.known(e.getKey())) {
                throw problem("\"evidence\" names \"" + e.getKey() + "\", which is not a profile fact; facts are " + Facts.FIELDS.keySet());
            }
            try {
                levels.put(e.getKey(), EvidenceLevel.parse(e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
            } catch (IllegalArgumentException ex) {
                throw problem("the evidence of \"" + e.getKey() + "\": " + ex.getMessage());
            }
        }
        return levels;
    }

    private List<String> keyList(String field) throws ModelProfileException {
        List<String> list = stringList(field);
        for (String k : list) {
            if (!KEY_NAME.matcher(k).matches()) {
                throw problem("\"" + field + "\" holds \"" + k + "\", which is not a key name (letters, digits, underscore)");
            }
        }
        return list;
    }

    private List<String> stringList(String field) throws ModelProfileException {
        JsonNode n = node.get(field);
        List<String> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (!n.isArray()) {
            throw problem("\"" + field + "\" must be an array of strings");
        }
        for (JsonNode item : n) {
            if (!item.isTextual()) {
                throw problem("\"" + field + "\" must be an array of strings, found " + item);
            }
            out.add(item.asText());
        }
        return out;
    }

    private String text(JsonNode parent, String field, boolean required) throws ModelProfileException {
        JsonNode n = parent.get(field);
        if (n == null) {
            if (required) {
                throw problem("\"" + field + "\" is missing");
            }
            return null;
        }
        if (!n.isTextual() || (required && n.asText().isBlank())) {
            throw problem("\"" + field + "\" must be a non-empty string, found " + n);
        }
        return n.asText();
    }

    private int integer(JsonNode parent, String path, int min, int max, int dflt) throws ModelProfileException {
        String field = path.substring(path.lastIndexOf('.') + 1);
        JsonNode n = parent.get(field);
        if (n == null) {
            if (dflt < 0) {
                throw problem("\"" + path + "\" is missing");
            }
            return dflt;
        }
        if (!n.isInt() || n.asInt() < min || n.asInt() > max) {
            throw problem("\"" + path + "\" must be a whole number from " + min + " to " + max + ", found " + n);
        }
        return n.asInt();
    }

    private boolean bool(JsonNode parent, String field, boolean dflt) throws ModelProfileException {
        JsonNode n = parent.get(field);
        if (n == null) {
            return dflt;
        }
        if (!n.isBoolean()) {
            throw problem("\"" + field + "\" must be true or false, found " + n);
        }
        return n.asBoolean();
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) throws ModelProfileException {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (E c : type.getEnumConstants()) {
                names.add(c.name());
            }
            throw problem("\"" + field + "\" is \"" + value + "\"; expected one of " + names);
        }
    }

    private ModelProfileException problem(String what) {
        return new ModelProfileException(source, what);
    }
}
