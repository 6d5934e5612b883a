package com.cisco.jtapi.extensions;

import javax.telephony.JtapiPeer;

/** Cisco's peer (name as in Cisco's jtapi.jar). */
public interface CiscoJtapiPeer extends JtapiPeer {
}
