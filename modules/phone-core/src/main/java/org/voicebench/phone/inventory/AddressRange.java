package org.voicebench.phone.inventory;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An inclusive range of IPv4 addresses to scan for phones: {@code 10.1.1.10-10.1.1.60},
 * {@code 10.1.1.10-60} or {@code 10.1.1.0/24} (network and broadcast addresses left out).
 *
 * @param first the first address, as a 32-bit number
 * @param last the last address
 */
public record AddressRange(long first, long last) implements Iterable<String> {

    /** A scan larger than a /16 is a mistake, not a plan. */
    public static final long MAX_SIZE = 65_536;

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    public AddressRange {
        if (first < 0 || last > 0xFFFF_FFFFL || first > last) {
            throw new IllegalArgumentException("not a range: " + text(first) + "-" + text(last));
        }
        if (last - first + 1 > MAX_SIZE) {
            throw new IllegalArgumentException("range " + text(first) + "-" + text(last) + " has " + (last - first + 1)
                    + " addresses, more than the " + MAX_SIZE + " a scan may have");
        }
    }

    /**
     * Reads {@code A-B}, {@code A-N} (last octet) or {@code A/PREFIX} (16 to 32).
     *
     * @throws IllegalArgumentException naming the text and what is wrong
     */
    public static AddressRange parse(String text) {
        String t = text.strip();
        try {
            int slash = t.indexOf('/');
            if (slash > 0) {
                int prefix = Integer.parseInt(t.substring(slash + 1));
                if (prefix < 16 || prefix > 32) {
                    throw new IllegalArgumentException("prefix /" + prefix + " is outside /16 to /32");
                }
                long base = number(t.substring(0, slash));
                long size = 1L << (32 - prefix);
                long network = base & ~(size - 1) & 0xFFFF_FFFFL;
                return size <= 2 ? new AddressRange(network, network + size - 1)
                        : new AddressRange(network + 1, network + size - 2);
            }
            int dash = t.indexOf('-');
            if (dash < 0) {
                long one = number(t);
                return new AddressRange(one, one);
            }
            long first = number(t.substring(0, dash));
            String end = t.substring(dash + 1).strip();
            long last = end.contains(".") ? number(end) : (first & ~0xFFL) | octet(end);
            return new AddressRange(first, last);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("address range \"" + text + "\": " + e.getMessage()
                    + " (expected A-B, A-N or A/PREFIX, IPv4)", e);
        }
    }

    /** How many addresses. */
    public long size() {
        return last - first + 1;
    }

    /** The addresses in order, as dotted text. */
    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private long next = first;

            @Override
            public boolean hasNext() {
                return next <= last;
            }

            @Override
            public String next() {
                if (next > last) {
                    throw new NoSuchElementException();
                }
                return text(next++);
            }
        };
    }

    @Override
    public String toString() {
        return text(first) + "-" + text(last);
    }

    static String text(long a) {
        return ((a >> 24) & 0xFF) + "." + ((a >> 16) & 0xFF) + "." + ((a >> 8) & 0xFF) + "." + (a & 0xFF);
    }

    private static long number(String dotted) {
        Matcher m = IPV4.matcher(dotted.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + dotted.strip() + "\" is not an IPv4 address");
        }
        long a = 0;
        for (int i = 1; i <= 4; i++) {
            a = (a << 8) | octet(m.group(i));
        }
        return a;
    }

    private static long octet(String s) {
        int v;
        try {
            v = Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + s.strip() + "\" is not a number from 0 to 255", e);
        }
        if (v < 0 || v > 255) {
            throw new IllegalArgumentException(v + " is not from 0 to 255");
        }
        return v;
    }
}
