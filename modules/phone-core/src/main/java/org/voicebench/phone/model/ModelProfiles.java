package org.voicebench.phone.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.voicebench.common.ResourceList;

/**
 * The phone model profiles: JSON files shipped in this module under
 * {@code org/voicebench/phone/model/profiles/}, optionally corrected by the user's own files.
 *
 * <p>Each model's data is layered: the family file ({@code family-CP88XX.json}), then the model
 * file ({@code 8845.json}), then, from the user's directory, {@code family-*.json} and model files.
 * A user file for a known model only needs the fields it changes; a user file for a new model
 * needs at least {@code model}, {@code family} and whatever its family file does not give.
 * Objects merge key by key, arrays and values replace, a JSON {@code null} removes. A user file that
 * changes a fact without stating its {@code evidence} makes that fact {@code assumed}.
 */
public final class ModelProfiles {

    private static final String BASE = "/org/voicebench/phone/model/profiles/";
    private static final String FAMILY_PREFIX = "family-";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static volatile ModelProfiles builtIn;

    private final Map<String, ModelProfile> byModel;
    private final Map<String, ModelProfile> byName;

    private ModelProfiles(Map<String, ModelProfile> byModel) throws ModelProfileException {
        this.byModel = Collections.unmodifiableMap(byModel);
        Map<String, ModelProfile> names = new LinkedHashMap<>();
        for (ModelProfile p : byModel.values()) {
            index(names, p.model(), p);
            for (String n : p.modelNumbers()) {
                index(names, n, p);
            }
        }
        this.byName = names;
    }

    private static void index(Map<String, ModelProfile> names, String name, ModelProfile p) throws ModelProfileException {
        ModelProfile other = names.putIfAbsent(name.toUpperCase(Locale.ROOT), p);
        if (other != null && other != p) {
            throw new ModelProfileException("model " + p.model(), "model number \"" + name + "\" is also claimed by model " + other.model());
        }
    }

    /** The profiles shipped with VoiceBench. A broken shipped file is a build error, hence unchecked. */
    public static ModelProfiles builtIn() {
        ModelProfiles p = builtIn;
        if (p == null) {
            try {
                p = load(null);
            } catch (ModelProfileException e) {
                throw new IllegalStateException("shipped model profile is broken: " + e.getMessage(), e);
            }
            builtIn = p;
        }
        return p;
    }

    /**
     * The shipped profiles corrected and extended by the {@code *.json} files in {@code userDir}
     * (not recursive). A missing directory means no corrections.
     *
     * @throws ModelProfileException naming the file and what is wrong with it
     */
    public static ModelProfiles withOverrides(Path userDir) throws ModelProfileException {
        return load(userDir);
    }

    private static ModelProfiles load(Path userDir) throws ModelProfileException {
        Map<PhoneFamily, Layered> families = new EnumMap<>(PhoneFamily.class);
        for (PhoneFamily f : PhoneFamily.values()) {
            String name = FAMILY_PREFIX + f.name() + ".json";
            families.put(f, new Layered(name + " (built-in)", resource(name)));
        }
        Map<String, Layered> models = new TreeMap<>();
        for (String name : resourceIndex()) {
            Layered l = new Layered(name + " (built-in)", resource(name));
            models.put(modelId(l, name), l);
        }
        if (userDir != null && Files.isDirectory(userDir)) {
            for (Path file : userFiles(userDir)) {
                String fileName = file.getFileName().toString();
                ObjectNode node = Facts.userLayer(parse(file.toString(), read(file)));
                if (fileName.startsWith(FAMILY_PREFIX)) {
                    String familyName = fileName.substring(FAMILY_PREFIX.length(), fileName.length() - ".json".length());
                    PhoneFamily family = familyNamed(familyName, file);
                    families.get(family).add(file.toString(), node);
                } else {
                    Layered user = new Layered(file.toString(), node);
                    String id = modelId(user, fileName);
                    Layered existing = models.get(id);
                    if (existing == null) {
                        models.put(id, user);
                    } else {
                        existing.stack(file.toString(), node);
                    }
                }
            }
        }
        Map<String, ModelProfile> result = new LinkedHashMap<>();
        for (Map.Entry<String, Layered> e : models.entrySet()) {
            Layered model = e.getValue();
            JsonNode familyField = model.node.get("family");
            if (familyField == null || !familyField.isTextual()) {
                throw new ModelProfileException(model.sources, "\"family\" is missing; expected one of " + List.of(PhoneFamily.values()));
            }
            PhoneFamily family = familyNamed(familyField.asText(), null);
            if (family == null) {
                throw new ModelProfileException(model.sources, "\"family\" is \"" + familyField.asText()
                        + "\"; expected one of " + List.of(PhoneFamily.values()));
            }
            Layered base = families.get(family);
            ObjectNode merged = JsonMerge.merge(base.node, model.node);
            merged.put("model", e.getKey());
            result.put(e.getKey(), ProfileReader.read(model.sources + " on " + base.sources, merged));
        }
        return new ModelProfiles(result);
    }

    /** Every profile, ordered by model id. */
    public Collection<ModelProfile> all() {
        return byModel.values();
    }

    /**
     * The profile for a model string as phones and users write it: {@code "8845"},
     * {@code "CP-8845"}, {@code "CP-7965G"}, {@code "Cisco IP Phone 7942"}. Matches a model id or
     * model number ignoring case, else the string's normal form (four digits, {@code CP-}, a trailing
     * {@code G} and dashed suffixes dropped, other letters kept: {@code CP-8851NR} is model
     * {@code 8851NR}, not {@code 8851}).
     */
    public Optional<ModelProfile> find(String reported) {
        if (reported == null || reported.isBlank()) {
            return Optional.empty();
        }
        ModelProfile p = byName.get(reported.trim().toUpperCase(Locale.ROOT));
        return Optional.ofNullable(p != null ? p : byName.get(ModelNames.normalise(reported)));
    }

    /**
     * The one name to show and group a reported model by, so that {@code CP-7945G} from a phone and
     * {@code 7945} from an inventory count as one model: the profile's model id when there is a
     * profile, else the reported string's normal form ({@code CP-7937G} to {@code 7937}); {@code ""}
     * for null or blank.
     */
    public String canonicalModel(String reported) {
        return find(reported).map(ModelProfile::model).orElseGet(() -> ModelNames.normalise(reported));
    }

    /**
     * Like {@link #find(String)}, for callers that need a profile.
     *
     * @throws IllegalArgumentException naming the model and the known ones when there is no profile
     */
    public ModelProfile forModel(String modelNumber) {
        return find(modelNumber).orElseThrow(() -> new IllegalArgumentException(
                "no profile for phone model \"" + modelNumber + "\"; known models: " + String.join(", ", byModel.keySet())
                + " (add a profile file to the model profile directory)"));
    }

    private static PhoneFamily familyNamed(String name, Path file) throws ModelProfileException {
        for (PhoneFamily f : PhoneFamily.values()) {
            if (f.name().equalsIgnoreCase(name)) {
                return f;
            }
        }
        if (file != null) {
            throw new ModelProfileException(file.toString(), "no family \"" + name + "\"; family files are named family-<FAMILY>.json with FAMILY one of "
                    + List.of(PhoneFamily.values()));
        }
        return null;
    }

    private static String modelId(Layered l, String fileName) throws ModelProfileException {
        JsonNode model = l.node.get("model");
        if (model == null) {
            return fileName.substring(0, fileName.length() - ".json".length());
        }
        if (!model.isTextual() || model.asText().isBlank()) {
            throw new ModelProfileException(l.sources, "\"model\" must be a non-empty string, found " + model);
        }
        return model.asText();
    }

    private static List<Path> userFiles(Path dir) throws ModelProfileException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.json")) {
            for (Path p : ds) {
                if (Files.isRegularFile(p)) {
                    files.add(p);
                }
            }
        } catch (IOException e) {
            throw new ModelProfileException(dir.toString(), "cannot list the model profile directory: " + e.getMessage(), e);
        }
        Collections.sort(files);
        return files;
    }

    private static byte[] read(Path file) throws ModelProfileException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ModelProfileException(file.toString(), "cannot read: " + e.getMessage(), e);
        }
    }

    private static ObjectNode parse(String source, byte[] bytes) throws ModelProfileException {
        JsonNode node;
        try {
            node = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new ModelProfileException(source, "not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() != null ? " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() : ""), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a byte array cannot fail for I/O reasons
        }
        if (node == null || !node.isObject()) {
            throw new ModelProfileException(source, "must hold one JSON object");
        }
        return (ObjectNode) node;
    }

    private static ObjectNode resource(String name) throws ModelProfileException {
        try (InputStream in = ModelProfiles.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new ModelProfileException(name + " (built-in)", "missing from the module");
            }
            return parse(name + " (built-in)", in.readAllBytes());
        } catch (IOException e) {
            if (e instanceof ModelProfileException mpe) {
                throw mpe;
            }
            throw new ModelProfileException(name + " (built-in)", "cannot read: " + e.getMessage(), e);
        }
    }

    /** The shipped model files, listed in models.list because a module jar's folders cannot be listed. */
    private static List<String> resourceIndex() throws ModelProfileException {
        try {
            return ResourceList.read(ModelProfiles.class, BASE + "models.list");
        } catch (IOException e) {
            throw new ModelProfileException("models.list (built-in)", "cannot read: " + e.getMessage(), e);
        }
    }

    /** One profile's data with the files it came from, for error messages. */
    private static final class Layered {
        ObjectNode node;
        String sources;

        Layered(String source, ObjectNode node) {
            this.sources = source;
            this.node = node;
        }

        /** A user's family file on the family's data: its nulls remove keys at once. */
        void add(String source, ObjectNode top) {
            node = JsonMerge.merge(node, top);
            sources = sources + " + " + source;
        }

        /** A user's model file on the shipped model's data: its nulls stay, to remove what the family gives. */
        void stack(String source, ObjectNode top) {
            node = JsonMerge.stack(node, top);
            sources = sources + " + " + source;
        }
    }
}
