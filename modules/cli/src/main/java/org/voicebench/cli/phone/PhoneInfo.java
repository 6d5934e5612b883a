package org.voicebench.cli.phone;

import org.voicebench.phone.DeviceInformation;
import org.voicebench.phone.ModeInfo;
import org.voicebench.phone.NetworkSetup;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.model.ModelProfile;

/**
 * What {@code phone info} read from one phone. The public pages always; the screen only with credentials.
 *
 * @param address     the phone
 * @param profile     the model profile from {@code --model} or the reported model number; null when none matches
 * @param device      {@code /DeviceInformationX}
 * @param network     the Network setup page (HTML; its XML form when the HTML page could not be read), or null
 * @param networkNote why the network page is missing or incomplete, or null
 * @param screen      ModeInfo, or null when it was not read
 * @param screenNote  why the screen was not read (no --user, refused, ...), or null
 */
record PhoneInfo(PhoneAddress address, ModelProfile profile, DeviceInformation device, NetworkSetup network,
                 String networkNote, ModeInfo screen, String screenNote) {
}
