package com.cisco.jtapi.extensions;

import javax.telephony.events.TermEv;

/** the terminal unregistered (restart, off) (name as in Cisco's jtapi.jar; the ID is the lab's own value). */
public interface CiscoTermOutOfServiceEv extends TermEv {

    int ID = 1042;
}
