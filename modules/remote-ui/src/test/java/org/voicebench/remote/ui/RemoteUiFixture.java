package org.voicebench.remote.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComponent;
import org.openide.nodes.Node;
import org.voicebench.lab.ui.LabDescriptions;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.inventory.PhoneInventory;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedPhone;

/**
 * Remote views and Phones panels of remote-ui for another module's GUI tests: services over a temporary phone
 * list with secrets in memory (the remote-ui test fixtures), panels built as remote-ui's own tests build them.
 * Swing methods are for the Swing thread.
 */
public final class RemoteUiFixture implements AutoCloseable {

    private final PhoneLab lab;
    private final MemorySecrets secrets = new MemorySecrets();
    private final RemoteServices services;
    private final List<RemotePanel> views = new ArrayList<>();

    public RemoteUiFixture(Path dir, PhoneLab lab) throws IOException {
        this.lab = lab;
        this.services = new RemoteServices(PhoneList.load(dir.resolve("phones.json")), secrets, LabPhones.FAST, null);
    }

    /** Saves the phone in the list in this group, with its own user and password. */
    public PhoneEntry save(SimulatedPhone p, String group, String user, String password) throws IOException {
        PhoneEntry e = LabGroup.entries(LabDescriptions.phones(lab)).get(p.index()).withGroup(group).withUser(user);
        services.list().update(inv -> inv.with(e));
        secrets.save(PhoneInventory.phoneSecretKey(e.address()), password.toCharArray(), "test");
        return e;
    }

    /** A remote view of the phone (its toolbar has the registered extensions' items). */
    public JComponent remoteView(PhoneEntry e) {
        RemotePanel p = new RemotePanel(services, e, new ScriptedPhoneDialogs());
        views.add(p);
        return p;
    }

    public static JButton key(JComponent remoteView, String key) {
        return ((RemotePanel) remoteView).keypad().button(key);
    }

    public static JComponent screen(JComponent remoteView) {
        return ((RemotePanel) remoteView).screen();
    }

    public static int paints(JComponent remoteView) {
        return ((RemotePanel) remoteView).screen().paints();
    }

    /** A Phones panel (its toolbar has the registered extensions' actions); opening a remote view does nothing. */
    public JComponent phonesPanel() {
        return new PhonesPanel(services, new ScriptedPhoneDialogs(), e -> { });
    }

    /** Selects the group's node in the Phones panel; false when it is not shown yet. */
    public static boolean selectGroup(JComponent phonesPanel, String group) {
        PhonesPanel p = (PhonesPanel) phonesPanel;
        for (Node n : p.getExplorerManager().getRootContext().getChildren().getNodes()) {
            PhoneNodes.GroupKey k = n.getLookup().lookup(PhoneNodes.GroupKey.class);
            if (k != null && k.name().equals(group)) {
                try {
                    p.getExplorerManager().setSelectedNodes(new Node[] {n});
                    return true;
                } catch (java.beans.PropertyVetoException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return false;
    }

    @Override
    public void close() {
        javax.swing.SwingUtilities.invokeLater(() -> views.forEach(RemotePanel::close));
        services.close();
    }
}
