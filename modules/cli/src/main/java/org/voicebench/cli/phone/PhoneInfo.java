package org.voicebench.cli.phone;

import org.voicebench.phone.DeviceInformation;
import org.voicebench.phone.ModeInfo;
import org.voicebench.phone.NetworkConfiguration;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.model.ModelProfile;

/**
 * What {@code phone info} read from one phone.
 *
 * @param address the phone
 * @param profile the model profile from {@code --model} or the reported model number; null when none matches
 * @param device  {@code /DeviceInformationX}
 * @param network {@code /NetworkConfigurationX}
 * @param screen  {@code /CGI/Java/ModeInfo}
 */
record PhoneInfo(PhoneAddress address, ModelProfile profile, DeviceInformation device, NetworkConfiguration network, ModeInfo screen) {
}
