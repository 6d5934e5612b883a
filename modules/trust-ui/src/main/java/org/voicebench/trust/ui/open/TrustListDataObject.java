package org.voicebench.trust.ui.open;

import java.io.File;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionReferences;
import org.openide.awt.StatusDisplayer;
import org.openide.cookies.OpenCookie;
import org.openide.filesystems.FileObject;
import org.openide.filesystems.FileUtil;
import org.openide.filesystems.MIMEResolver;
import org.openide.loaders.DataObject;
import org.openide.loaders.DataObjectExistsException;
import org.openide.loaders.MultiDataObject;
import org.openide.loaders.MultiFileLoader;
import org.openide.util.NbBundle.Messages;

/**
 * {@code .tlv} and {@code .sgn} files as a file type, so that any NetBeans file view (and
 * {@code DataObject}-based open code) opens them in the inspector. Only local files can be
 * inspected: the opener reads from disk.
 */
@MIMEResolver.ExtensionRegistration(displayName = "#LBL_TrustListFileType", mimeType = TrustListDataObject.MIME_TYPE,
        extension = {"tlv", "TLV", "sgn", "SGN"}, position = 3000)
@DataObject.Registration(mimeType = TrustListDataObject.MIME_TYPE, displayName = "#LBL_TrustListFileType",
        iconBase = "org/voicebench/trust/ui/resources/trustlist.png", position = 3000)
@ActionReferences({
    @ActionReference(path = "Loaders/" + TrustListDataObject.MIME_TYPE + "/Actions",
            id = @ActionID(category = "System", id = "org.openide.actions.OpenAction"), position = 100),
    @ActionReference(path = "Loaders/" + TrustListDataObject.MIME_TYPE + "/Actions",
            id = @ActionID(category = "System", id = "org.openide.actions.PropertiesAction"), position = 1400)
})
@Messages({
    "LBL_TrustListFileType=Cisco trust lists and signed files",
    "# {0} - file", "MSG_NotLocal=Cannot inspect {0}: only files on a local disk can be opened."
})
public final class TrustListDataObject extends MultiDataObject {

    /** MIME type of trust lists and signed files in the file system layer. */
    public static final String MIME_TYPE = "application/x-cisco-trustlist";

    private static final long serialVersionUID = 1L;

    public TrustListDataObject(FileObject file, MultiFileLoader loader) throws DataObjectExistsException {
        super(file, loader);
        getCookieSet().add((OpenCookie) this::openInInspector);
    }

    @Override
    protected int associateLookup() {
        return 1;
    }

    private void openInInspector() {
        File file = FileUtil.toFile(getPrimaryFile());
        if (file == null) {
            StatusDisplayer.getDefault().setStatusText(Bundle.MSG_NotLocal(getPrimaryFile().getPath()),
                    StatusDisplayer.IMPORTANCE_ANNOTATION);
            return;
        }
        TrustListOpener.getDefault().open(file.toPath());
    }
}
