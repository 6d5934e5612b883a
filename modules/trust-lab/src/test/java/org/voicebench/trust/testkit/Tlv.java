package org.voicebench.trust.testkit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Byte-level building blocks for hand-made trust lists: elements, containers, headers and records
 * with their lengths computed, so a test states only what is unusual about its file. Independent
 * of the production writer on purpose.
 */
public final class Tlv {

    /** The header padding byte (tag 13, no length). */
    public static final byte[] PAD = {13};

    private Tlv() {
    }

    /** tag, u16 length, value. */
    public static byte[] el(int tag, byte[] value) {
        return cat(new byte[] {(byte) tag}, u16(value.length), value);
    }

    /** An element whose length field says {@code declaredLength}, whatever the value's size. */
    public static byte[] elWithLength(int tag, int declaredLength, byte[] value) {
        return cat(new byte[] {(byte) tag}, u16(declaredLength), value);
    }

    /** A NUL-terminated string element. */
    public static byte[] str(int tag, String text) {
        return el(tag, cat(text.getBytes(StandardCharsets.UTF_8), new byte[1]));
    }

    public static byte[] u8(int tag, int value) {
        return el(tag, new byte[] {(byte) value});
    }

    public static byte[] u16(int tag, int value) {
        return el(tag, u16(value));
    }

    public static byte[] u32(int tag, long value) {
        return el(tag, new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value});
    }

    /** A container: its length covers the nested elements. */
    public static byte[] box(int tag, byte[]... children) {
        return el(tag, cat(children));
    }

    /** VERSION 1.2 and a computed HEADER_LENGTH, then {@code elements} as given (no padding added). */
    public static byte[] header(byte[]... elements) {
        return header(1, 2, elements);
    }

    public static byte[] header(int major, int minor, byte[]... elements) {
        byte[] body = cat(elements);
        return cat(el(1, new byte[] {(byte) major, (byte) minor}), u16(2, 10 + body.length), body);
    }

    /** A record: RECORD_LENGTH computed over {@code elements}. */
    public static byte[] record(byte[]... elements) {
        byte[] body = cat(elements);
        return cat(u16(1, 5 + body.length), body);
    }

    /** {@code n} padding bytes. */
    public static byte[] pad(int n) {
        byte[] out = new byte[n];
        java.util.Arrays.fill(out, (byte) 13);
        return out;
    }

    /** Padding that brings {@code headerSoFar} bytes to a multiple of 4. */
    public static byte[] alignPad(int headerSoFar) {
        return pad((4 - headerSoFar % 4) % 4);
    }

    public static byte[] u16(int value) {
        return new byte[] {(byte) (value >>> 8), (byte) value};
    }

    public static byte[] cat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    public static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }
}
