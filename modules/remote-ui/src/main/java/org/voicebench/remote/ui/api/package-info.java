/**
 * The hooks other modules use to add to the remote views ({@link org.voicebench.remote.ui.api.RemoteViewExtension},
 * which sees the keys a view sends) and to the Phones window
 * ({@link org.voicebench.remote.ui.api.PhonesWindowExtension}, actions on the selected phones with the
 * application's phone client). This module knows none of its extensions.
 */
package org.voicebench.remote.ui.api;
