package org.voicebench.phone.inventory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.voicebench.phone.PhoneAddress;

/**
 * An immutable list of phones (one entry per address, in the order added) and the user of each
 * group. Change it with the {@code with...} methods, which return a new inventory.
 *
 * <p>Credentials: a phone's own user wins; else its group's user. The password for that user is
 * kept outside, in a {@link SecretStore}, under {@link #secretKey(PhoneAddress)}.
 */
public final class PhoneInventory {

    private static final PhoneInventory EMPTY = new PhoneInventory(new LinkedHashMap<>(), new TreeMap<>());

    private final Map<PhoneAddress, PhoneEntry> phones;
    private final Map<String, String> groupUsers;

    private PhoneInventory(Map<PhoneAddress, PhoneEntry> phones, Map<String, String> groupUsers) {
        this.phones = phones;
        this.groupUsers = groupUsers;
    }

    public static PhoneInventory empty() {
        return EMPTY;
    }

    /**
     * An inventory of these phones and group users.
     *
     * @throws IllegalArgumentException when two entries have the same address
     */
    public static PhoneInventory of(Collection<PhoneEntry> entries, Map<String, String> groupUsers) {
        Map<PhoneAddress, PhoneEntry> map = new LinkedHashMap<>();
        for (PhoneEntry e : entries) {
            if (map.putIfAbsent(e.address(), e) != null) {
                throw new IllegalArgumentException("phone " + e.address() + " is listed twice");
            }
        }
        Map<String, String> users = new TreeMap<>();
        groupUsers.forEach((g, u) -> putGroupUser(users, g, u));
        return new PhoneInventory(map, users);
    }

    /** Every phone, in the order added. */
    public List<PhoneEntry> phones() {
        return List.copyOf(phones.values());
    }

    public int size() {
        return phones.size();
    }

    public Optional<PhoneEntry> find(PhoneAddress address) {
        return Optional.ofNullable(phones.get(address));
    }

    /** The group names in use (phones' groups and groups with a user), sorted; "" is the phones without a group. */
    public List<String> groups() {
        TreeSet<String> names = new TreeSet<>(groupUsers.keySet());
        phones.values().forEach(p -> names.add(p.group()));
        return List.copyOf(names);
    }

    /** The phones of one group, in the order added. */
    public List<PhoneEntry> inGroup(String group) {
        return phones.values().stream().filter(p -> p.group().equals(group)).toList();
    }

    /** Users set per group. */
    public Map<String, String> groupUsers() {
        return Map.copyOf(groupUsers);
    }

    /** The user set for a group, or "". */
    public String groupUser(String group) {
        return groupUsers.getOrDefault(group, "");
    }

    /** Adds the phone, or replaces the entry with the same address (keeping its position). */
    public PhoneInventory with(PhoneEntry entry) {
        Map<PhoneAddress, PhoneEntry> map = new LinkedHashMap<>(phones);
        map.put(entry.address(), entry);
        return new PhoneInventory(map, groupUsers);
    }

    /** {@link #with(PhoneEntry)} for each entry: an import adds new phones and updates known ones. */
    public PhoneInventory withAll(Collection<PhoneEntry> entries) {
        Map<PhoneAddress, PhoneEntry> map = new LinkedHashMap<>(phones);
        entries.forEach(e -> map.put(e.address(), e));
        return new PhoneInventory(map, groupUsers);
    }

    /** Replaces an entry whose address changed (edit): the old address goes, the new entry takes its place. */
    public PhoneInventory replacing(PhoneAddress old, PhoneEntry entry) {
        Map<PhoneAddress, PhoneEntry> map = new LinkedHashMap<>();
        boolean placed = false;
        for (PhoneEntry e : phones.values()) {
            if (e.address().equals(old)) {
                map.put(entry.address(), entry);
                placed = true;
            } else if (!e.address().equals(entry.address())) {
                map.put(e.address(), e);
            }
        }
        if (!placed) {
            map.put(entry.address(), entry);
        }
        return new PhoneInventory(map, groupUsers);
    }

    public PhoneInventory without(PhoneAddress address) {
        Map<PhoneAddress, PhoneEntry> map = new LinkedHashMap<>(phones);
        map.remove(address);
        return new PhoneInventory(map, groupUsers);
    }

    /** Removes every phone of a group (and its user). */
    public PhoneInventory withoutGroup(String group) {
        Map<PhoneAddress, PhoneEntry> map = new LinkedHashMap<>(phones);
        map.values().removeIf(p -> p.group().equals(group));
        Map<String, String> users = new TreeMap<>(groupUsers);
        users.remove(group);
        return new PhoneInventory(map, users);
    }

    /** Sets the user of a group ("" removes it). */
    public PhoneInventory withGroupUser(String group, String user) {
        Map<String, String> users = new TreeMap<>(groupUsers);
        putGroupUser(users, group, user);
        return new PhoneInventory(phones, users);
    }

    /** The user for a phone: its own, else its group's; empty when neither is set or the phone is not listed. */
    public Optional<String> userFor(PhoneAddress address) {
        PhoneEntry e = phones.get(address);
        if (e == null) {
            return Optional.empty();
        }
        String u = e.user().isEmpty() ? groupUser(e.group()) : e.user();
        return u.isEmpty() ? Optional.empty() : Optional.of(u);
    }

    /**
     * The key the password for this phone's user is stored under: {@link #phoneSecretKey} when the
     * phone has its own user, {@link #groupSecretKey} when it uses its group's; empty without a user.
     */
    public Optional<String> secretKey(PhoneAddress address) {
        PhoneEntry e = phones.get(address);
        if (e == null || userFor(address).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(e.user().isEmpty() ? groupSecretKey(e.group()) : phoneSecretKey(address));
    }

    /** The secret-store key of a phone's own password. */
    public static String phoneSecretKey(PhoneAddress address) {
        return "voicebench.phone.password." + address;
    }

    /** The secret-store key of a group's password. */
    public static String groupSecretKey(String group) {
        return "voicebench.phone.group.password." + group;
    }

    private static void putGroupUser(Map<String, String> users, String group, String user) {
        Objects.requireNonNull(group, "group");
        String u = user == null ? "" : user.strip();
        if (u.indexOf(':') >= 0 || u.chars().anyMatch(c -> c < ' ')) {
            throw new IllegalArgumentException("group \"" + group + "\": user \"" + u + "\" must not contain ':' or control characters");
        }
        if (u.isEmpty()) {
            users.remove(group.strip());
        } else {
            users.put(group.strip(), u);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PhoneInventory i && new ArrayList<>(i.phones.values()).equals(new ArrayList<>(phones.values()))
                && i.groupUsers.equals(groupUsers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(new ArrayList<>(phones.values()), groupUsers);
    }

    @Override
    public String toString() {
        return "PhoneInventory[" + phones.size() + " phones, groups " + groups() + "]";
    }
}
