package com.cisco.jtapi.extensions;

import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.Terminal;

/** Cisco's terminal: its registration state and {@code sendData} (names as in Cisco's jtapi.jar). */
public interface CiscoTerminal extends Terminal {

    int OUT_OF_SERVICE = 0;
    int IN_SERVICE = 1;

    int getState();

    /**
     * Sends an XML object (e.g. a {@code CiscoIPPhoneExecute}) to the phone over its registration; at most 2000
     * bytes. Nothing comes back: the answer is "".
     *
     * @throws InvalidStateException no observer on the terminal, provider or terminal not in service
     * @throws javax.telephony.PlatformException CUCM or the phone refused the data, or it is too long
     */
    String sendData(String xml) throws InvalidStateException, MethodNotSupportedException;

    byte[] sendData(byte[] data) throws InvalidStateException, MethodNotSupportedException;
}
