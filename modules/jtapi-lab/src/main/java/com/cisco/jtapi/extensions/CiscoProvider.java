package com.cisco.jtapi.extensions;

import javax.telephony.Provider;

/** Cisco's provider (name as in Cisco's jtapi.jar). */
public interface CiscoProvider extends Provider {
}
