package org.voicebench.remote.ui;

import org.voicebench.phone.inventory.SecretStore;
import org.voicebench.ui.KeyringSecrets;

/** Phone passwords in the NetBeans Keyring: ui-kit's {@link KeyringSecrets} as phone-core's {@link SecretStore}. */
final class KeyringStore extends KeyringSecrets implements SecretStore {
}
