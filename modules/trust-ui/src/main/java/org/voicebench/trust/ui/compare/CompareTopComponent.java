package org.voicebench.trust.ui.compare;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.GridLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.BorderFactory;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.table.DefaultTableCellRenderer;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustListDiff;
import org.voicebench.trust.TrustLists;
import org.voicebench.trust.ui.open.OpenFailures;
import org.voicebench.ui.BackgroundWork;

/**
 * Two trust lists side by side: signer and header changes on top, then every record of OLD
 * and NEW in one table (unchanged, added, removed, changed with the changed fields marked).
 * Reading and comparing run off the Swing thread. Not persisted, like the inspectors.
 */
@Messages({
    "CTL_CompareTopComponent=Compare Trust Lists",
    "# {0} - old file", "# {1} - new file", "CTL_CompareTitle=Compare {0} / {1}",
    "LBL_Old=&OLD:",
    "LBL_New=&NEW:",
    "SIDE_Old=OLD",
    "SIDE_New=NEW",
    "STATUS_Choose=Choose the OLD and NEW trust lists.",
    "STATUS_Comparing=Comparing...",
    "PROGRESS_Comparing=Comparing trust lists",
    "TITLE_CannotCompare=Cannot Compare",
    "ACSN_CompareTable=Records of OLD and NEW"
})
public final class CompareTopComponent extends TopComponent {

    private static final Logger LOG = Logger.getLogger(CompareTopComponent.class.getName());

    static final Color ADDED = new Color(0xc8, 0xe6, 0xc9);
    static final Color REMOVED = new Color(0xff, 0xcd, 0xd2);
    static final Color CHANGED = new Color(0xff, 0xe0, 0x82);

    private final SidePanel oldSide;
    private final SidePanel newSide;
    private final JTextArea summary = new JTextArea(4, 60);
    private final JTable table = new JTable(new CompareTableModel(List.of()));
    private Path oldPath;
    private TrustList oldList;
    private Path newPath;
    private TrustList newList;
    /** Reads and compares; a newer comparison drops the result of one still running. */
    private final BackgroundWork work = new BackgroundWork(CompareTopComponent.class.getName());
    private TrustListDiff diff;

    public CompareTopComponent() {
        setName(Bundle.CTL_CompareTopComponent());
        setLayout(new BorderLayout());
        oldSide = new SidePanel(Bundle.LBL_Old(), Bundle.SIDE_Old(), this::setOld);
        newSide = new SidePanel(Bundle.LBL_New(), Bundle.SIDE_New(), this::setNew);
        JPanel sides = new JPanel(new GridLayout(2, 1, 0, 4));
        sides.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        sides.add(oldSide);
        sides.add(newSide);
        summary.setEditable(false);
        summary.setLineWrap(true);
        summary.setText(Bundle.STATUS_Choose());
        JPanel north = new JPanel(new BorderLayout());
        north.add(sides, BorderLayout.NORTH);
        north.add(new JScrollPane(summary), BorderLayout.CENTER);
        add(north, BorderLayout.NORTH);
        table.setAutoCreateRowSorter(true);
        table.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
        table.setDefaultRenderer(Object.class, new DiffRenderer());
        table.getAccessibleContext().setAccessibleName(Bundle.ACSN_CompareTable());
        add(new JScrollPane(table), BorderLayout.CENTER);
    }

    @Override
    public int getPersistenceType() {
        return PERSISTENCE_NEVER;
    }

    @Override
    protected String preferredID() {
        return "TrustListCompare";
    }

    /** Sets OLD (with its parsed list when known) and compares when NEW is set too. */
    public void setOld(Path path, TrustList list) {
        oldPath = path;
        oldList = list;
        oldSide.show(path);
        compareWhenReady();
    }

    /** Sets NEW (with its parsed list when known) and compares when OLD is set too. */
    public void setNew(Path path, TrustList list) {
        newPath = path;
        newList = list;
        newSide.show(path);
        compareWhenReady();
    }

    /** Asks the user for NEW. */
    public void chooseNew() {
        newSide.choose();
    }

    public JTable table() {
        return table;
    }

    public CompareTableModel model() {
        return (CompareTableModel) table.getModel();
    }

    /** The summary lines as shown. */
    public String summaryText() {
        return summary.getText();
    }

    /** The last diff shown, or {@code null}. */
    public TrustListDiff diff() {
        return diff;
    }

    private CompletableFuture<TrustListDiff> pending = CompletableFuture.completedFuture(null);

    /** Completes (on the Swing thread) when the comparison started last has been shown or reported. */
    public CompletableFuture<TrustListDiff> comparison() {
        return pending;
    }

    private void compareWhenReady() {
        if (oldPath == null || newPath == null) {
            return;
        }
        Path op = oldPath;
        Path np = newPath;
        TrustList ol = oldList;
        TrustList nl = newList;
        setDisplayName(Bundle.CTL_CompareTitle(op.getFileName().toString(), np.getFileName().toString()));
        setToolTipText(op + " / " + np);
        summary.setText(Bundle.STATUS_Comparing());
        CompletableFuture<TrustListDiff> done = new CompletableFuture<>();
        pending = done;
        // the file being read when a read fails, for the message
        Path[] reading = {op};
        work.start(Bundle.PROGRESS_Comparing(), null, ctx -> {
            TrustList o = ol != null ? ol : TrustLists.read(op);
            reading[0] = np;
            TrustList n = nl != null ? nl : TrustLists.read(np);
            TrustListDiff d = TrustListDiff.compare(o, n);
            return new Compared(d, CompareRows.of(d));
        }, compared -> {
            show(compared.diff(), compared.rows());
            done.complete(compared.diff());
        }, e -> {
            String message = OpenFailures.describe(reading[0], e instanceof IOException io ? io
                    : new IOException(e.toString(), e));
            LOG.log(Level.INFO, message);
            summary.setText(message);
            table.setModel(new CompareTableModel(List.of()));
            NotifyDescriptor nd = new NotifyDescriptor.Message(message, NotifyDescriptor.ERROR_MESSAGE);
            nd.setTitle(Bundle.TITLE_CannotCompare());
            DialogDisplayer.getDefault().notifyLater(nd);
            done.completeExceptionally(e);
        });
    }

    /** A comparison's outcome: the diff and its table rows. */
    private record Compared(TrustListDiff diff, List<CompareRow> rows) {
    }

    private void show(TrustListDiff d, List<CompareRow> rows) {
        diff = d;
        summary.setText(String.join("\n", CompareSummary.lines(d)));
        table.setModel(new CompareTableModel(rows));
        int[] widths = {80, 36, 80, 230, 150, 90, 36, 80, 230, 150, 90, 160};
        for (int i = 0; i < widths.length && i < table.getColumnCount(); i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
    }

    /** Colours rows by what happened to them and marks the cells of changed fields. */
    private static final class DiffRenderer extends DefaultTableCellRenderer {

        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focus,
                                                       int row, int column) {
            Component c = super.getTableCellRendererComponent(table, value, selected, focus, row, column);
            if (selected) {
                return c;
            }
            CompareTableModel model = (CompareTableModel) table.getModel();
            int modelRow = table.convertRowIndexToModel(row);
            int modelColumn = table.convertColumnIndexToModel(column);
            CompareRow r = model.row(modelRow);
            Color bg = table.getBackground();
            if (r.kind() == CompareRow.Kind.ADDED && (modelColumn == 0 || CompareTableModel.newSide(modelColumn))) {
                bg = ADDED;
            } else if (r.kind() == CompareRow.Kind.REMOVED && (modelColumn == 0 || CompareTableModel.oldSide(modelColumn))) {
                bg = REMOVED;
            } else if (r.kind() == CompareRow.Kind.CHANGED
                    && (modelColumn == 0 || model.changedCell(modelRow, modelColumn))) {
                bg = CHANGED;
            }
            c.setBackground(bg);
            return c;
        }
    }
}
