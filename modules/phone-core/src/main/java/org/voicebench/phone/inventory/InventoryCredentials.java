package org.voicebench.phone.inventory;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.voicebench.phone.CredentialsProvider;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneCredentials;

/**
 * Credentials from the phone list (the user, per phone or per group) and a {@link SecretStore} (the
 * password), read at each request so that edits apply at once. A phone without a user or without
 * a stored password gets no credentials, and the phone answers with an authentication failure.
 */
public final class InventoryCredentials implements CredentialsProvider {

    private final Supplier<PhoneInventory> inventory;
    private final SecretStore secrets;
    private final boolean phonesOwnOnly;

    public InventoryCredentials(Supplier<PhoneInventory> inventory, SecretStore secrets) {
        this(inventory, secrets, false);
    }

    private InventoryCredentials(Supplier<PhoneInventory> inventory, SecretStore secrets, boolean phonesOwnOnly) {
        this.inventory = Objects.requireNonNull(inventory, "inventory");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.phonesOwnOnly = phonesOwnOnly;
    }

    /** Only the credentials set on the phone itself, never its group's: for what must win over a group's. */
    public static InventoryCredentials phonesOwn(Supplier<PhoneInventory> inventory, SecretStore secrets) {
        return new InventoryCredentials(inventory, secrets, true);
    }

    @Override
    public Optional<PhoneCredentials> credentialsFor(PhoneAddress phone) {
        PhoneInventory list = inventory.get();
        if (phonesOwnOnly && list.find(phone).map(e -> e.user().isEmpty()).orElse(true)) {
            return Optional.empty();
        }
        Optional<String> user = list.userFor(phone);
        Optional<String> key = list.secretKey(phone);
        if (user.isEmpty() || key.isEmpty()) {
            return Optional.empty();
        }
        char[] password = secrets.read(key.get());
        if (password == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PhoneCredentials(user.get(), password));
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
