package org.voicebench.trust;

/** Where an element sits: the tag numbering differs between header and record. */
public enum Area {
    HEADER,
    RECORD
}
