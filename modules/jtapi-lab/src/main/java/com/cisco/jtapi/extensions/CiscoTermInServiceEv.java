package com.cisco.jtapi.extensions;

import javax.telephony.events.TermEv;

/** the terminal registered: sendData may be used (name as in Cisco's jtapi.jar; the ID is the lab's own value). */
public interface CiscoTermInServiceEv extends TermEv {

    int ID = 1041;
}
