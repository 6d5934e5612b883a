package org.voicebench.phone;

import java.util.Locale;

/**
 * How key presses and Execute URIs reach a phone. Reads (pages, ModeInfo, screenshots) always use the
 * phone's web server: over CTI nothing comes back.
 */
public enum KeyTransport {
    /** An Execute object posted to the phone's {@code /CGI/Execute}, with the phone's credentials. */
    WEB,
    /**
     * An Execute object delivered by CUCM over the phone's registration ({@code CiscoTerminal.sendData} in
     * Cisco's JTAPI): no web server and no phone-side authentication, and no answer.
     */
    CTI;

    /** The name users type and reports show: {@code web}, {@code cti}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
