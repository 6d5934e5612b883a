package org.voicebench.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** What the CLI's CTI tests share: the stand-in jar as the user's jtapi.jar, and a free port on a lab address. */
final class CtiTestSupport {

    private CtiTestSupport() {
    }

    /** The jtapi-lab stand-in on the test class path, as a jar file (what --cti-jar points at). */
    static Path standInJar() throws ClassNotFoundException, URISyntaxException {
        return Path.of(Class.forName("javax.telephony.JtapiPeerFactory").getProtectionDomain().getCodeSource()
                .getLocation().toURI());
    }

    /** A port free on {@code address} now (a lab binds it on every phone's address). */
    static int freePort(String address) throws IOException {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
            return s.getLocalPort();
        }
    }
}
