package org.voicebench.phone.sim;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Hands out the lab's addresses: 127.a.b.c upwards (skipping .0 and .255), or ports on 127.0.0.1. */
final class LoopbackAddresses {

    private static final Logger LOG = Logger.getLogger(LoopbackAddresses.class.getName());

    private LoopbackAddresses() {
    }

    /** The {@code n}-th host address from {@code first}, {@code first} being 127.x.y.z. */
    static InetAddress nth(InetAddress first, int n) {
        byte[] b = first.getAddress();
        if (b.length != 4 || b[0] != 127) {
            throw new IllegalArgumentException("the lab binds loopback only: " + first.getHostAddress()
                    + " is not in 127.0.0.0/8");
        }
        long host = ((b[1] & 0xffL) << 16) | ((b[2] & 0xffL) << 8) | (b[3] & 0xffL);
        int last = b[3] & 0xff;
        if (last == 0 || last == 255) {
            throw new IllegalArgumentException("the first address must not end in .0 or .255: " + first.getHostAddress());
        }
        // 254 usable hosts per /24: walk the index in that space
        long block = host >> 8;
        long pos = last - 1 + (long) n;
        long addr = ((block + pos / 254) << 8) | (pos % 254 + 1);
        if (addr > 0xffffffL) {
            throw new IllegalArgumentException("not enough loopback addresses after " + first.getHostAddress());
        }
        try {
            return InetAddress.getByAddress(new byte[] {127, (byte) (addr >> 16), (byte) (addr >> 8), (byte) addr});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("a 4-byte address is always valid", e);
        }
    }

    /**
     * An IPv4 literal of 127.0.0.0/8 (never a name: nothing is looked up).
     *
     * @throws IllegalArgumentException naming the text otherwise
     */
    static InetAddress parse(String text) {
        String[] parts = text.strip().split("\\.", -1);
        byte[] b = new byte[4];
        try {
            if (parts.length != 4) {
                throw new NumberFormatException();
            }
            for (int i = 0; i < 4; i++) {
                int v = Integer.parseInt(parts[i]);
                if (v < 0 || v > 255) {
                    throw new NumberFormatException();
                }
                b[i] = (byte) v;
            }
            if (b[0] != 127) {
                throw new IllegalArgumentException("the lab binds loopback only: " + text + " is not in 127.0.0.0/8");
            }
            return InetAddress.getByAddress(b);
        } catch (NumberFormatException | UnknownHostException e) {
            throw new IllegalArgumentException("not an IPv4 address: " + text, e);
        }
    }

    /**
     * Whether each phone or node gets its own 127.x.y.z: not when shared was asked for, nor when the
     * first address cannot be bound (then it says so in the log, naming {@code fallback}).
     */
    static boolean ownAddresses(InetAddress first, boolean shared, String fallback) throws IOException {
        if (shared) {
            return false;
        }
        boolean own = canBind(first);
        if (!own) {
            LOG.log(Level.INFO, "cannot bind {0}: {1}", new Object[] {first.getHostAddress(), fallback});
        }
        return own;
    }

    /** True when this machine lets us bind the address (Linux routes all of 127/8 to loopback). */
    static boolean canBind(InetAddress address) throws IOException {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(address, 0));
            return true;
        } catch (BindException e) {
            return false;
        }
    }

    /** A port free now on the address, for phones whose server is off (nothing will answer there). */
    static int freePort(InetAddress address) throws IOException {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(address, 0));
            return s.getLocalPort();
        }
    }
}
