package org.voicebench.phone.cti;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.voicebench.common.AtomicFiles;
import org.voicebench.phone.cucm.AxlClient;
import org.voicebench.phone.cucm.CucmException;

/**
 * Least privilege for a run: the run's phones are added to the CTI user's controlled devices, and the user's
 * previous list is put back exactly afterwards. The previous list is written to a journal <em>before</em> CUCM is
 * changed, so a run that is killed still restores it ({@link #restorePending}); roles are never touched.
 */
public final class CtiAssociation {

    static final String FORMAT = "voicebench-cti-association/1";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a journal holds: whose list, on which cluster, as it was, and what the run added. */
    public record Journal(String cucm, String user, List<String> previous, List<String> added, Instant started) {
        public Journal {
            previous = List.copyOf(previous);
            added = List.copyOf(added);
        }
    }

    private final AxlClient axl;
    private final Path journalFile;
    private final Journal journal;
    private boolean restored;

    private CtiAssociation(AxlClient axl, Path journalFile, Journal journal) {
        this.axl = axl;
        this.journalFile = journalFile;
        this.journal = journal;
    }

    /**
     * Adds {@code devices} to {@code user}'s controlled devices for the run.
     *
     * @param cucm the publisher's host, recorded in the journal
     * @throws IllegalStateException when the journal of an earlier run is still there: restore that first
     */
    public static CtiAssociation begin(AxlClient axl, String cucm, String user, Collection<String> devices, Path journalFile)
            throws CucmException, IOException {
        Objects.requireNonNull(axl, "axl");
        if (Files.exists(journalFile)) {
            throw new IllegalStateException("an earlier run's CTI association journal " + journalFile + " was not restored:"
                    + " restore it first, so that the user's original list is not lost");
        }
        List<String> previous = axl.appUserDevices(user);
        Set<String> known = new LinkedHashSet<>();
        previous.forEach(d -> known.add(d.toUpperCase(java.util.Locale.ROOT)));
        List<String> added = new ArrayList<>();
        for (String d : devices) {
            String name = d.strip().toUpperCase(java.util.Locale.ROOT);
            if (!name.isEmpty() && known.add(name)) {
                added.add(name);
            }
        }
        Journal journal = new Journal(cucm, user.strip(), previous, added, Instant.now());
        CtiAssociation a = new CtiAssociation(axl, journalFile, journal);
        if (added.isEmpty()) {
            a.restored = true; // nothing changes at CUCM, nothing to restore
            return a;
        }
        write(journalFile, journal);
        List<String> wanted = new ArrayList<>(previous);
        wanted.addAll(added);
        axl.setAppUserDevices(user, wanted);
        return a;
    }

    /** The devices this run added (the ones the user did not control before). */
    public List<String> added() {
        return journal.added();
    }

    /** Puts the user's previous list back exactly, then removes the journal. Idempotent. */
    public void restore() throws CucmException, IOException {
        if (restored) {
            return;
        }
        axl.setAppUserDevices(journal.user(), journal.previous());
        Files.deleteIfExists(journalFile);
        restored = true;
    }

    /** The journal an interrupted run left, if any. */
    public static Optional<Journal> pending(Path journalFile) throws IOException {
        if (!Files.exists(journalFile)) {
            return Optional.empty();
        }
        return Optional.of(read(journalFile));
    }

    /** Restores what an interrupted run's journal holds, then removes it; false when there was none. */
    public static boolean restorePending(AxlClient axl, Path journalFile) throws CucmException, IOException {
        Optional<Journal> j = pending(journalFile);
        if (j.isEmpty()) {
            return false;
        }
        axl.setAppUserDevices(j.get().user(), j.get().previous());
        Files.deleteIfExists(journalFile);
        return true;
    }

    private static void write(Path file, Journal j) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("cucm", j.cucm());
        root.put("user", j.user());
        ArrayNode previous = root.putArray("previous");
        j.previous().forEach(previous::add);
        ArrayNode added = root.putArray("added");
        j.added().forEach(added::add);
        root.put("started", j.started().toString());
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        AtomicFiles.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root).getBytes(StandardCharsets.UTF_8));
    }

    private static Journal read(Path file) throws IOException {
        JsonNode root = JSON.readTree(Files.readAllBytes(file));
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new IOException(file + " is not a VoiceBench CTI association journal (" + FORMAT + ")");
        }
        return new Journal(root.path("cucm").asText(), root.path("user").asText(), strings(root.path("previous")),
                strings(root.path("added")), Instant.parse(root.path("started").asText(Instant.EPOCH.toString())));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
