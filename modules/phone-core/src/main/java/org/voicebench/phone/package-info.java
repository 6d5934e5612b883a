/**
 * The client side of a Cisco IP phone's web interface. One {@link org.voicebench.phone.PhoneClient}
 * per application gives {@link org.voicebench.phone.Phone} handles whose operations (execute one URI,
 * press a key, screenshot, DeviceInformationX, NetworkConfigurationX, ModeInfo) either return a
 * result or throw a {@link org.voicebench.phone.PhoneException} whose
 * {@link org.voicebench.phone.PhoneFailure} says what went wrong. No Swing.
 */
package org.voicebench.phone;
