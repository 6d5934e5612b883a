package org.voicebench.phone.sim;

import org.voicebench.phone.model.ModelProfile;
import org.voicebench.phone.model.PhoneFamily;

/**
 * What the firmware load the simulator gives a model changes in its menus. On real phones item
 * positions move with the load (the field has seen 5,4,5 / 5,4,2 / 6,4,1 on 88xx), so the lab gives
 * some models another load than the rest: a client that counts positions instead of reading labels
 * reaches the wrong item. Simulator data, deliberately not in phone-core's model profiles, which hold
 * model facts.
 *
 * @param accessories the Applications menu lists Accessories (newer loads; the 8861's older one and the
 *        8831/8832 conference phones' do not)
 * @param securitySetup Admin settings lists Security setup before Reset settings (the 7841's load does not,
 *        so Reset settings is item 3 there)
 * @param callPreferencesFirst the 79xx Settings menu starts with Call Preferences (the 7975's load), which
 *        moves Security Configuration to item 5
 */
record MenuFirmware(boolean accessories, boolean securitySetup, boolean callPreferencesFirst) {

    static MenuFirmware of(ModelProfile model) {
        String m = model.model();
        boolean accessories = !m.equals("8861") && model.family() != PhoneFamily.CP883X;
        return new MenuFirmware(accessories, !m.equals("7841"), m.equals("7975"));
    }
}
