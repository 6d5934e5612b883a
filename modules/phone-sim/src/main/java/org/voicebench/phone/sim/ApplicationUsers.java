package org.voicebench.phone.sim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The application users of a {@link SimulatedCluster}, as CUCM's database holds them: a password and the
 * controlled devices ({@code associatedDevices}). The lab CTI service ({@link SimulatedCti}) logs them in and
 * lets them control their devices; AXL {@code getAppUser}/{@code updateAppUser} read and replace the list.
 * A device associated now is seen by CTI only after the CTI service's association delay (CUCM's providers
 * see new terminals after a while); a device removed is gone at once. Thread-safe.
 */
public final class ApplicationUsers {

    /** When each device was associated ({@code System.nanoTime()}), by upper-case name, in list order. */
    private record User(String password, Map<String, Long> devices) {
    }

    /** By user id, compared ignoring case as CUCM does. */
    private final Map<String, User> users = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    ApplicationUsers() {
    }

    /**
     * Adds (or replaces) an application user controlling {@code devices} from now on, without the
     * association delay (they were associated before the lab started).
     */
    public synchronized void add(String userid, String password, Collection<String> devices) {
        Objects.requireNonNull(password, "password");
        Map<String, Long> associated = new LinkedHashMap<>();
        long longAgo = System.nanoTime() - Duration.ofDays(1).toNanos();
        for (String d : devices) {
            associated.put(key(d), longAgo);
        }
        users.put(Objects.requireNonNull(userid, "userid").strip(), new User(password, associated));
    }

    /** The user's controlled devices, in order, or empty for a user that does not exist. */
    public synchronized Optional<List<String>> devices(String userid) {
        User u = users.get(userid.strip());
        return u == null ? Optional.empty() : Optional.of(List.copyOf(u.devices().keySet()));
    }

    /**
     * Replaces the whole list of controlled devices, as AXL {@code updateAppUser} does; a device kept keeps its
     * association time, a new one is seen by CTI only after the delay.
     *
     * @return false when no such user exists
     */
    public synchronized boolean replaceDevices(String userid, Collection<String> devices) {
        User u = users.get(userid.strip());
        if (u == null) {
            return false;
        }
        long now = System.nanoTime();
        Map<String, Long> replaced = new LinkedHashMap<>();
        for (String d : devices) {
            replaced.put(key(d), u.devices().getOrDefault(key(d), now));
        }
        u.devices().clear();
        u.devices().putAll(replaced);
        return true;
    }

    /** The user ids, sorted. */
    public synchronized List<String> userids() {
        return new ArrayList<>(users.keySet());
    }

    /** True for an existing user with that very password (compared in constant time). */
    synchronized boolean login(String userid, String password) {
        User u = users.get(userid.strip());
        return u != null && password != null && MessageDigest.isEqual(u.password().getBytes(StandardCharsets.UTF_8),
                password.getBytes(StandardCharsets.UTF_8));
    }

    /** True when the user controls the device and was associated with it at least {@code delay} ago. */
    synchronized boolean controls(String userid, String device, Duration delay) {
        User u = users.get(userid.strip());
        Long since = u == null ? null : u.devices().get(key(device));
        return since != null && System.nanoTime() - since >= delay.toNanos();
    }

    /** Device names compared in upper case (CUCM's {@code SEP<MAC>} are). */
    private static String key(String name) {
        return name.strip().toUpperCase(Locale.ROOT);
    }
}
