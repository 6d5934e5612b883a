package org.voicebench.trust.write;

/** An element written as is: tag and value (unknown tags kept when rewriting a file). */
public record RawElement(int tag, byte[] value) {

    public RawElement {
        value = value.clone();
    }

    @Override
    public byte[] value() {
        return value.clone();
    }
}
