package org.voicebench.cli.trust;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.voicebench.cli.text.Column;
import org.voicebench.cli.text.SubjectShortener;
import org.voicebench.cli.text.TextTable;
import org.voicebench.trust.CertificateInfo;
import org.voicebench.trust.TrustRecord;

/**
 * The record table of {@code inspect} and {@code diff}: index, function, DNS name, subject,
 * serial, IP, expiry, certificate SHA-1. To fit 120 columns the hex columns are cut first (their
 * start identifies them, like a short git hash), then the subject (down to its CN), then the DNS
 * name; {@code --wide} shows everything.
 */
final class RecordTable {

    /** Put before the index of the record whose key checked the file's signature (before, so digits stay aligned). */
    static final String SIGNER_MARK = "*";
    static final String EXPIRED = "EXPIRED";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private RecordTable() {
    }

    /**
     * @param records the rows
     * @param now the instant expiry is judged against (the list's {@code checkedAt})
     * @param signerIndex the index to mark with {@link #SIGNER_MARK}, or {@code null}
     */
    static TextTable of(List<TrustRecord> records, Instant now, Integer signerIndex) {
        TextTable t = new TextTable(
                Column.fixed("#").rightAlign(),
                Column.fixed("Function"),
                Column.shrinkable("DNS name", 16, 4),
                Column.shrinkable("Subject", 20, 3).shortenWith(new SubjectShortener()),
                Column.shrinkable("Serial", 12, 2),
                Column.fixed("IP"),
                Column.fixed("Expires"),
                Column.shrinkable("Cert SHA-1", 12, 1));
        for (TrustRecord r : records) {
            CertificateInfo c = r.certificate();
            String index = (signerIndex != null && signerIndex == r.index() ? SIGNER_MARK : "") + r.index();
            t.row(index, r.functionLabel(), r.dnsName(), r.subjectName(), serial(r, c), r.ipAddress(), expiry(r, c, now),
                    c != null ? c.sha1() : null);
        }
        return t;
    }

    private static String serial(TrustRecord r, CertificateInfo c) {
        if (r.serialHex() != null) {
            return r.serialHex();
        }
        return c != null ? c.serialHex() : null;
    }

    private static String expiry(TrustRecord r, CertificateInfo c, Instant now) {
        if (c == null) {
            return r.certificateProblem() != null ? "unreadable" : null;
        }
        return DATE.format(c.notAfter()) + (c.expiredAt(now) ? " " + EXPIRED : "");
    }
}
