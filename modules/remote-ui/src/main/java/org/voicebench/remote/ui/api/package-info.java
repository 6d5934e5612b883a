/**
 * The hooks other modules use to add to the remote views ({@link org.voicebench.remote.ui.api.RemoteViewExtension},
 * which sees the keys a view sends) and to the Phones window
 * ({@link org.voicebench.remote.ui.api.PhonesWindowExtension}, actions on the selected phones with the
 * application's phone client). This module knows none of its extensions.
 *
 * <p><b>Public API</b> of VoiceBench (docs/writing-a-plugin.md): plugins may use it; its signature is checked in
 * {@code mvn verify} against {@code src/sigtest/remote-ui.sigfile}, so a change that breaks a plugin fails the build.
 *
 * @since VoiceBench 0.1 (remote-ui 0.1.0)
 */
package org.voicebench.remote.ui.api;
