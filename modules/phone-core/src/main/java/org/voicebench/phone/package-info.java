/**
 * The client side of a Cisco IP phone's web interface. One {@link org.voicebench.phone.PhoneClient}
 * per application gives {@link org.voicebench.phone.Phone} handles whose operations (execute one URI,
 * press a key, screenshot, DeviceInformationX, NetworkConfigurationX, ModeInfo) either return a
 * result or throw a {@link org.voicebench.phone.PhoneException} whose
 * {@link org.voicebench.phone.PhoneFailure} says what went wrong. No Swing.
 *
 * <p><b>Public API</b> of VoiceBench (docs/writing-a-plugin.md): plugins may use it; its signature is checked in
 * {@code mvn verify} against {@code src/sigtest/phone-core.sigfile}, so a change that breaks a plugin fails the build.
 *
 * @since VoiceBench 0.1 (phone-core 0.1.0)
 */
package org.voicebench.phone;
