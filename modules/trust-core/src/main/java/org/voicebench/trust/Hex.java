package org.voicebench.trust;

/**
 * Lowercase hex as Cisco tools and this project's JSON print it. Only {@link #of} is for other
 * modules (the inspector's value column); serial numbers reach them already formatted through the
 * model ({@code signerSerialHex}, {@code serialHex}), so the serial helper stays inside.
 */
public final class Hex {

    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private Hex() {
    }

    /** All bytes as hex, no separators. */
    public static String of(byte[] bytes) {
        return of(bytes, 0, bytes.length);
    }

    /** {@code length} bytes from {@code offset} as hex, no separators. */
    public static String of(byte[] bytes, int offset, int length) {
        char[] out = new char[length * 2];
        for (int i = 0; i < length; i++) {
            int b = bytes[offset + i] & 0xff;
            out[2 * i] = DIGITS[b >>> 4];
            out[2 * i + 1] = DIGITS[b & 0x0f];
        }
        return new String(out);
    }

    /**
     * A serial number as hex with leading zero bytes removed (a serial is an unsigned number;
     * DER adds a zero byte to keep it positive). An all-zero serial prints as {@code 00}.
     */
    static String serial(byte[] serial) {
        int start = 0;
        while (start < serial.length - 1 && serial[start] == 0) {
            start++;
        }
        return serial.length == 0 ? "" : of(serial, start, serial.length - start);
    }
}
