package org.voicebench.cli;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.voicebench.phone.CredentialsProvider;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneCredentials;
import org.voicebench.phone.inventory.PhoneEntry;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The credentials of a phone list, as {@code macro run} and {@code audit} take them: each phone's own
 * user (the list's user column), else {@code --user}; one password for all, asked for once.
 */
public final class PhoneListCredentials {

    private PhoneListCredentials() {
    }

    /**
     * @param phones      the phones (not empty)
     * @param defaultUser {@code --user}, or null
     * @param listName    where the phones come from, for the message when one has no user
     * @param password    the password for the first user (read from the environment or asked); the array is
     *                    cleared after use
     * @throws ParameterException (a usage error of {@code command}) when a phone has no user and there is no
     *                            {@code --user}, or a user name is unusable
     */
    public static CredentialsProvider of(List<PhoneEntry> phones, String defaultUser, String listName,
            Function<String, char[]> password, CommandLine command) {
        Map<PhoneAddress, String> users = new HashMap<>();
        for (PhoneEntry p : phones) {
            String u = p.user().isEmpty() ? defaultUser : p.user();
            if (u == null) {
                throw new ParameterException(command, "phone " + p.address() + " has no user in " + listName
                        + ": give --user");
            }
            users.put(p.address(), u);
        }
        if (users.isEmpty()) {
            return CredentialsProvider.none();
        }
        char[] secret = password.apply(users.values().iterator().next());
        Map<String, PhoneCredentials> byUser = new HashMap<>();
        try {
            for (String u : users.values()) {
                byUser.computeIfAbsent(u, name -> new PhoneCredentials(name, secret));
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command, "user: " + e.getMessage());
        } finally {
            Arrays.fill(secret, '\0');
        }
        return phone -> Optional.ofNullable(users.get(phone)).map(byUser::get);
    }
}
