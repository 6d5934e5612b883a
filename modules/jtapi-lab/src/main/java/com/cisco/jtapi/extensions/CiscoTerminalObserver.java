package com.cisco.jtapi.extensions;

import javax.telephony.TerminalObserver;

/** Marks an observer that wants Cisco's terminal events (name as in Cisco's jtapi.jar). */
public interface CiscoTerminalObserver extends TerminalObserver {
}
