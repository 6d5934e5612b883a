/**
 * Window &gt; Phones and the remote views.
 *
 * <ul>
 * <li>{@link org.voicebench.remote.ui.PhoneList}: the engineer's phone list (phone-core's
 *     {@code PhoneInventory}, saved atomically in the user directory) merged with the running
 *     Phone Lab's phones as the "Lab" group ({@link org.voicebench.remote.ui.LabGroup}, which listens
 *     to lab-ui's {@code PhoneLabService}; lab-ui knows nothing of this module), plus the last
 *     probe result per phone.</li>
 * <li>{@link org.voicebench.remote.ui.RemoteServices}: the application's one {@code PhoneClient}
 *     (credentials: the list's user, the password from the NetBeans Keyring through
 *     {@link org.voicebench.remote.ui.KeyringStore}), closed when the application exits.</li>
 * <li>{@link org.voicebench.remote.ui.PhonesPanel} in {@link org.voicebench.remote.ui.PhonesTopComponent}:
 *     the explorer view (group nodes, phone nodes with columns), add/edit/remove, credentials,
 *     CSV import/export, status refresh on a bounded background pool.</li>
 * <li>{@link org.voicebench.remote.ui.RemotePanel} in {@link org.voicebench.remote.ui.RemoteViewTopComponent}
 *     (one per phone): the live screen ({@link org.voicebench.remote.ui.ScreenView}), the model's
 *     keypad ({@link org.voicebench.remote.ui.Keypad}), the Dial and URI fields, device information,
 *     save/copy/capture series and the failure banner ({@link org.voicebench.remote.ui.Banner}).
 *     The network work runs in {@link org.voicebench.remote.ui.RemoteSession} on a per-view
 *     request processor, never on the Swing thread.</li>
 * <li>{@link org.voicebench.remote.ui.api} (the module's only public package): the hooks other modules use
 *     to add toolbar items to every remote view and to see the keys it sends, and to add actions on the
 *     selected phones to the Phones window. This module knows none of its extensions.</li>
 * </ul>
 */
package org.voicebench.remote.ui;
