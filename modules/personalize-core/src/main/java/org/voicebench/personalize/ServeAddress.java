package org.voicebench.personalize;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.voicebench.phone.PhoneAddress;

/**
 * Where the built-in file server listens and what the phones are told to fetch from: an address of this
 * machine the phones reach. Given ({@code ADDR[:PORT]}), or chosen as the local address this machine would
 * use to reach the first phone (its route), which on a loopback lab is loopback.
 */
public final class ServeAddress {

    private static final Pattern HOST_PORT = Pattern.compile("(\\[[^\\]]+\\]|[^:\\[\\]]+)(?::(\\d{1,5}))?");

    private ServeAddress() {
    }

    /**
     * @param text {@code ADDR} or {@code ADDR:PORT} ({@code [v6]:PORT}); no port, or 0: a free port
     * @throws IllegalArgumentException saying what is wrong
     */
    public static InetSocketAddress parse(String text) {
        Matcher m = HOST_PORT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("serve address must be ADDR or ADDR:PORT, not '" + text + "'");
        }
        String host = m.group(1).startsWith("[") ? m.group(1).substring(1, m.group(1).length() - 1) : m.group(1);
        int port = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (port > 65_535) {
            throw new IllegalArgumentException("serve port must be 0..65535, not " + port);
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(host), port);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("serve address '" + host + "' does not resolve", e);
        }
    }

    /**
     * The local address routed towards {@code phone}, on a free port. No packet is sent: connecting a UDP socket
     * only asks the routing table.
     *
     * @throws IOException when the phone's address does not resolve or no route leads to it
     */
    public static InetSocketAddress towards(PhoneAddress phone) throws IOException {
        InetAddress target = InetAddress.getByName(phone.host());
        if (target.isLoopbackAddress()) {
            return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        }
        try (DatagramSocket probe = new DatagramSocket()) {
            probe.connect(target, phone.port());
            InetAddress local = probe.getLocalAddress();
            if (local == null || local.isAnyLocalAddress()) {
                throw new IOException("no route from this machine to " + phone.host() + ": give --serve-address");
            }
            return new InetSocketAddress(local, 0);
        }
    }
}
