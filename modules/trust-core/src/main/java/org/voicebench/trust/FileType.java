package org.voicebench.trust;

/** What kind of file carries the header. */
public enum FileType {
    /** Initial Trust List: {@code ITLFile.tlv}, {@code ITLSEP<MAC>.tlv}. */
    ITL,
    /** Certificate Trust List (mixed mode): {@code CTLFile.tlv}, {@code CTLSEP<MAC>.tlv}. */
    CTL,
    /** A signed payload such as {@code SEP<MAC>.cnf.xml.sgn}: the header then the file itself. */
    SIGNED_FILE
}
