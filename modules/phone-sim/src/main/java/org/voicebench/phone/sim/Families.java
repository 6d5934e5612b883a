package org.voicebench.phone.sim;

import org.voicebench.phone.model.PhoneFamily;

/** The family grouping phone-core's {@link PhoneFamily} does not name (it has {@code is79xx} only). */
final class Families {

    private Families() {
    }

    /** The 8800 series, video models included: SHA-1 ITL signatures, three-key reset confirmations. */
    static boolean is88xx(PhoneFamily family) {
        return family == PhoneFamily.CP88XX || family == PhoneFamily.CP88X5;
    }
}
