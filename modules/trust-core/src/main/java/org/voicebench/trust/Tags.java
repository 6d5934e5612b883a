package org.voicebench.trust;

/** Tag numbers and names of the trust-list format (see {@link TrustList} for the grammar). */
final class Tags {

    // Header tags
    static final int VERSION = 1;
    static final int HEADER_LENGTH = 2;
    static final int SIGNER_ID = 3;
    static final int SIGNER_NAME = 4;
    static final int SERIAL_NUMBER = 5;
    static final int CA_NAME = 6;
    static final int SIGNATURE_INFO = 7;
    static final int DIGEST_ALGORITHM = 8;
    static final int SIGNATURE_ALGORITHM_INFO = 9;
    static final int SIGNATURE_ALGORITHM = 10;
    static final int SIGNATURE_MODULUS = 11;
    static final int SIGNATURE = 12;
    static final int PADDING = 13;
    static final int FILENAME = 14;
    static final int TIMESTAMP = 15;
    static final int SIGNER_VERSION = 28;

    // Record tags
    static final int RECORD_LENGTH = 1;
    static final int DNS_NAME = 2;
    static final int SUBJECT_NAME = 3;
    static final int FUNCTION = 4;
    static final int ISSUER_NAME = 5;
    static final int RECORD_SERIAL = 6;
    static final int PUBLIC_KEY = 7;
    static final int CERT_SIGNATURE = 8;
    static final int CERTIFICATE = 9;
    static final int IP_ADDRESS = 10;
    static final int CERTIFICATE_HASH = 11;
    static final int HASH_ALGORITHM = 12;

    private static final String[] HEADER_NAMES = {
        null, "VERSION", "HEADER_LENGTH", "SIGNER_ID", "SIGNER_NAME", "SERIAL_NUMBER", "CA_NAME",
        "SIGNATURE_INFO", "DIGEST_ALGORITHM", "SIGNATURE_ALGORITHM_INFO", "SIGNATURE_ALGORITHM",
        "SIGNATURE_MODULUS", "SIGNATURE", "PADDING", "FILENAME", "TIMESTAMP",
        "ENCRYPTION_INFO", "ENCRYPTION_KEY_INFO", "ENCRYPTION_ALGORITHM", "ENCRYPTION_KEY_LENGTH",
        "ENCRYPTION_KEY", "ENCRYPTION_IV_INFO", "ENCRYPTION_IV", "ENCRYPTION_PADDING",
        "ENCRYPTION_MODE", "ENCRYPTION_CERT_SERIAL", "ENCRYPTION_CERT_ISSUER", "ENCRYPTION_DATA_LENGTH",
        "SIGNER_VERSION"
    };

    private static final String[] RECORD_NAMES = {
        null, "RECORD_LENGTH", "DNS_NAME", "SUBJECT_NAME", "FUNCTION", "ISSUER_NAME", "SERIAL_NUMBER",
        "PUBLIC_KEY", "SIGNATURE", "CERTIFICATE", "IP_ADDRESS", "CERTIFICATE_HASH", "HASH_ALGORITHM"
    };

    private Tags() {
    }

    /** Header tags whose value is a sequence of nested elements. */
    static boolean isContainer(int tag) {
        return tag == SIGNER_ID || tag == SIGNATURE_INFO || tag == SIGNATURE_ALGORITHM_INFO
                || tag == 16 || tag == 17 || tag == 21;
    }

    static boolean known(Area area, int tag) {
        String[] names = area == Area.HEADER ? HEADER_NAMES : RECORD_NAMES;
        return tag > 0 && tag < names.length;
    }

    static String name(Area area, int tag) {
        String[] names = area == Area.HEADER ? HEADER_NAMES : RECORD_NAMES;
        return known(area, tag) ? names[tag] : "UNKNOWN_TAG_" + tag;
    }
}
