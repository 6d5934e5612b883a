package org.voicebench.audit.ui;

import org.voicebench.audit.ItlAssessment;
import org.voicebench.audit.ItlState;
import org.voicebench.audit.PhoneAudit;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.inventory.PhoneEntry;

/** Phones as the assessment found them, for the model tests. */
final class Audits {

    private Audits() {
    }

    static PhoneAudit audit(String host, String model, String tftp, ItlState state) {
        PhoneEntry e = new PhoneEntry(PhoneAddress.parse(host + ":80"), "SEP-" + host, "Lab", model, "");
        return new PhoneAudit(e, model, "sip88xx.14-2", tftp, "http://" + tftp + ":6970/ITLFile.tlv",
                new ItlAssessment(state, null, "found " + state), null, "");
    }
}
