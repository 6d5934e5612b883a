package org.voicebench.remote.ui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.event.ActionEvent;
import java.awt.event.HierarchyEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToolBar;
import javax.swing.SwingUtilities;
import org.openide.awt.Mnemonics;
import org.openide.explorer.ExplorerManager;
import org.openide.explorer.view.OutlineView;
import org.openide.nodes.Node;
import org.openide.util.NbBundle.Messages;
import org.openide.util.Lookup;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.model.ModelProfiles;
import org.voicebench.remote.ui.api.PhonesContext;
import org.voicebench.remote.ui.api.PhonesWindowExtension;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.common.AtomicFiles;
import org.voicebench.phone.inventory.InventoryCsv;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.inventory.PhoneInventory;
import org.voicebench.phone.inventory.PhoneProbe;
import org.voicebench.ui.BackgroundWork;

/**
 * The Phones window's content: the grouped phone list in an outline (name, address, model,
 * firmware, status, last seen, ITL) and the commands on it. Every file and keyring access and
 * every probe runs off the Swing thread; the list is saved after each change.
 */
@Messages({
    "ACT_Add=&Add\u2026", "ACT_Edit=&Edit\u2026", "ACT_Remove=Re&move", "ACT_Credentials=&Credentials\u2026",
    "ACT_Import=&Import CSV\u2026", "ACT_Export=E&xport CSV\u2026", "ACT_RefreshStatus=Refresh &Status",
    "ACT_Open=&Open Remote View",
    "TITLE_AddPhone=Add Phone", "TITLE_EditPhone=Edit Phone",
    "# {0} - phone", "TITLE_PhoneCredentials=Credentials for {0}",
    "# {0} - group", "TITLE_GroupCredentials=Credentials for group {0}",
    "TITLE_Import=Import Phones from CSV", "TITLE_Export=Export Phones to CSV",
    "# {0} - phone", "CONFIRM_RemovePhone=Remove {0} from the list (and its stored password)?",
    "# {0} - group", "# {1} - count", "CONFIRM_RemoveGroup=Remove group {0} with its {1} phones (and their stored passwords)?",
    "# {0} - phone", "# {1} - group", "ERR_LabPhone={0} belongs to the running Phone Lab ({1} group): it cannot be edited or removed here."
            + " Set the credentials of the {1} group instead.",
    "# {0} - reason", "ERR_Save=The phone list could not be saved: {0}",
    "# {0} - reason", "ERR_Import=Import failed: {0}",
    "# {0} - reason", "ERR_Export=Export failed: {0}",
    "# {0} - count", "STATUS_Imported=Imported {0} phones.",
    "# {0} - count", "# {1} - file", "STATUS_Exported=Exported {0} phones to {1} (no passwords).",
    "# {0} - phone", "ERR_LabPhoneGone=The Phone Lab stopped: {0} is no longer one of its phones.",
    "# {0} - phone", "STATUS_CredentialsSaved=Credentials saved for {0}; the password is in the keyring.",
    "ACSN_Phones=Phones",
    "# {0} - user", "# {1} - phone or group", "KEYRING_Description=VoiceBench phone password of {0} for {1}"
})
final class PhonesPanel extends JPanel implements ExplorerManager.Provider, PhoneNodes.Actions, PhonesContext {

    /** The action's text with its mnemonic marker, for the toolbar buttons. */
    private static final String RAW_NAME = "voicebench.rawName";
    private final RemoteServices services;
    private final PhoneDialogs dialogs;
    private final Consumer<PhoneEntry> opener;
    private final ExplorerManager manager = new ExplorerManager();
    private final OutlineView view = new OutlineView(Bundle.COL_Name());
    /** Saves, keyring writes, imports and exports, one at a time in order; outcomes to the Swing thread. */
    private final BackgroundWork work = new BackgroundWork(PhonesPanel.class.getName());
    private final JLabel status = new JLabel(" ");
    private final Action add = action(Bundle.ACT_Add(), this::add);
    private final Action edit = action(Bundle.ACT_Edit(), this::edit);
    private final Action remove = action(Bundle.ACT_Remove(), this::remove);
    private final Action credentials = action(Bundle.ACT_Credentials(), this::credentials);
    private final Action importCsv = action(Bundle.ACT_Import(), this::importCsv);
    private final Action exportCsv = action(Bundle.ACT_Export(), this::exportCsv);
    private final Action refresh = action(Bundle.ACT_RefreshStatus(), this::refreshStatus);
    private final Action open = action(Bundle.ACT_Open(), this::openSelected);
    /** Other modules' actions on the selection (Run Macro): this module does not know them. */
    private final List<Action> extensions = new ArrayList<>();
    /** The registered extensions; a module installed or enabled later (Tools > Plugins) adds its actions at once. */
    private final Lookup.Result<PhonesWindowExtension> extensionResult = Lookup.getDefault().lookupResult(PhonesWindowExtension.class);
    private final org.openide.util.LookupListener extensionListener = e -> SwingUtilities.invokeLater(this::extensionsChanged);
    private final List<JButton> extensionButtons = new ArrayList<>();
    private JToolBar toolbar;
    private boolean probedOnce;
    /** How often the shown window probes every phone again (read-only requests, a few phones at a time). */
    static final int STATUS_PERIOD_MS = 60_000;
    private final javax.swing.Timer statusTimer = new javax.swing.Timer(STATUS_PERIOD_MS, e -> refreshStatus());

    /**
     * @param opener opens the remote view of a phone
     */
    PhonesPanel(RemoteServices services, PhoneDialogs dialogs, Consumer<PhoneEntry> opener) {
        super(new BorderLayout());
        this.services = services;
        this.dialogs = dialogs;
        this.opener = opener;
        for (PhonesWindowExtension x : extensionResult.allInstances()) {
            extensions.addAll(x.actions(this));
        }
        extensionResult.addLookupListener(extensionListener);
        view.setPropertyColumns(PhoneNodes.columns());
        view.getOutline().setDefaultRenderer(org.openide.nodes.Node.Property.class, new PlainPropertyRenderer());
        view.getOutline().setRootVisible(false);
        view.getOutline().getAccessibleContext().setAccessibleName(Bundle.ACSN_Phones());
        view.setTreeSortable(true);
        manager.setRootContext(PhoneNodes.root(services.list(), this));
        add(toolbar(), BorderLayout.NORTH);
        add(view, BorderLayout.CENTER);
        add(status, BorderLayout.SOUTH);
        // new groups appear collapsed in an outline: show every phone
        services.list().addChangeListener(e -> SwingUtilities.invokeLater(this::expandAll));
        expandAll();
        addHierarchyListener(e -> {
            if ((e.getChangeFlags() & HierarchyEvent.SHOWING_CHANGED) != 0) {
                showingChanged(isShowing());
            }
        });
    }

    private JToolBar toolbar() {
        JToolBar bar = new JToolBar();
        bar.setFloatable(false);
        for (Action a : List.of(add, edit, remove, credentials, importCsv, exportCsv, refresh, open)) {
            JButton b = new JButton(a);
            Mnemonics.setLocalizedText(b, (String) a.getValue(RAW_NAME));
            bar.add(b);
        }
        extensions.forEach(a -> {
            JButton b = new JButton(a);
            extensionButtons.add(b);
            bar.add(b);
        });
        toolbar = bar;
        // the window system's splits keep a window at least at its minimum size, and a toolbar's is its full
        // width: the Phones window would take most of the main window and squeeze the remote views beside it
        bar.setMinimumSize(new Dimension(0, bar.getPreferredSize().height));
        return bar;
    }

    /** The registered extensions changed (a plugin was installed, enabled or disabled): their actions again. */
    private void extensionsChanged() {
        extensions.clear();
        for (PhonesWindowExtension x : extensionResult.allInstances()) {
            extensions.addAll(x.actions(this));
        }
        if (toolbar != null) {
            extensionButtons.forEach(toolbar::remove);
            extensionButtons.clear();
            extensions.forEach(a -> {
                JButton b = new JButton(a);
                extensionButtons.add(b);
                toolbar.add(b);
            });
            toolbar.setMinimumSize(new Dimension(0, toolbar.getPreferredSize().height));
            toolbar.revalidate();
            toolbar.repaint();
        }
    }

    @Override
    public ExplorerManager getExplorerManager() {
        return manager;
    }

    @Override
    public Action[] forNode() {
        List<Action> all = new ArrayList<>(Arrays.asList(open, edit, credentials, remove, null, refresh));
        if (!extensions.isEmpty()) {
            all.add(null);
            all.addAll(extensions);
        }
        return all.toArray(Action[]::new);
    }

    @Override
    public Action open() {
        return open;
    }

    private void expandAll() {
        for (Node group : manager.getRootContext().getChildren().getNodes()) {
            view.expandNode(group);
        }
    }

    // --- PhonesContext ---

    @Override
    public List<PhoneEntry> selectedPhones() {
        PhoneInventory inv = services.list().inventory();
        Map<PhoneAddress, PhoneEntry> out = new LinkedHashMap<>();
        for (Node n : manager.getSelectedNodes()) {
            PhoneAddress a = n.getLookup().lookup(PhoneAddress.class);
            if (a != null) {
                inv.find(a).ifPresent(e -> out.putIfAbsent(a, e));
            }
            PhoneNodes.GroupKey g = n.getLookup().lookup(PhoneNodes.GroupKey.class);
            if (g != null) {
                inv.inGroup(g.name()).forEach(e -> out.putIfAbsent(e.address(), e));
            }
        }
        return List.copyOf(out.values());
    }

    @Override
    public PhoneClient client() {
        return services.client();
    }

    @Override
    public ModelProfiles profiles() {
        return services.profiles();
    }

    // --- selection ---

    private Optional<PhoneAddress> selectedPhone() {
        Node[] nodes = manager.getSelectedNodes();
        return nodes.length == 1 ? Optional.ofNullable(nodes[0].getLookup().lookup(PhoneAddress.class)) : Optional.empty();
    }

    private Optional<String> selectedGroup() {
        Node[] nodes = manager.getSelectedNodes();
        return nodes.length == 1 ? Optional.ofNullable(nodes[0].getLookup().lookup(PhoneNodes.GroupKey.class))
                .map(PhoneNodes.GroupKey::name) : Optional.empty();
    }

    private boolean refuseLab(PhoneAddress a) {
        if (services.list().isLab(a)) {
            dialogs.error(Bundle.ERR_LabPhone(a, LabGroup.NAME));
            return true;
        }
        return false;
    }

    // --- commands (Swing thread; the work goes to rp) ---

    private void add() {
        String group = selectedGroup().orElse("");
        PhoneEntry entry = dialogs.editPhone(Bundle.TITLE_AddPhone(), null, group.equals(LabGroup.NAME) ? "" : group, groups());
        if (entry != null) {
            change(inv -> inv.with(entry), () -> services.refresher().refresh(List.of(entry)));
        }
    }

    private void edit() {
        Optional<PhoneAddress> a = selectedPhone();
        if (a.isEmpty() || refuseLab(a.get())) {
            return;
        }
        PhoneEntry old = services.list().saved().find(a.get()).orElse(null);
        if (old == null) {
            return;
        }
        PhoneEntry entry = dialogs.editPhone(Bundle.TITLE_EditPhone(), old, old.group(), groups());
        if (entry != null) {
            change(inv -> inv.replacing(old.address(), entry), () -> services.refresher().refresh(List.of(entry)));
        }
    }

    private void remove() {
        Optional<PhoneAddress> a = selectedPhone();
        if (a.isPresent()) {
            if (refuseLab(a.get()) || !dialogs.confirm(Bundle.CONFIRM_RemovePhone(a.get()))) {
                return;
            }
            change(inv -> inv.without(a.get()), () -> services.secrets().delete(PhoneInventory.phoneSecretKey(a.get())));
            return;
        }
        Optional<String> g = selectedGroup();
        if (g.isPresent() && !g.get().equals(LabGroup.NAME)) {
            int count = services.list().saved().inGroup(g.get()).size();
            if (!dialogs.confirm(Bundle.CONFIRM_RemoveGroup(g.get(), count))) {
                return;
            }
            List<PhoneEntry> gone = services.list().saved().inGroup(g.get());
            change(inv -> inv.withoutGroup(g.get()), () -> {
                services.secrets().delete(PhoneInventory.groupSecretKey(g.get()));
                gone.forEach(p -> services.secrets().delete(PhoneInventory.phoneSecretKey(p.address())));
            });
        }
    }

    private void credentials() {
        Optional<PhoneAddress> a = selectedPhone();
        PhoneInventory inv = services.list().inventory();
        if (a.isPresent() && !services.list().isLab(a.get())) {
            PhoneEntry e = inv.find(a.get()).orElseThrow();
            PhoneDialogs.Credentials c = dialogs.credentials(Bundle.TITLE_PhoneCredentials(e.displayName()),
                    inv.userFor(e.address()).orElse(""));
            if (c != null) {
                storeCredentials(c, PhoneInventory.phoneSecretKey(e.address()), e.displayName(),
                        x -> x.with(e.withUser(c.user())), List.of(e));
            }
            return;
        }
        if (a.isPresent()) {
            labPhoneCredentials(inv.find(a.get()).orElseThrow());
            return;
        }
        String group = selectedGroup().orElse(null);
        if (group == null) {
            return;
        }
        PhoneDialogs.Credentials c = dialogs.credentials(Bundle.TITLE_GroupCredentials(group), inv.groupUser(group));
        if (c != null) {
            storeCredentials(c, PhoneInventory.groupSecretKey(group), group, x -> x.withGroupUser(group, c.user()),
                    inv.inGroup(group));
        }
    }

    /** A lab phone's own user and password (the lab's apply otherwise), for as long as the lab runs. */
    private void labPhoneCredentials(PhoneEntry e) {
        PhoneDialogs.Credentials c = dialogs.credentials(Bundle.TITLE_PhoneCredentials(e.displayName()),
                services.list().inventory().userFor(e.address()).orElse(""));
        if (c == null) {
            return;
        }
        char[] password = c.password();
        work.post(null, ctx -> {
            try {
                if (!services.list().isLab(e.address())) {
                    return false;
                }
                services.secrets().save(PhoneInventory.phoneSecretKey(e.address()), password,
                        Bundle.KEYRING_Description(c.user(), e.displayName()));
                services.list().setLabUser(e.address(), c.user());
            } finally {
                Arrays.fill(password, '\0');
            }
            services.refresher().refresh(List.of(e));
            return true;
        }, saved -> {
            if (saved) {
                status.setText(Bundle.STATUS_CredentialsSaved(e.displayName()));
            } else {
                dialogs.error(Bundle.ERR_LabPhoneGone(e.displayName()));
            }
        }, failure -> dialogs.error(Bundle.ERR_Save(failure.getMessage())));
    }

    private void storeCredentials(PhoneDialogs.Credentials c, String key, String what,
            java.util.function.UnaryOperator<PhoneInventory> change, List<PhoneEntry> affected) {
        char[] password = c.password();
        change(change, () -> {
            try {
                services.secrets().save(key, password, Bundle.KEYRING_Description(c.user(), what));
            } finally {
                Arrays.fill(password, '\0');
            }
            services.refresher().refresh(affected);
            work.later(() -> status.setText(Bundle.STATUS_CredentialsSaved(what)));
        });
    }

    private void importCsv() {
        Path file = dialogs.openFile(Bundle.TITLE_Import(), "csv");
        if (file == null) {
            return;
        }
        work.post(null, ctx -> {
            List<PhoneEntry> phones = InventoryCsv.read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
            services.list().update(inv -> inv.withAll(phones));
            services.refresher().refresh(phones);
            return phones.size();
        }, n -> status.setText(Bundle.STATUS_Imported(n)), e -> dialogs.error(Bundle.ERR_Import(e.getMessage())));
    }

    private void exportCsv() {
        Path file = dialogs.saveFile(Bundle.TITLE_Export(), "phones.csv", "csv");
        if (file == null) {
            return;
        }
        List<PhoneEntry> phones = services.list().saved().phones();
        work.post(null, ctx -> AtomicFiles.write(file, InventoryCsv.write(phones).getBytes(StandardCharsets.UTF_8)),
                written -> status.setText(Bundle.STATUS_Exported(phones.size(), written)),
                e -> dialogs.error(Bundle.ERR_Export(e.getMessage())));
    }

    /** Probes on first show, then every {@link #STATUS_PERIOD_MS} while shown (status and last seen stay current). */
    private void showingChanged(boolean showing) {
        if (!showing) {
            statusTimer.stop();
            return;
        }
        if (!probedOnce) {
            probedOnce = true;
            refreshStatus();
        }
        statusTimer.start();
    }

    /** True while the periodic status refresh runs (the window is shown). */
    boolean periodicRefreshRunning() {
        return statusTimer.isRunning();
    }

    void refreshStatus() {
        services.refresher().refresh(services.list().inventory().phones());
    }

    private void openSelected() {
        selectedPhone().flatMap(a -> services.list().inventory().find(a)).ifPresent(opener);
    }

    /**
     * Changes the saved list off the Swing thread, then runs {@code after} there too (the keyring follows the list
     * even when saving the list failed); a failed save is reported.
     */
    private void change(java.util.function.UnaryOperator<PhoneInventory> change, Runnable after) {
        work.post(null, ctx -> {
            try {
                services.list().update(change);
            } finally {
                after.run();
            }
            return null;
        }, v -> { }, e -> dialogs.error(Bundle.ERR_Save(e.getMessage())));
    }

    private List<String> groups() {
        return services.list().inventory().groups().stream().filter(g -> !g.isEmpty() && !g.equals(LabGroup.NAME)).toList();
    }

    private static Action action(String text, Runnable run) {
        AbstractAction a = new AbstractAction(org.openide.awt.Actions.cutAmpersand(text)) {
            @Override
            public void actionPerformed(ActionEvent e) {
                run.run();
            }
        };
        a.putValue(RAW_NAME, text);
        return a;
    }

    // --- for tests ---

    OutlineView view() {
        return view;
    }

    String statusText() {
        return status.getText();
    }

    /** Waits for the panel's queued saves (tests). */
    void awaitIdle() throws InterruptedException {
        work.awaitIdle();
    }

    PhoneProbe.Result statusOf(PhoneAddress a) {
        return services.list().status(a).orElse(null);
    }
}
