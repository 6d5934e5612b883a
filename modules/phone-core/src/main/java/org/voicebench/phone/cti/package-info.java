/**
 * Key presses over CUCM's CTI (the user's own Cisco JTAPI jar, loaded in a class loader of its own): the CTI
 * transport of the phone client, its settings and its failures.
 *
 * <p><b>Public API</b> of VoiceBench (docs/writing-a-plugin.md): plugins may use it; its signature is checked in
 * {@code mvn verify} against {@code src/sigtest/phone-core.sigfile}, so a change that breaks a plugin fails the build.
 *
 * @since VoiceBench 0.1 (phone-core 0.1.0)
 */
package org.voicebench.phone.cti;
