package org.voicebench.trust.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voicebench.testsupport.GuiTestSupport.onEdt;
import static org.voicebench.testsupport.GuiTestSupport.waitFor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Component;
import java.awt.Container;
import java.awt.Point;
import java.awt.Toolkit;
import java.awt.datatransfer.Clipboard;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.StringSelection;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.awt.event.ContainerEvent;
import java.awt.event.ContainerListener;
import java.awt.image.BufferedImage;
import java.beans.PropertyEditorManager;
import java.beans.PropertyEditorSupport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPopupMenu;
import javax.swing.JTable;
import javax.swing.table.TableColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.netbeans.jemmy.operators.ComponentOperator;
import org.netbeans.jemmy.operators.JButtonOperator;
import org.netbeans.jemmy.operators.JFrameOperator;
import org.netbeans.jemmy.operators.JListOperator;
import org.netbeans.jemmy.operators.JPopupMenuOperator;
import org.netbeans.jemmy.util.NameComponentChooser;
import org.netbeans.jemmy.operators.JTableOperator;
import org.netbeans.swing.outline.Outline;
import org.openide.explorer.propertysheet.PropertySheetView;
import org.openide.explorer.view.Visualizer;
import org.openide.nodes.Node;
import org.voicebench.trust.DigestAlgorithm;
import org.voicebench.trust.SignatureStatus;
import org.voicebench.trust.Warning;
import org.voicebench.trust.lab.LabCluster;
import org.voicebench.trust.TlvElement;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustRecord;
import org.voicebench.trust.ui.ByteRange;
import org.voicebench.trust.ui.Fixtures;
import org.voicebench.testsupport.TestFrame;
import org.voicebench.trust.InspectedFile;

/** The inspector window in a plain frame, driven with Jemmy as a user would. */
class InspectorGuiTest {

    @RegisterExtension
    final TestFrame frame = new TestFrame();

    @TempDir
    Path dir;

    /**
     * A String editor that offers a custom editor, as the platform's own does (the JDK's, used
     * outside the platform, offers none): only with it would cells grow a "..." button.
     */
    public static final class DialogStringEditor extends PropertyEditorSupport {
        @Override
        public boolean supportsCustomEditor() {
            return true;
        }

        @Override
        public Component getCustomEditor() {
            return new JLabel(getAsText());
        }
    }

    /** Shows the fixture ITL in an inspector. */
    private InspectorTopComponent showItl() {
        return show(Fixtures.inspected(dir, "ITLFile.tlv", Fixtures.itlBytes()));
    }

    private InspectorTopComponent show(InspectedFile file) {
        InspectorTopComponent tc = onEdt(() -> new InspectorTopComponent(file));
        frame.show(file.fileName(), tc);
        return tc;
    }

    /** The outline row that shows {@code record}; fails the test when there is none. */
    private static int rowOf(Outline outline, TrustRecord record) {
        int found = onEdt(() -> {
            for (int row = 0; row < outline.getRowCount(); row++) {
                Node n = Visualizer.findNode(outline.getValueAt(row, 0));
                if (n != null && n.getLookup().lookup(TrustRecord.class) == record) {
                    return row;
                }
            }
            return -1;
        });
        assertTrue(found >= 0, "record " + record.index() + " is a row of the outline");
        return found;
    }

    @Test
    void theWindowLookupOffersTheTrustListToOtherModulesActions() {
        InspectorTopComponent tc = showItl();
        // certcheck-ui's "Check Against Cluster..." is enabled by a TrustList in the active window's lookup
        assertSame(tc.file().list(), tc.getLookup().lookup(TrustList.class));
        assertSame(tc.file(), tc.getLookup().lookup(InspectedFile.class));
        assertEquals(tc.file().path().toString(), tc.getLookup().lookup(TrustList.class).source(),
                "its source is the file's path, which the Trust Check window opens");
    }

    @Test
    void selectingARecordInTheOutlineHighlightsItsBytes() {
        InspectorTopComponent tc = showItl();
        TrustRecord record = Fixtures.record(tc.file().list(), 3);
        Outline outline = tc.outlineView().getOutline();
        int row = rowOf(outline, record);
        new JTableOperator(outline).clickOnCell(row, 1);
        ByteRange expected = new ByteRange(record.offset(), record.length());
        waitFor("the hex view to highlight record 3", () -> expected.equals(tc.hexView().highlight()));
        assertEquals(record.length() + " bytes highlighted from offset " + record.offset(),
                onEdt(() -> tc.hexView().getAccessibleContext().getAccessibleDescription()));
        assertTrue(onEdt(() -> tc.hexView().getVisibleRect().intersects(
                tc.hexView().layoutGeometry().rowsOf(expected))), "the highlighted bytes are scrolled into view");
        JButtonOperator export = new JButtonOperator(new JFrameOperator(frame.get()), "Export Certificate...");
        waitFor("Export Certificate to be enabled for a record with a certificate", () -> export.getSource().isEnabled());
    }

    @Test
    void clickingAByteSelectsTheInnermostElementInTheTree() {
        InspectorTopComponent tc = showItl();
        TrustList list = tc.file().list();
        TlvElement subject = Fixtures.record(list, 5).element(3);
        int offset = subject.valueOffset() + 5;
        Point p = onEdt(() -> {
            Point at = tc.hexView().pointOf(offset);
            tc.hexView().scrollRectToVisible(new java.awt.Rectangle(at.x - 10, at.y - 10, 20, 20));
            return at;
        });
        waitFor("the byte to scroll into view", () -> tc.hexView().getVisibleRect().contains(p));
        new ComponentOperator(tc.hexView()).clickMouse(p.x, p.y, 1);
        waitFor("the SUBJECT_NAME of record 5 to be selected", () -> {
            Node[] sel = tc.getExplorerManager().getSelectedNodes();
            return sel.length == 1 && sel[0].getLookup().lookup(TlvElement.class) == subject;
        });
        Outline outline = tc.outlineView().getOutline();
        Node shown = onEdt(() -> Visualizer.findNode(outline.getValueAt(outline.getSelectedRow(), 0)));
        assertSame(subject, shown.getLookup().lookup(TlvElement.class), "the outline shows the selection");
        assertEquals(ByteRange.of(subject), onEdt(() -> tc.hexView().highlight()));
    }

    @Test
    void bannerShowsValidForAGoodFileAndInvalidForATamperedOne() {
        InspectorTopComponent tc = showItl();
        assertEquals(SignatureStatus.VALID, onEdt(() -> tc.banner().verdict().status()));
        assertTrue(onEdt(() -> tc.banner().text()).startsWith("Signature VALID: signed by record 1 (SAST"));
        assertEquals(SignatureBanner.VALID, onEdt(() -> tc.banner().getBackground()));

        InspectedFile bad = Fixtures.inspected(dir, "tampered.tlv", Fixtures.tampered(Fixtures.itlBytes()));
        InspectorTopComponent badTc = show(bad);
        assertEquals(SignatureStatus.INVALID, onEdt(() -> badTc.banner().verdict().status()));
        assertTrue(onEdt(() -> badTc.banner().text()).startsWith("Signature INVALID"));
        assertEquals(SignatureBanner.INVALID, onEdt(() -> badTc.banner().getBackground()));
    }

    @Test
    void signedFileTurnsValidWhenVerifiedAgainstItsTrustList() throws Exception {
        Path itl = Fixtures.write(dir, "ITLFile.tlv", Fixtures.itlBytes());
        InspectedFile sgn = Fixtures.inspected(dir, "SEP.cnf.xml.sgn", Fixtures.sgnBytes());
        InspectorTopComponent tc = show(sgn);
        assertEquals(SignatureStatus.UNVERIFIABLE, onEdt(() -> tc.banner().verdict().status()));
        assertTrue(onEdt(() -> tc.banner().verifyButton().isShowing()));
        Verdict v = onEdt(() -> tc.verifyAgainst(itl)).get(30, TimeUnit.SECONDS);
        assertEquals(SignatureStatus.VALID, v.status());
        assertTrue(onEdt(() -> tc.banner().text()).endsWith("(checked against ITLFile.tlv)"));
        assertEquals(SignatureBanner.VALID, onEdt(() -> tc.banner().getBackground()));
    }

    @Test
    void exportJsonWritesValidJson() throws Exception {
        InspectorTopComponent tc = showItl();
        Path out = dir.resolve("export.json");
        assertTrue(onEdt(() -> tc.exportJson(out)).get(30, TimeUnit.SECONDS));
        JsonNode json = new ObjectMapper().readTree(out.toFile());
        assertEquals("ITL", json.get("type").asText());
        assertEquals("VALID", json.get("signature").get("status").asText());
        assertEquals(tc.file().list().records().size(), json.get("records").size());
    }

    @Test
    void choosingAWarningSelectsItsElement() {
        LabCluster old = Fixtures.expiredCluster();
        byte[] bytes = old.itl(old.publisher(), LabCluster.ItlSigning.ITL_RECOVERY, DigestAlgorithm.SHA1, Fixtures.TIMESTAMP);
        InspectedFile file = Fixtures.inspected(dir, "old.tlv", bytes);
        TrustList list = file.list();
        List<Warning> warnings = list.warnings();
        int index = -1;
        for (int i = 0; i < warnings.size() && index < 0; i++) {
            if (warnings.get(i).code() == Warning.Code.CERT_EXPIRED) {
                index = i;
            }
        }
        assertTrue(index >= 0, "certificates from 2010 have expired: " + warnings);
        int offset = warnings.get(index).offset();
        InspectorTopComponent tc = show(file);
        JListOperator list1 = new JListOperator(new JFrameOperator(frame.get()), new NameComponentChooser(WarningsList.NAME));
        list1.clickOnItem(index, 1);
        TlvElement expected = list.elementAt(offset);
        assertEquals("CERTIFICATE", expected.name());
        waitFor("the expired certificate element to be selected", () -> {
            Node[] sel = tc.getExplorerManager().getSelectedNodes();
            return sel.length == 1 && sel[0].getLookup().lookup(TlvElement.class) == expected;
        });
        assertEquals(ByteRange.of(expected), onEdt(() -> tc.hexView().highlight()));
    }

    @Test
    void copyInARecordsContextMenuPutsSubjectSerialAndSha1OnTheClipboard() {
        InspectorTopComponent tc = showItl();
        TrustRecord record = Fixtures.record(tc.file().list(), 2);
        Outline outline = tc.outlineView().getOutline();
        int row = rowOf(outline, record);
        Clipboard clipboard = Toolkit.getDefaultToolkit().getSystemClipboard();
        onEdt(() -> {
            clipboard.setContents(new StringSelection("before"), null);
            return null;
        });
        JPopupMenu popup = new JTableOperator(outline).callPopupOnCell(row, 0);
        new JPopupMenuOperator(popup).pushMenu("Copy|Subject, Serial and SHA-1", "|");
        String expected = "Subject: " + record.subjectName() + "\nSerial: " + record.serialHex()
                + "\nSHA-1 fingerprint: " + record.certificate().sha1();
        waitFor("the clipboard to hold the record's subject, serial and SHA-1",
                () -> expected.equals(clipboardText(clipboard)));
    }

    private static String clipboardText(Clipboard clipboard) {
        try {
            return (String) clipboard.getData(DataFlavor.stringFlavor);
        } catch (UnsupportedFlavorException | IOException e) {
            return "unreadable clipboard: " + e;
        }
    }

    @Test
    void outlineColumnsStartWithElementNarrowAndSubjectWidest() {
        InspectorTopComponent tc = showItl();
        Outline outline = tc.outlineView().getOutline();
        waitFor("the outline to be laid out", () -> outline.getWidth() > 0 && outline.getRowCount() > 0);
        Map<String, Integer> widths = onEdt(() -> {
            Map<String, Integer> out = new HashMap<>();
            for (int i = 0; i < outline.getColumnModel().getColumnCount(); i++) {
                TableColumn c = outline.getColumnModel().getColumn(i);
                out.put(String.valueOf(c.getHeaderValue()), c.getWidth());
            }
            return out;
        });
        assertEquals(5, widths.size(), widths.toString());
        int subject = widths.get("Subject");
        for (Map.Entry<String, Integer> e : widths.entrySet()) {
            assertTrue(e.getKey().equals("Subject") || e.getValue() < subject, "Subject is the widest column: " + widths);
        }
        assertTrue(widths.get("Element") * 2 <= subject, "Element is at most half as wide as Subject: " + widths);
        assertTrue(widths.get("Element") < widths.get("Serial"), "Element is narrower than Serial: " + widths);
    }

    @Test
    void readOnlyValuesHaveNoCustomEditorButtonInOutlineOrPropertySheet() {
        PropertyEditorManager.registerEditor(String.class, DialogStringEditor.class);
        PropertyEditorManager.registerEditor(Integer.class, DialogStringEditor.class);
        try {
            InspectorTopComponent tc = showItl();
            Outline outline = tc.outlineView().getOutline();
            int row = rowOf(outline, Fixtures.record(tc.file().list(), 1));
            for (int column = 1; column < onEdt(outline::getColumnCount); column++) {
                int col = column;
                List<Component> drawn = onEdt(() -> paintCell(outline, row, col));
                assertTrue(drawn.stream().noneMatch(JButton.class::isInstance),
                        "outline cell " + row + "," + col + " draws no \"...\" button: " + classes(drawn));
            }

            new JTableOperator(outline).clickOnCell(row, 1);
            JTable sheet = onEdt(() -> find(tc, PropertySheetView.class, JTable.class));
            waitFor("the property sheet to show the record", () -> sheet.getRowCount() > 10);
            for (int r = 0; r < onEdt(sheet::getRowCount); r++) {
                int sheetRow = r;
                List<Component> drawn = onEdt(() -> paintCell(sheet, sheetRow, 1));
                assertTrue(drawn.stream().noneMatch(JButton.class::isInstance),
                        "property sheet row " + r + " draws no \"...\" button: " + classes(drawn));
            }
        } finally {
            PropertyEditorManager.registerEditor(String.class, null);
            PropertyEditorManager.registerEditor(Integer.class, null);
        }
    }

    /**
     * Paints one cell into an image and returns every component the renderer used for it. Property
     * renderers paint their parts through a CellRendererPane they add while painting, so the parts
     * are caught as they are added.
     */
    private static List<Component> paintCell(JTable table, int row, int column) {
        Component renderer = table.prepareRenderer(table.getCellRenderer(row, column), row, column);
        List<Component> seen = new ArrayList<>();
        ContainerListener catcher = new ContainerListener() {
            @Override
            public void componentAdded(ContainerEvent e) {
                collect(e.getChild(), seen, this);
            }

            @Override
            public void componentRemoved(ContainerEvent e) {
            }
        };
        collect(renderer, seen, catcher);
        int w = Math.max(table.getColumnModel().getColumn(column).getWidth(), 200);
        int h = Math.max(table.getRowHeight(row), 16);
        renderer.setSize(w, h);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        renderer.paint(image.getGraphics());
        return seen;
    }

    private static List<String> classes(List<Component> components) {
        return components.stream().map(c -> c.getClass().getName()).toList();
    }

    private static void collect(Component c, List<Component> seen, ContainerListener catcher) {
        seen.add(c);
        if (c instanceof Container k) {
            k.addContainerListener(catcher);
            for (Component child : k.getComponents()) {
                collect(child, seen, catcher);
            }
        }
    }

    /** The first {@code type} inside the first {@code within} under {@code root}. */
    private static <T extends Component> T find(Container root, Class<? extends Container> within, Class<T> type) {
        for (Component c : root.getComponents()) {
            if (within.isInstance(c)) {
                return findType((Container) c, type);
            }
            if (c instanceof Container k) {
                T inner = find(k, within, type);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private static <T extends Component> T findType(Container root, Class<T> type) {
        for (Component c : root.getComponents()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
            if (c instanceof Container k) {
                T inner = findType(k, type);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }
}
