package org.voicebench.remote.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import javax.swing.event.ChangeListener;
import org.openide.util.ChangeSupport;
import org.voicebench.phone.KeyTransport;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.inventory.InventoryStore;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.inventory.PhoneInventory;
import org.voicebench.phone.inventory.PhoneProbe;

/**
 * The phones the Phones window shows: the saved list (written atomically to {@link #file()} on
 * every change, never with a password) merged with the running lab's phones, and the last probe
 * result of each. Thread-safe; listeners are told on the thread that made the change.
 */
final class PhoneList {

    private final Path file;
    private final ChangeSupport changes = new ChangeSupport(this);
    private final Map<PhoneAddress, PhoneProbe.Result> status = new ConcurrentHashMap<>();
    /** How keys last reached each phone (an audit's fix, a macro run, the remote view), in memory only. */
    private final Map<PhoneAddress, KeyTransport> keys = new ConcurrentHashMap<>();
    private PhoneInventory saved;
    private List<PhoneEntry> lab = List.of();
    /** Users given to single lab phones, for the lab's lifetime only (its phones are never saved). */
    private final Map<PhoneAddress, String> labUsers = new HashMap<>();

    private PhoneList(Path file, PhoneInventory saved) {
        this.file = file;
        this.saved = saved;
    }

    /**
     * The list saved in {@code file} (empty when the file does not exist yet).
     *
     * @throws IOException naming the file and what is wrong with it
     */
    static PhoneList load(Path file) throws IOException {
        return new PhoneList(file, InventoryStore.load(file));
    }

    /** A list that starts empty (used when the saved file cannot be read; it is then not overwritten until a change). */
    static PhoneList empty(Path file) {
        return new PhoneList(file, PhoneInventory.empty());
    }

    Path file() {
        return file;
    }

    /** The saved list and the lab's phones not saved under the same address. */
    synchronized PhoneInventory inventory() {
        PhoneInventory all = saved;
        for (PhoneEntry e : lab) {
            if (all.find(e.address()).isEmpty()) {
                String user = labUsers.get(e.address());
                all = all.with(user == null ? e : e.withUser(user));
            }
        }
        return all;
    }

    /** The saved list only. */
    synchronized PhoneInventory saved() {
        return saved;
    }

    /** True when the phone comes from the running lab (and is not saved). */
    synchronized boolean isLab(PhoneAddress address) {
        return saved.find(address).isEmpty() && lab.stream().anyMatch(e -> e.address().equals(address));
    }

    /**
     * Changes the saved list and writes it (call off the Swing thread).
     *
     * @throws IOException when the file cannot be written; the change is kept in memory
     */
    void update(UnaryOperator<PhoneInventory> change) throws IOException {
        PhoneInventory now;
        synchronized (this) {
            saved = Objects.requireNonNull(change.apply(saved));
            now = saved;
        }
        try {
            InventoryStore.save(file, now);
        } finally {
            changes.fireChange();
        }
    }

    /** Replaces the lab's phones (the lab started or stopped); users given to the old lab's phones are forgotten. */
    void setLab(List<PhoneEntry> phones) {
        synchronized (this) {
            lab = List.copyOf(phones);
            labUsers.clear();
        }
        changes.fireChange();
    }

    /**
     * Gives one lab phone a user of its own (its password is then the phone's own, in the keyring), for as
     * long as the lab runs: for a simulated phone that accepts another password than the lab's.
     *
     * @return false when the phone is no longer one of the running lab's
     */
    boolean setLabUser(PhoneAddress address, String user) {
        synchronized (this) {
            if (!isLab(address)) {
                return false;
            }
            labUsers.put(address, user);
        }
        changes.fireChange();
        return true;
    }

    void setStatus(PhoneAddress address, PhoneProbe.Result result) {
        status.put(address, result);
        changes.fireChange();
    }

    /** Notes how keys last reached these phones. */
    void setKeys(Map<PhoneAddress, KeyTransport> used) {
        if (used.isEmpty()) {
            return;
        }
        keys.putAll(used);
        changes.fireChange();
    }

    /** How keys last reached the phone, or empty when none was sent since the application started. */
    Optional<KeyTransport> keys(PhoneAddress address) {
        return Optional.ofNullable(keys.get(address));
    }

    Optional<PhoneProbe.Result> status(PhoneAddress address) {
        return Optional.ofNullable(status.get(address));
    }

    void addChangeListener(ChangeListener l) {
        changes.addChangeListener(l);
    }

    void removeChangeListener(ChangeListener l) {
        changes.removeChangeListener(l);
    }
}
