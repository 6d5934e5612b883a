package org.voicebench.trust.ui.export;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import java.io.File;
import java.nio.file.Path;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle.Messages;
import org.voicebench.trust.CertificateInfo;
import org.voicebench.trust.ui.FileChoosers;

/**
 * Export Certificate... on a record that carries a certificate: asks where, then writes PEM or
 * DER (by the chosen name) off the Swing thread. Offered in the record's context menu and on
 * the inspector's toolbar.
 */
@ActionID(category = "Tools", id = "org.voicebench.trust.ui.export.ExportCertificateAction")
@ActionRegistration(displayName = "#CTL_ExportCertificateAction")
@ActionReference(path = "VoiceBench/TrustRecord/Actions", position = 100)
@Messages({
    "CTL_ExportCertificateAction=Export Certificate...",
    "TITLE_ExportCertificate=Export Certificate"
})
public final class ExportCertificateAction implements ActionListener {

    private final CertificateInfo certificate;

    public ExportCertificateAction(CertificateInfo certificate) {
        this.certificate = certificate;
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        exportInteractively(certificate);
    }

    /** Asks for a file (PEM or DER) and writes {@code certificate} to it. */
    public static void exportInteractively(CertificateInfo certificate) {
        Path target = FileChoosers.save(Bundle.TITLE_ExportCertificate(),
                new File(CertificateFiles.suggestedName(certificate)), FileChoosers.pemFilter(), FileChoosers.derFilter());
        if (target != null) {
            BackgroundWrite.run(target, () -> CertificateFiles.write(target, certificate));
        }
    }
}
