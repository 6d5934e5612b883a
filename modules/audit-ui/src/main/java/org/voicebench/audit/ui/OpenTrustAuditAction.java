package org.voicebench.audit.ui;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionReferences;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle.Messages;

/** Window &gt; Trust Audit and Tools &gt; Trust Audit: opens (or brings to front) the Trust Audit window. */
@ActionID(category = "Window", id = "org.voicebench.audit.ui.OpenTrustAuditAction")
@ActionRegistration(displayName = "#CTL_OpenTrustAuditAction")
@ActionReferences({
    @ActionReference(path = "Menu/Window", position = 330),
    @ActionReference(path = "Menu/Tools", position = 130)
})
@Messages("CTL_OpenTrustAuditAction=Trust &Audit")
public final class OpenTrustAuditAction implements ActionListener {

    @Override
    public void actionPerformed(ActionEvent e) {
        AuditTopComponent.openWith(null);
    }
}
