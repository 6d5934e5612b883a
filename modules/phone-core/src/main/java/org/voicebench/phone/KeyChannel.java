package org.voicebench.phone;

/**
 * Where a {@link Phone}'s key presses and Execute URIs go. The web server is the default; a CTI channel
 * ({@code org.voicebench.phone.cti}) is bound to one device. Implementations are thread-safe.
 */
public interface KeyChannel {

    KeyTransport transport();

    /**
     * Delivers one Execute object holding one item, or one other phone object ({@link PhoneObject}, e.g.
     * {@code <setBackground>}) as it is.
     *
     * @param uri        the item's URI, already validated ({@code Key:Settings}); for a phone object its name
     *                   ({@code <setBackground>}), for messages
     * @param executeXml the whole {@code CiscoIPPhoneExecute} object for {@code uri}, or the phone object's XML
     * @return the phone's answer; over CTI, where nothing comes back, an {@link ExecuteResult#unconfirmed(String)}
     * @throws PhoneException when the object was refused or did not reach the phone
     */
    ExecuteResult send(String uri, String executeXml) throws PhoneException;
}
