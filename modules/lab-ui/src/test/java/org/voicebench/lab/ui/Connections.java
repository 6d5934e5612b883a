package org.voicebench.lab.ui;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Whether something listens at an address (loopback only, short timeout). */
public final class Connections {

    private Connections() {
    }

    public static boolean accepts(InetSocketAddress address) {
        try (Socket s = new Socket()) {
            s.connect(address, 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
