package org.voicebench.macro.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.voicebench.macro.Macro;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.model.ModelProfiles;

/**
 * Runs a macro on a list of phones: at most {@link PlayerSettings#concurrency()} phones at once, the steps
 * of one phone in order with one URI per request and the macro's delays, every phone ending in an
 * {@link Outcome}. Delays are scheduled, not slept: the player uses one small thread pool whatever the
 * number of phones.
 *
 * <pre>{@code
 * MacroPlayer player = new MacroPlayer(client, ModelProfiles.builtIn(), PlayerSettings.defaults());
 * MacroRun run = player.start(MacroLibrary.builtIn("erase-itl").orElseThrow(), phones,
 *         RunOptions.defaults().withJournal(journal, false).withConfirmation());
 * List<PhoneResult> results = run.await();
 * }</pre>
 */
public final class MacroPlayer {

    private final PhoneClient client;
    private final ModelProfiles profiles;
    private final PlayerSettings settings;

    /**
     * @param client   the client the requests go through; its connection limit should be at least the concurrency
     * @param profiles to pick each phone's variant from the model it reports
     */
    public MacroPlayer(PhoneClient client, ModelProfiles profiles, PlayerSettings settings) {
        this.client = Objects.requireNonNull(client, "client");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public PlayerSettings settings() {
        return settings;
    }

    /**
     * Starts the macro on the phones and returns at once.
     *
     * @throws IllegalStateException    for a destructive macro without {@link RunOptions#withConfirmation()}
     * @throws IllegalArgumentException when a phone is listed twice
     * @throws IOException              when the journal cannot be read or written, belongs to another macro, or
     *                                  exists although the run is not a resume
     */
    public MacroRun start(Macro macro, List<PhoneEntry> phones, RunOptions options) throws IOException {
        Objects.requireNonNull(macro, "macro");
        if (macro.destructive() && !options.confirmed()) {
            throw new IllegalStateException("macro " + macro.name() + " is destructive: confirm running it on "
                    + phones.size() + " phone(s) first");
        }
        Set<String> seen = new HashSet<>();
        for (PhoneEntry p : phones) {
            if (!seen.add(p.address().toString())) {
                throw new IllegalArgumentException("phone " + p.address() + " is listed twice");
            }
        }
        Journal.State previous = null;
        Journal journal = null;
        Path file = options.journal();
        if (file != null) {
            boolean exists = Files.exists(file) && Files.size(file) > 0;
            if (exists && !options.resume()) {
                throw new IOException(file + ": the journal exists; resume that run, or give another journal file");
            }
            if (exists) {
                previous = Journal.read(file);
                if (previous.macro() != null && !previous.macro().equals(macro.name())) {
                    throw new IOException(file + ": the journal is of macro " + previous.macro() + ", not " + macro.name());
                }
            }
            journal = Journal.append(file, macro.name());
        }
        MacroRun run = new MacroRun(macro, List.copyOf(phones), settings, client, profiles, journal, options);
        run.begin(previous == null ? null : previous);
        return run;
    }

    /** The phones of {@code results} that did not succeed, for "Retry failed". */
    public static List<PhoneEntry> failed(List<PhoneEntry> phones, List<PhoneResult> results) {
        Set<String> bad = new HashSet<>();
        for (PhoneResult r : results) {
            if (!r.outcome().succeeded()) {
                bad.add(r.address());
            }
        }
        List<PhoneEntry> out = new ArrayList<>();
        for (PhoneEntry p : phones) {
            if (bad.contains(p.address().toString())) {
                out.add(p);
            }
        }
        return out;
    }
}
