package org.voicebench.trust.ui.inspector;

import java.awt.BorderLayout;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.SwingUtilities;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.explorer.ExplorerManager;
import org.openide.explorer.ExplorerUtils;
import org.openide.explorer.propertysheet.PropertySheetView;
import org.openide.explorer.view.OutlineView;
import org.openide.nodes.Node;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.Lookups;
import org.openide.util.lookup.ProxyLookup;
import org.openide.windows.TopComponent;
import org.voicebench.trust.CertificateInfo;
import org.voicebench.trust.ui.FileChoosers;
import org.voicebench.trust.InspectedFile;
import org.voicebench.trust.ui.compare.CompareWindows;
import org.voicebench.trust.ui.export.BackgroundWrite;
import org.voicebench.trust.ui.export.ExportCertificateAction;
import org.voicebench.trust.ui.export.JsonExport;
import org.voicebench.trust.ui.hex.HexView;
import org.voicebench.trust.ui.nodes.Columns;
import org.voicebench.trust.ui.nodes.TrustListNodes;
import org.voicebench.trust.ui.open.OpenFailures;

/**
 * One file's inspector: verdict banner, hashes, the outline of header and records, the
 * property sheet of the selection, the hex view and the warnings. It receives a parsed file and
 * only arranges parts built elsewhere; nothing here reads a file on the Swing thread.
 * <p>
 * Not persisted: after a restart files are reopened from File &gt; Open Recent, which reads and
 * verifies them again rather than restoring a window whose file may have changed.
 */
@Messages({
    "COL_Node=Element",
    "LBL_Warnings=Warnings",
    "LBL_NoWarnings=No warnings",
    "TITLE_ExportJson=Export JSON",
    "TITLE_VerifyAgainst=Choose the Trust List the Phone Holds",
    "TITLE_CannotVerify=Cannot Verify"
})
public final class InspectorTopComponent extends TopComponent implements ExplorerManager.Provider {

    private static final Logger LOG = Logger.getLogger(InspectorTopComponent.class.getName());

    /**
     * Starting widths of Element, Function, Subject, Serial and Expires: the tree column only
     * needs names (its values are in the sheet), subjects are the long distinguished names.
     */
    static final int[] COLUMN_WIDTHS = {150, 90, 340, 170, 100};

    private final ExplorerManager manager = new ExplorerManager();
    private final InspectedFile file;
    private final OutlineView outline;
    private final HexView hex;
    private final SignatureBanner banner;
    private final HashesPanel hashes;
    private final WarningsList warnings;
    private final InspectorToolbar toolbar;
    private final SelectionSync sync;

    public InspectorTopComponent(InspectedFile file) {
        this.file = file;
        setName(file.fileName());
        setToolTipText(file.path().toString());
        setLayout(new BorderLayout());

        manager.setRootContext(TrustListNodes.root(file));
        outline = new OutlineView(Bundle.COL_Node());
        outline.setPropertyColumns(Columns.namesAndLabels());
        outline.getOutline().setRootVisible(false);
        widths(outline.getOutline().getColumnModel(), COLUMN_WIDTHS);
        outline.setDefaultActionAllowed(false);
        hex = new HexView(file.list().size(), file.list()::byteAt);
        banner = new SignatureBanner(this::verifyAgainstChosenList);
        banner.offerVerifyAgainst(true);
        banner.show(new Verdict(file.signature(), file.list(), null));
        hashes = new HashesPanel(file.hashes());
        sync = new SelectionSync(manager, file.list(), hex, this::reveal);
        warnings = new WarningsList(file.warnings(), sync::selectOffset);
        toolbar = new InspectorToolbar(this::exportSelectedCertificate, this::exportJsonInteractively,
                () -> CompareWindows.openWithOld(file));
        manager.addPropertyChangeListener(e -> {
            if (ExplorerManager.PROP_SELECTED_NODES.equals(e.getPropertyName())) {
                toolbar.exportCertificate.setEnabled(selectedCertificate() != null);
            }
        });

        JPanel north = new JPanel(new BorderLayout());
        north.add(banner, BorderLayout.NORTH);
        north.add(toolbar, BorderLayout.CENTER);
        north.add(hashes, BorderLayout.SOUTH);
        add(north, BorderLayout.NORTH);

        JSplitPane left = new JSplitPane(JSplitPane.VERTICAL_SPLIT, outline, new PropertySheetView());
        left.setResizeWeight(0.6);
        JSplitPane center = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, left, new JScrollPane(hex));
        center.setResizeWeight(0.55);
        add(center, BorderLayout.CENTER);

        JPanel south = new JPanel(new BorderLayout());
        JLabel label = new JLabel(file.warnings().isEmpty() ? Bundle.LBL_NoWarnings() : Bundle.LBL_Warnings());
        label.setLabelFor(warnings);
        label.setBorder(BorderFactory.createEmptyBorder(2, 8, 2, 8));
        south.add(label, BorderLayout.NORTH);
        if (!file.warnings().isEmpty()) {
            south.add(new JScrollPane(warnings), BorderLayout.CENTER);
        }
        add(south, BorderLayout.SOUTH);

        // the TrustList too: other modules' context actions (Check Against Cluster...) see a trust-core type
        associateLookup(new ProxyLookup(ExplorerUtils.createLookup(manager, getActionMap()),
                Lookups.fixed(file, file.list())));
    }

    @Override
    public ExplorerManager getExplorerManager() {
        return manager;
    }

    @Override
    public int getPersistenceType() {
        return PERSISTENCE_NEVER;
    }

    @Override
    protected String preferredID() {
        return "TrustListInspector";
    }

    @Override
    protected void componentActivated() {
        ExplorerUtils.activateActions(manager, true);
    }

    @Override
    protected void componentDeactivated() {
        ExplorerUtils.activateActions(manager, false);
    }

    /** The file shown. */
    public InspectedFile file() {
        return file;
    }

    public HexView hexView() {
        return hex;
    }

    public SignatureBanner banner() {
        return banner;
    }

    public OutlineView outlineView() {
        return outline;
    }

    /** Selects the innermost element holding the byte at {@code offset}, as a click in the hex view does. */
    public boolean selectOffset(int offset) {
        return sync.selectOffset(offset);
    }

    /** Writes the JSON of this file (with the verdict shown) to {@code target}, off the Swing thread. */
    public CompletableFuture<Boolean> exportJson(Path target) {
        Verdict shown = banner.verdict();
        return BackgroundWrite.run(target, () -> JsonExport.write(target, file, shown.result()));
    }

    /** Checks this file against another trust list and shows the verdict; completes on the Swing thread. */
    public CompletableFuture<Verdict> verifyAgainst(Path trustList) {
        banner.setVerifying(true);
        CompletableFuture<Verdict> shown = new CompletableFuture<>();
        VerifyAgainst.check(file.list(), trustList).whenComplete((verdict, error) -> SwingUtilities.invokeLater(() -> {
            banner.setVerifying(false);
            if (error == null) {
                banner.show(verdict);
                shown.complete(verdict);
                return;
            }
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            IOException io = cause instanceof IOException e ? e : new IOException(cause.toString(), cause);
            String message = OpenFailures.describe(trustList, io);
            LOG.log(Level.INFO, message);
            LOG.log(Level.FINE, null, cause);
            NotifyDescriptor d = new NotifyDescriptor.Message(message, NotifyDescriptor.ERROR_MESSAGE);
            d.setTitle(Bundle.TITLE_CannotVerify());
            DialogDisplayer.getDefault().notifyLater(d);
            shown.completeExceptionally(cause);
        }));
        return shown;
    }

    private void verifyAgainstChosenList() {
        Path trustList = FileChoosers.openOne(Bundle.TITLE_VerifyAgainst());
        if (trustList != null) {
            verifyAgainst(trustList);
        }
    }

    private void exportJsonInteractively() {
        String base = file.fileName().replaceAll("\\.[^.]*$", "");
        Path target = FileChoosers.save(Bundle.TITLE_ExportJson(), new File(base + ".json"), FileChoosers.jsonFilter());
        if (target != null) {
            exportJson(target);
        }
    }

    /** The certificate of the selected record, or of the record the selected element belongs to. */
    private CertificateInfo selectedCertificate() {
        Node[] nodes = manager.getSelectedNodes();
        for (Node n = nodes.length == 1 ? nodes[0] : null; n != null; n = n.getParentNode()) {
            CertificateInfo c = n.getLookup().lookup(CertificateInfo.class);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private static void widths(javax.swing.table.TableColumnModel columns, int... widths) {
        for (int i = 0; i < widths.length && i < columns.getColumnCount(); i++) {
            columns.getColumn(i).setPreferredWidth(widths[i]);
        }
    }

    private void exportSelectedCertificate() {
        CertificateInfo c = selectedCertificate();
        if (c != null) {
            ExportCertificateAction.exportInteractively(c);
        }
    }

    /** Expands the parents of {@code node} so a selection made from the hex view is visible. */
    private void reveal(Node node) {
        for (Node p = node.getParentNode(); p != null && p != manager.getRootContext(); p = p.getParentNode()) {
            outline.expandNode(p);
        }
    }
}
