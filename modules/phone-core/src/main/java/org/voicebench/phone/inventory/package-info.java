/**
 * The engineer's list of phones, without Swing, for the Phones window, the command line and the
 * macro and audit features: {@link org.voicebench.phone.inventory.PhoneEntry} and
 * {@link org.voicebench.phone.inventory.PhoneInventory} (phones by address, grouped, with a user per
 * phone or per group), {@link org.voicebench.phone.inventory.InventoryCsv} ({@code address,model,name,group,user}),
 * {@link org.voicebench.phone.inventory.InventoryStore} (JSON, written atomically),
 * {@link org.voicebench.phone.inventory.InventoryCredentials} (a {@code CredentialsProvider} reading
 * passwords from a {@link org.voicebench.phone.inventory.SecretStore}) and
 * {@link org.voicebench.phone.inventory.PhoneProbe} (what state a phone is in).
 *
 * <p>No password ever enters these types: the list holds user names only, the password lives in
 * the secret store (the NetBeans Keyring in the application) under
 * {@link org.voicebench.phone.inventory.PhoneInventory#secretKey(org.voicebench.phone.PhoneAddress) a key} naming the phone
 * or the group.
 *
 * <p><b>Public API</b> of VoiceBench (docs/writing-a-plugin.md): plugins may use it; its signature is checked in
 * {@code mvn verify} against {@code src/sigtest/phone-core.sigfile}, so a change that breaks a plugin fails the build.
 *
 * @since VoiceBench 0.1 (phone-core 0.1.0)
 */
package org.voicebench.phone.inventory;
