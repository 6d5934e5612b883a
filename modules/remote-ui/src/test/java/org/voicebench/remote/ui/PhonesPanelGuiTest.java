package org.voicebench.remote.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voicebench.testsupport.GuiTestSupport.onEdt;
import static org.voicebench.testsupport.GuiTestSupport.waitFor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.netbeans.jemmy.operators.JButtonOperator;
import org.netbeans.jemmy.operators.JFrameOperator;
import org.netbeans.jemmy.operators.JTableOperator;
import org.netbeans.swing.outline.Outline;
import org.openide.explorer.view.Visualizer;
import org.openide.nodes.Node;
import org.voicebench.lab.ui.RunningLab;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.inventory.InventoryCsv;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.inventory.PhoneInventory;
import org.voicebench.testsupport.TestFrame;

/** The Phones window's panel in a frame against simulated phones. */
class PhonesPanelGuiTest {

    @RegisterExtension
    final TestFrame frame = new TestFrame();

    @TempDir
    Path dir;

    private LabPhones lab;
    private PhonesPanel panel;
    private JFrameOperator f;
    private final ScriptedPhoneDialogs dialogs = new ScriptedPhoneDialogs();
    private final List<PhoneEntry> opened = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        if (lab != null) {
            lab.close();
        }
    }

    private void show(RunningLab labService, String firstAddress) throws Exception {
        lab = new LabPhones(dir, firstAddress, labService);
        panel = onEdt(() -> new PhonesPanel(lab.services, dialogs, opened::add));
        f = new JFrameOperator(frame.show("Phones", panel));
    }

    private Outline outline() {
        return panel.view().getOutline();
    }

    /** The row showing a node of this display name, or -1. */
    private int row(String name) {
        return edt(() -> {
            Outline o = outline();
            for (int r = 0; r < o.getRowCount(); r++) {
                Node n = Visualizer.findNode(o.getValueAt(r, 0));
                if (n != null && name.equals(n.getDisplayName())) {
                    return r;
                }
            }
            return -1;
        });
    }

    /** The text in a named column of the row showing {@code name}. */
    private String cell(String name, String columnLabel) {
        return edt(() -> {
            int r = row(name);
            if (r < 0) {
                return null;
            }
            Outline o = outline();
            for (int c = 0; c < o.getColumnCount(); c++) {
                if (columnLabel.equals(o.getColumnName(c))) {
                    Object v = o.getValueAt(r, c);
                    return v instanceof Node.Property<?> p ? String.valueOf(p.getValue()) : String.valueOf(v);
                }
            }
            throw new AssertionError("no column " + columnLabel);
        });
    }

    /** On the Swing thread, also when already there (inside waitFor's checks). */
    private static <T> T edt(java.util.concurrent.Callable<T> work) {
        if (javax.swing.SwingUtilities.isEventDispatchThread()) {
            try {
                return work.call();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        return onEdt(work);
    }

    private void select(String name) {
        waitFor(name + " in the outline", () -> row(name) >= 0);
        new JTableOperator(outline()).clickOnCell(row(name), 0);
        waitFor(name + " selected", () -> panel.getExplorerManager().getSelectedNodes().length == 1
                && name.equals(panel.getExplorerManager().getSelectedNodes()[0].getDisplayName()));
    }

    @Test
    void addTwoPhonesSetTheGroupsCredentialsAndSeeStatusModelFirmwareAndItl() throws Exception {
        show(null, "127.0.94.1");
        PhoneAddress a7965 = PhoneAddress.parse(lab.p7965().hostAndPort());
        PhoneAddress a8845 = PhoneAddress.parse(lab.p8845().hostAndPort());
        dialogs.phones.add(new PhoneEntry(a7965, "Desk 7965", "Desk", "", ""));
        dialogs.phones.add(new PhoneEntry(a8845, "Lobby 8845", "Desk", "8845", ""));
        new JButtonOperator(f, "Add\u2026").push();
        new JButtonOperator(f, "Add\u2026").push();
        waitFor("both phones listed", () -> row("Desk 7965") >= 0 && row("Lobby 8845") >= 0);
        waitFor("reachable without credentials", () -> "reachable".equals(cell("Desk 7965", "Status")));
        waitFor("the 7965's model detected from DeviceInformationX", () -> "7965".equals(cell("Desk 7965", "Model")));
        assertEquals("7965", lab.services.list().saved().find(a7965).orElseThrow().model(), "the detected model is saved");
        waitFor("the 8845 probed", () -> "reachable".equals(cell("Lobby 8845", "Status")));
        assertEquals("sip88xx.14-2-1-0001-14", cell("Lobby 8845", "Firmware"));
        assertTrue(cell("Lobby 8845", "ITL").startsWith("ITL "), cell("Lobby 8845", "ITL"));
        assertEquals(a8845.toString(), cell("Lobby 8845", "Address"));

        select("Desk");
        dialogs.credentials.add(new PhoneDialogs.Credentials(LabPhones.USER, LabPhones.PASSWORD.toCharArray()));
        new JButtonOperator(f, "Credentials\u2026").push();
        waitFor("authentication OK on both", () -> "authentication OK".equals(cell("Desk 7965", "Status"))
                && "authentication OK".equals(cell("Lobby 8845", "Status")));
        assertEquals("user labuser", cell("Desk", "Address"));
        assertFalse(cell("Desk 7965", "Last Seen").isEmpty());
        assertEquals(LabPhones.PASSWORD, new String(lab.secrets.read(PhoneInventory.groupSecretKey("Desk"))));

        String stored = Files.readString(lab.services.list().file(), StandardCharsets.UTF_8);
        assertTrue(stored.contains("\"labuser\""), stored);
        assertFalse(stored.contains(LabPhones.PASSWORD), "the stored list holds no password: " + stored);
        assertFalse(stored.toLowerCase().contains("password"), stored);

        dialogs.credentials.add(new PhoneDialogs.Credentials(LabPhones.USER, "wrong".toCharArray()));
        select("Lobby 8845");
        new JButtonOperator(f, "Credentials\u2026").push();
        waitFor("a wrong password on the phone itself fails", () -> "authentication failed".equals(cell("Lobby 8845", "Status")));
        assertEquals("authentication OK", cell("Desk 7965", "Status"), "the group's password still works for the other");
        assertFalse(Files.readString(lab.services.list().file()).contains("wrong"));

        new JButtonOperator(f, "Open Remote View").push();
        waitFor("the remote view opener", () -> opened.size() == 1);
        assertEquals(a8845, opened.get(0).address());
    }

    @Test
    void theLabGroupFollowsTheRunningPhoneLabAndItsPhonesCannotBeEdited() throws Exception {
        RunningLab service = new RunningLab();
        show(service, "127.0.94.11");
        assertEquals(-1, row("Lab"));
        service.publish(lab.lab);
        waitFor("the Lab group with both phones", () -> row("Lab") >= 0 && row(lab.p7965().name()) >= 0
                && row(lab.p8845().name()) >= 0);
        assertEquals("8845", cell(lab.p8845().name(), "Model"));
        waitFor("the lab phones probed", () -> "reachable".equals(cell(lab.p8845().name(), "Status")));
        select(lab.p8845().name());
        new JButtonOperator(f, "Edit\u2026").push();
        waitFor("the refusal", () -> dialogs.errors.size() == 1);
        assertTrue(dialogs.errors.get(0).contains("belongs to the running Phone Lab"), dialogs.errors.get(0));
        assertFalse(Files.exists(lab.services.list().file()) && Files.readString(lab.services.list().file()).contains(lab.p8845().name()),
                "lab phones are not saved");

        // one lab phone with credentials of its own (a phone that accepts another password than the lab's)
        dialogs.credentials.add(new PhoneDialogs.Credentials(LabPhones.USER, "not-its-password".toCharArray()));
        new JButtonOperator(f, "Credentials\u2026").push();
        waitFor("the phone's own (wrong) password is used", () -> "authentication failed".equals(cell(lab.p8845().name(),
                "Status")));
        assertEquals("reachable", cell(lab.p7965().name(), "Status"), "the other lab phone is not affected");
        PhoneAddress a8845 = PhoneAddress.parse(lab.p8845().hostAndPort());
        assertEquals("not-its-password", new String(lab.secrets.read(PhoneInventory.phoneSecretKey(a8845))));
        assertTrue(lab.services.list().isLab(a8845), "still a lab phone, still not saved");

        service.stop();
        waitFor("the Lab group to go", () -> row("Lab") < 0);
    }

    /** The status and ITL columns follow what an audit, a fix or a macro did; the cells read as plain table text. */
    @Test
    void theColumnsShowWhatWasJustDoneToThePhonesAsPlainText() throws Exception {
        show(null, "127.0.94.61");
        PhoneEntry e = lab.saveWithCredentials(lab.p8845(), LabPhones.PASSWORD);
        onEdt(() -> {
            lab.services.refreshStatus(java.util.List.of(e));
            return null;
        });
        waitFor("the 8845 probed", () -> cell(e.name(), "ITL") != null && cell(e.name(), "ITL").startsWith("ITL "));
        String before = cell(e.name(), "ITL");
        lab.p8845().installItl(null); // what an erase does
        onEdt(() -> {
            lab.services.refreshStatus(java.util.List.of(e));
            return null;
        });
        waitFor("the ITL column to follow the erase", () -> "no ITL".equals(cell(e.name(), "ITL")));
        assertFalse(before.equals(cell(e.name(), "ITL")));
        java.awt.Component rendered = edt(() -> {
            Outline o = outline();
            int r = row(e.name());
            int c = 0;
            while (!"ITL".equals(o.getColumnName(c))) {
                c++;
            }
            return o.prepareRenderer(o.getCellRenderer(r, c), r, c);
        });
        assertTrue(rendered instanceof javax.swing.JLabel label && "no ITL".equals(label.getText()) && label.isEnabled()
                && !(rendered instanceof java.awt.Container container && container.getComponentCount() > 0),
                "a plain, enabled label without a property editor button: " + rendered);
    }

    @Test
    void statusIsRefreshedPeriodicallyOnlyWhileTheWindowIsShown() throws Exception {
        show(null, "127.0.94.41");
        waitFor("the periodic refresh to run while shown", () -> panel.periodicRefreshRunning());
        javax.swing.SwingUtilities.invokeAndWait(() -> javax.swing.SwingUtilities.getWindowAncestor(panel).setVisible(false));
        waitFor("the periodic refresh to stop while hidden", () -> !panel.periodicRefreshRunning());
    }

    @Test
    void importAndExportCsvWithoutPasswords() throws Exception {
        show(null, "127.0.94.21");
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "address,model,name,group,user\n" + lab.p7965().hostAndPort() + ",7965,Desk A,Site 1,u1\n"
                + lab.p8845().hostAndPort() + ",8845,Desk B,Site 2,\n");
        dialogs.files.add(in);
        new JButtonOperator(f, "Import CSV\u2026").push();
        waitFor("two phones imported", () -> row("Desk A") >= 0 && row("Desk B") >= 0 && row("Site 2") >= 0);
        lab.secrets.save(PhoneInventory.phoneSecretKey(PhoneAddress.parse(lab.p7965().hostAndPort())), "pw".toCharArray(), "t");

        Path out = dir.resolve("out/phones.csv");
        dialogs.files.add(out);
        new JButtonOperator(f, "Export CSV\u2026").push();
        waitFor("the export", () -> Files.exists(out));
        String csv = Files.readString(out);
        assertEquals(InventoryCsv.write(lab.services.list().saved().phones()), csv);
        assertEquals(2, InventoryCsv.read(csv, "out").size());
        assertFalse(csv.contains("pw") || csv.toLowerCase().contains("password"), csv);

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "address,password\n10.0.0.1,x\n");
        dialogs.files.add(bad);
        new JButtonOperator(f, "Import CSV\u2026").push();
        waitFor("the import error", () -> dialogs.errors.size() == 1);
        assertTrue(dialogs.errors.get(0).startsWith("Import failed: " + bad + ", line 1: column \"password\""), dialogs.errors.get(0));
    }

    @Test
    void removeDropsThePhoneAndItsPassword() throws Exception {
        show(null, "127.0.94.31");
        PhoneEntry e = lab.saveWithCredentials(lab.p7965(), LabPhones.PASSWORD);
        waitFor("the phone", () -> row(e.displayName()) >= 0);
        select(e.displayName());
        new JButtonOperator(f, "Remove").push();
        waitFor("the phone to go", () -> row(e.displayName()) < 0);
        panel.awaitIdle();
        assertTrue(lab.secrets.values.isEmpty(), "its password is deleted");
        assertEquals(0, lab.services.list().saved().size());
    }
}
