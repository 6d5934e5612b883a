package org.voicebench.personalize.ui;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.voicebench.personalize.ServeAddress;
import org.voicebench.phone.PhoneAddress;

/**
 * The addresses of this machine a user may serve the files from: first the one routed towards the phones (what the
 * command line takes by default), then every other address of an interface that is up (IPv4 first; loopback only
 * when the phones are on loopback, as the lab's are). Swing-free; asks only the routing table and the interfaces.
 */
final class ServeAddresses {

    private ServeAddresses() {
    }

    /** Host addresses as text ({@code 10.1.2.3}, {@code [fe80::1]} is left out: phones do not fetch link-local). */
    static List<String> candidates(PhoneAddress towards) {
        Set<String> out = new LinkedHashSet<>();
        boolean loopbackPhones = false;
        if (towards != null) {
            try {
                out.add(text(ServeAddress.towards(towards).getAddress()));
                loopbackPhones = InetAddress.getByName(towards.host()).isLoopbackAddress();
            } catch (IOException e) {
                // no route: the user types one; the other addresses still help
            }
        }
        List<InetAddress> v4 = new ArrayList<>();
        List<InetAddress> v6 = new ArrayList<>();
        try {
            for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nif.isUp()) {
                    continue;
                }
                for (InetAddress a : Collections.list(nif.getInetAddresses())) {
                    if (a.isLinkLocalAddress() || (a.isLoopbackAddress() && !loopbackPhones)) {
                        continue;
                    }
                    (a instanceof Inet4Address ? v4 : v6).add(a);
                }
            }
        } catch (SocketException e) {
            // interfaces cannot be listed: the route's address (or a typed one) will do
        }
        v4.forEach(a -> out.add(text(a)));
        v6.forEach(a -> out.add(text(a)));
        return List.copyOf(out);
    }

    private static String text(InetAddress a) {
        String host = a.getHostAddress();
        int zone = host.indexOf('%');
        host = zone < 0 ? host : host.substring(0, zone);
        return a instanceof Inet6Address ? "[" + host + "]" : host;
    }
}
