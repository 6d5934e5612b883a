package org.voicebench.phone.model;

import java.util.Locale;

/** The screenshot formats phones return from {@code /CGI/Screenshot}. */
public enum ImageFormat {
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
    BMP("image/bmp", new byte[] {'B', 'M'});

    private final String contentType;
    private final byte[] magic;

    ImageFormat(String contentType, byte[] magic) {
        this.contentType = contentType;
        this.magic = magic;
    }

    /** The content type a phone sends with this format. */
    public String contentType() {
        return contentType;
    }

    /** The usual file name extension, without the dot. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when {@code bytes} start with this format's magic bytes. */
    public boolean matches(byte[] bytes) {
        if (bytes == null || bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** The format whose magic bytes start {@code bytes}, or null when none does. */
    public static ImageFormat sniff(byte[] bytes) {
        for (ImageFormat f : values()) {
            if (f.matches(bytes)) {
                return f;
            }
        }
        return null;
    }
}
