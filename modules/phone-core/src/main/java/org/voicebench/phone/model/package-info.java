/**
 * Per-model facts as data: {@link org.voicebench.phone.model.ModelProfiles} loads the JSON profiles
 * shipped with this module and the user's corrections; the client and the simulator both read them.
 * Each fact carries an {@link org.voicebench.phone.model.EvidenceLevel}, because most were never
 * confirmed on a real phone of every model, and a user deciding on one must be told so.
 *
 * <p><b>Public API</b> of VoiceBench (docs/writing-a-plugin.md): plugins may use it; its signature is checked in
 * {@code mvn verify} against {@code src/sigtest/phone-core.sigfile}, so a change that breaks a plugin fails the build.
 *
 * @since VoiceBench 0.1 (phone-core 0.1.0)
 */
package org.voicebench.phone.model;
