package org.voicebench.trust;

/** Lowercase hex as Cisco tools and this project's JSON print it. */
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
    public static String serial(byte[] serial) {
        int start = 0;
        while (start < serial.length - 1 && serial[start] == 0) {
            start++;
        }
        return serial.length == 0 ? "" : of(serial, start, serial.length - start);
    }

    /** Parses hex digits, ignoring {@code :} and spaces. */
    public static byte[] parse(String text) {
        String t = text.replace(":", "").replace(" ", "");
        if (t.length() % 2 != 0) {
            t = "0" + t;
        }
        byte[] out = new byte[t.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(t.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }
}
