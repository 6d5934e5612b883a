package org.voicebench.trust.ui.nodes;

import java.awt.Image;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.swing.Action;
import org.openide.nodes.Sheet;
import org.openide.util.ImageUtilities;
import org.openide.util.NbBundle.Messages;
import org.openide.util.Utilities;
import org.openide.util.lookup.Lookups;
import org.voicebench.trust.CertificateInfo;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustRecord;
import org.voicebench.trust.ui.ByteRange;

/**
 * One record: its elements as children, its fields and certificate as properties. The signer
 * and certificates with problems are marked in the name and icon.
 */
@Messages({
    "# {0} - 1-based record index", "LBL_Record=Record {0}",
    "MARK_Signer=signer",
    "MARK_Expired=expired",
    "MARK_NotYetValid=not yet valid",
    "MARK_Unreadable=unreadable certificate",
    "SET_Record=Record",
    "SET_Certificate=Certificate",
    "PROP_Index=Index",
    "PROP_Function=Function",
    "PROP_DnsName=DNS name",
    "PROP_SubjectName=Subject name",
    "PROP_IssuerName=Issuer name",
    "PROP_Serial=Serial",
    "PROP_IpAddress=IP address",
    "PROP_Expiry=Expires",
    "PROP_CertSubject=Subject",
    "PROP_CertIssuer=Issuer",
    "PROP_CertSerial=Serial",
    "PROP_NotBefore=Valid from",
    "PROP_NotAfter=Valid until",
    "PROP_Key=Key",
    "# {0} - algorithm", "# {1} - bits", "VAL_Key={0} {1} bits",
    "PROP_Sha1=SHA-1 fingerprint",
    "PROP_Sha256=SHA-256 fingerprint",
    "PROP_Expired=Expired",
    "PROP_Problem=Problem",
    "VAL_Yes=yes",
    "VAL_No=no",
    "# {0} - expiry day", "VAL_ExpiredOn={0} (expired)",
    "CTL_CopySummary=Subject, Serial and SHA-1",
    "# {0} - what", "# {1} - value", "TXT_CopyLine={0}: {1}"
})
public final class RecordNode extends SheetNode {

    /** Layer folder of the actions offered on a record (certificate export...). */
    public static final String ACTIONS_PATH = "VoiceBench/TrustRecord/Actions";

    private final TrustRecord record;
    private final RecordMarks marks;
    private final Instant now;

    RecordNode(TrustList list, TrustRecord record, Integer signerRecord) {
        super(elementNodes(list, record.elements()), lookup(record), Bundle.SET_Record());
        this.record = record;
        this.now = list.checkedAt();
        this.marks = RecordMarks.of(record, signerRecord, now);
        setName("record-" + record.index());
        setDisplayName(Bundle.LBL_Record(Integer.toString(record.index())));
        String subject = subject();
        setShortDescription(subject != null ? subject : getDisplayName());
        setIconBaseWithExtension("org/voicebench/trust/ui/resources/record.png");
    }

    private static org.openide.util.Lookup lookup(TrustRecord record) {
        CertificateInfo c = record.certificate();
        return c != null ? Lookups.fixed(record, ByteRange.of(record), c) : Lookups.fixed(record, ByteRange.of(record));
    }

    public TrustRecord record() {
        return record;
    }

    public RecordMarks marks() {
        return marks;
    }

    @Override
    public String getHtmlDisplayName() {
        StringBuilder sb = new StringBuilder();
        sb.append(marks.signer() ? "<b>" + Html.escape(getDisplayName()) + "</b>" : Html.escape(getDisplayName()));
        if (marks.signer()) {
            sb.append(' ').append(Html.colored(Html.GREEN, Bundle.MARK_Signer()));
        }
        if (marks.expired()) {
            sb.append(' ').append(Html.colored(Html.RED, Bundle.MARK_Expired()));
        }
        if (marks.notYetValid()) {
            sb.append(' ').append(Html.colored(Html.RED, Bundle.MARK_NotYetValid()));
        }
        if (marks.unreadable()) {
            sb.append(' ').append(Html.colored(Html.RED, Bundle.MARK_Unreadable()));
        }
        return sb.toString();
    }

    @Override
    public Image getIcon(int type) {
        Image base = super.getIcon(type);
        if (marks.problem()) {
            return ImageUtilities.mergeImages(base,
                    ImageUtilities.loadImage("org/voicebench/trust/ui/resources/expired-badge.png"), 8, 8);
        }
        if (marks.signer()) {
            return ImageUtilities.mergeImages(base,
                    ImageUtilities.loadImage("org/voicebench/trust/ui/resources/signer-badge.png"), 8, 8);
        }
        return base;
    }

    @Override
    public Image getOpenedIcon(int type) {
        return getIcon(type);
    }

    @Override
    public Action[] getActions(boolean context) {
        List<Action> actions = new ArrayList<>(Utilities.actionsForPath(ACTIONS_PATH));
        if (!actions.isEmpty()) {
            actions.add(null);
        }
        actions.add(copyValues());
        return actions.toArray(Action[]::new);
    }

    /** The Copy submenu: subject, serial and SHA-1 together, then every value of the property sheet. */
    public CopyValues copyValues() {
        return CopyValues.of(this, copySummary());
    }

    /** Subject, serial and SHA-1 fingerprint on labelled lines, as pasted into a ticket; null when none is known. */
    CopyValues.Entry copySummary() {
        CertificateInfo c = record.certificate();
        String serial = record.serialHex() != null ? record.serialHex() : c != null ? c.serialHex() : null;
        List<String> lines = new ArrayList<>();
        line(lines, Bundle.PROP_CertSubject(), subject());
        line(lines, Bundle.PROP_Serial(), serial);
        line(lines, Bundle.PROP_Sha1(), c != null ? c.sha1() : null);
        return lines.isEmpty() ? null : new CopyValues.Entry(Bundle.CTL_CopySummary(), String.join("\n", lines));
    }

    private static void line(List<String> lines, String label, String value) {
        if (value != null && !value.isEmpty()) {
            lines.add(Bundle.TXT_CopyLine(label, value));
        }
    }

    /** The subject as the record names it, else as the certificate does. */
    String subject() {
        if (record.subjectName() != null) {
            return record.subjectName();
        }
        CertificateInfo c = record.certificate();
        return c != null ? c.subject() : record.dnsName();
    }

    String expiry() {
        CertificateInfo c = record.certificate();
        if (c == null) {
            return null;
        }
        String day = Columns.day(c.notAfter());
        return marks.expired() ? Bundle.VAL_ExpiredOn(day) : day;
    }

    @Override
    void putProperties(Sheet.Set set) {
        set.put(TextProperty.number("index", Bundle.PROP_Index(), record.index()));
        putRange(set);
        set.put(TextProperty.text(Columns.FUNCTION, Bundle.PROP_Function(), record.functionLabel()));
        set.put(TextProperty.text("dnsName", Bundle.PROP_DnsName(), record.dnsName()));
        set.put(TextProperty.text(Columns.SUBJECT, Bundle.PROP_SubjectName(), subject()));
        set.put(TextProperty.text("issuerName", Bundle.PROP_IssuerName(), record.issuerName()));
        set.put(TextProperty.text(Columns.SERIAL, Bundle.PROP_Serial(), record.serialHex()));
        set.put(TextProperty.text("ipAddress", Bundle.PROP_IpAddress(), record.ipAddress()));
        set.put(TextProperty.text(Columns.EXPIRY, Bundle.PROP_Expiry(), expiry()));
    }

    @Override
    protected Sheet createSheet() {
        Sheet sheet = super.createSheet();
        sheet.put(certificateSet());
        return sheet;
    }

    private Sheet.Set certificateSet() {
        Sheet.Set set = new Sheet.Set();
        set.setName("certificate");
        set.setDisplayName(Bundle.SET_Certificate());
        CertificateInfo c = record.certificate();
        if (c == null) {
            if (record.certificateProblem() != null) {
                set.put(TextProperty.text("problem", Bundle.PROP_Problem(), record.certificateProblem()));
            }
            return set;
        }
        set.put(TextProperty.text("certSubject", Bundle.PROP_CertSubject(), c.subject()));
        set.put(TextProperty.text("certIssuer", Bundle.PROP_CertIssuer(), c.issuer()));
        set.put(TextProperty.text("certSerial", Bundle.PROP_CertSerial(), c.serialHex()));
        set.put(TextProperty.text("notBefore", Bundle.PROP_NotBefore(), c.notBefore().toString()));
        set.put(TextProperty.text("notAfter", Bundle.PROP_NotAfter(), c.notAfter().toString()));
        set.put(TextProperty.text("key", Bundle.PROP_Key(), Bundle.VAL_Key(c.keyAlgorithm(), Integer.toString(c.keyBits()))));
        set.put(TextProperty.text("sha1", Bundle.PROP_Sha1(), c.sha1()));
        set.put(TextProperty.text("sha256", Bundle.PROP_Sha256(), c.sha256()));
        set.put(TextProperty.text("expired", Bundle.PROP_Expired(), c.expiredAt(now) ? Bundle.VAL_Yes() : Bundle.VAL_No()));
        return set;
    }
}
