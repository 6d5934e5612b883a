/**
 * Backgrounds and ring tones in the workbench, through remote-ui's hook (remote-ui does not know this module); the
 * work is personalize-core's.
 *
 * <ul>
 * <li>{@link org.voicebench.personalize.ui.PersonalizeExtension}: Personalize&hellip; on the phones selected in the
 *     Phones window opens a {@code PersonalizeTopComponent}.</li>
 * <li>{@code PersonalizePanel} shows the choices (picture, ring tone, fit, serve address, and where CTI is configured
 *     how the objects go), a preview per model of the selection (the rendering the phones get, 4 grey levels on the
 *     7941/61), the push's progress and a results table with Retry Failed and Export; it only renders state.</li>
 * <li>{@code PersonalizeSession} holds that state without Swing: it reads the files, renders the previews, runs the
 *     push on a background thread with its own file server and (when chosen) CTI provider, keeps each phone's latest
 *     result across retries, cancels and exports; it is tested without a window.</li>
 * </ul>
 */
package org.voicebench.personalize.ui;
