package org.voicebench.cli.trust;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.voicebench.cli.text.TextTable;
import org.voicebench.cli.text.Wrapped;
import org.voicebench.trust.FileHashes;
import org.voicebench.trust.FileType;
import org.voicebench.trust.Header;
import org.voicebench.trust.InspectedFile;
import org.voicebench.trust.TrustAnchor;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.Warning;

/** The human-readable {@code inspect} output of one file: header, records, signature, hashes, warnings. */
final class InspectReport {

    private final PrintWriter out;
    private final int width;

    InspectReport(PrintWriter out, int width) {
        this.out = out;
        this.width = width;
    }

    /** Printed once before the files when {@code --trust} is given. */
    void anchor(TrustAnchor a) {
        TrustList l = a.list();
        Wrapped.print(out, "Trust list: ", a.path() + " (" + l.type() + ", " + l.records().size()
                + " records), the list a phone holds; files are verified against it as that phone would.", width);
        Wrapped.print(out, "  Its own signature: ", a.ownSignature().status() + " - " + a.ownSignature().detail(), width);
        out.println();
    }

    void print(InspectedFile f) {
        out.println("== " + f.path() + " ==");
        header(f.list());
        out.println();
        records(f);
        out.println();
        signature(f);
        out.println();
        hashes(f.hashes());
        out.println();
        warnings(f.warnings());
    }

    private void header(TrustList l) {
        Header h = l.header();
        out.println("Header");
        TextTable t = TextTable.keyValue()
                .row("Type", l.type().name())
                .row("Size", l.size() + " bytes")
                .row("Version", h.version())
                .row("Header length", h.headerLength() + " bytes")
                .row("Signer", h.signerName())
                .row("Signer serial", h.signerSerialHex())
                .row("Signer issuer", h.signerIssuer())
                .row("Digest", h.digest() != null ? h.digest().label() : h.digestCode() == null ? null : "UNKNOWN(" + h.digestCode() + ")")
                .row("Signature", h.signatureAlgorithm() == null ? null : h.signatureAlgorithm() + ", " + h.signatureBits() + " bits")
                .row("File name", h.fileName())
                .row("Timestamp", h.timestamp() == null ? null : h.timestamp().toString());
        if (h.signerVersion() != null) {
            t.row("Signer version", h.signerVersion());
        }
        if (l.type() == FileType.SIGNED_FILE) {
            t.row("Payload", (l.size() - l.payloadOffset()) + " bytes from offset " + l.payloadOffset());
        }
        t.print(out, "  ", width);
    }

    private void records(InspectedFile f) {
        TrustList l = f.list();
        if (l.records().isEmpty()) {
            out.println(l.type() == FileType.SIGNED_FILE ? "Records: none (a signed file carries no certificates)" : "Records: none");
            return;
        }
        out.println("Records (" + l.records().size() + ")");
        Integer signer = f.signerRecord();
        RecordTable.of(l.records(), l.checkedAt(), signer).print(out, "  ", width);
        if (signer != null) {
            out.println("  " + RecordTable.SIGNER_MARK + " the signer record: its key "
                    + (f.valid() ? "verifies" : "does not verify") + " the signature");
        }
    }

    private void signature(InspectedFile f) {
        Wrapped.print(out, "Signature: ", f.signature().status().name() + " - " + f.signature().detail(), width);
        if (f.anchor().isPresent()) {
            Path anchor = f.anchor().get().path();
            Wrapped.print(out, "           ", "checked against " + anchor
                    + " as a phone holding it would; record numbers refer to " + anchor, width);
        }
    }

    private void hashes(FileHashes h) {
        out.println("File hashes");
        TextTable.keyValue().row("MD5", h.md5()).row("SHA-1", h.sha1()).row("SHA-256", h.sha256()).print(out, "  ", width);
    }

    private void warnings(List<Warning> warnings) {
        if (warnings.isEmpty()) {
            out.println("Warnings: none");
            return;
        }
        out.println("Warnings (" + warnings.size() + ")");
        int codeWidth = warnings.stream().mapToInt(w -> w.code().name().length()).max().orElse(0);
        for (Warning w : warnings) {
            String at = w.offset() == null ? "" : "at offset " + w.offset() + ": ";
            String prefix = "  " + w.code().name() + " ".repeat(codeWidth - w.code().name().length()) + "  ";
            Wrapped.print(out, prefix, at + w.message(), width);
        }
    }
}
