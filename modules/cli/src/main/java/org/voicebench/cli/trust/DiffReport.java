package org.voicebench.cli.trust;

import java.io.PrintWriter;
import java.util.List;
import org.voicebench.cli.text.Wrapped;
import org.voicebench.trust.Header;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustListDiff;
import org.voicebench.trust.TrustListDiff.FieldChange;
import org.voicebench.trust.TrustRecord;

/**
 * The human-readable {@code diff}: the two files, header changes, the signer, a summary, then the
 * changed, added and removed records. Changed values are shown whole as {@code -}/{@code +}
 * lines, since a cut value could hide the very difference.
 */
final class DiffReport {

    private final PrintWriter out;
    private final int width;

    DiffReport(PrintWriter out, int width) {
        this.out = out;
        this.width = width;
    }

    void print(String oldName, String newName, TrustListDiff d) {
        Wrapped.print(out, "Old: ", describe(oldName, d.oldFile()), width);
        Wrapped.print(out, "New: ", describe(newName, d.newFile()), width);
        out.println();
        if (d.headerChanges().isEmpty()) {
            out.println("Header: no changes");
        } else {
            out.println("Header changes (" + d.headerChanges().size() + ")");
            fieldChanges(d.headerChanges(), "  ");
        }
        signer(d);
        out.println("Records: " + d.added().size() + " added, " + d.removed().size() + " removed, " + d.changed().size()
                + " changed, " + d.unchanged() + " unchanged");
        if (!d.changed().isEmpty()) {
            out.println();
            out.println("Changed (" + d.changed().size() + ")");
            for (TrustListDiff.RecordChange c : d.changed()) {
                TrustRecord n = c.newRecord();
                Wrapped.print(out, "  ", "old #" + c.oldRecord().index() + " -> new #" + n.index() + "  " + dash(n.functionLabel())
                        + "  " + dash(n.subjectName() != null ? n.subjectName() : n.dnsName()), width);
                fieldChanges(c.changes(), "    ");
            }
        }
        records("Added", d.added(), "NEW", d.newFile());
        records("Removed", d.removed(), "OLD", d.oldFile());
        out.println();
        out.println(d.identical() ? "Result: identical" : "Result: the files differ");
    }

    private static String describe(String name, TrustList l) {
        return name + " (" + l.type() + ", " + l.records().size() + " records, " + l.size() + " bytes, SHA-1 " + l.hashes().sha1() + ")";
    }

    private void signer(TrustListDiff d) {
        if (!d.signerChanged()) {
            Wrapped.print(out, "Signer: unchanged, ", signerText(d.newFile().header()), width);
            return;
        }
        out.println("Signer: changed");
        Wrapped.print(out, "  - ", signerText(d.oldFile().header()), width);
        Wrapped.print(out, "  + ", signerText(d.newFile().header()), width);
    }

    private static String signerText(Header h) {
        return dash(h.signerName()) + ", serial " + dash(h.signerSerialHex()) + ", issuer " + dash(h.signerIssuer());
    }

    /** Each field as a {@code - old} line and a {@code + new} line under the field name. */
    private void fieldChanges(List<FieldChange> changes, String indent) {
        int fieldWidth = changes.stream().mapToInt(c -> c.field().length()).max().orElse(0);
        for (FieldChange c : changes) {
            String name = c.field() + " ".repeat(fieldWidth - c.field().length());
            Wrapped.print(out, indent + name + "  - ", dash(c.oldValue()), width);
            Wrapped.print(out, indent + " ".repeat(fieldWidth) + "  + ", dash(c.newValue()), width);
        }
    }

    private void records(String title, List<TrustRecord> records, String fromLabel, TrustList from) {
        if (records.isEmpty()) {
            return;
        }
        out.println();
        out.println(title + " (" + records.size() + ", numbered as in " + fromLabel + ")");
        RecordTable.of(records, from.checkedAt(), null).print(out, "  ", width);
    }

    private static String dash(String s) {
        return s == null || s.isEmpty() ? "-" : s;
    }
}
