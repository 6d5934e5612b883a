package org.voicebench.trust.ui.nodes;

import java.awt.Toolkit;
import java.awt.datatransfer.Clipboard;
import java.awt.datatransfer.StringSelection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import org.openide.nodes.Node;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.util.actions.Presenter;
import org.voicebench.trust.ui.SubmenuAction;

/**
 * The Copy submenu of an inspector node: one item per value the node shows (its property
 * sheet), copied as plain text, so fingerprints, serials and names can go into a ticket or a
 * CUCM search. A record puts its subject, serial and SHA-1 fingerprint together first. The
 * properties themselves are read-only and have no "..." editor to copy from.
 */
@Messages({
    "CTL_Copy=&Copy",
    "# {0} - property", "# {1} - group of properties", "CTL_CopyFromSet={0} ({1})"
})
public final class CopyValues extends SubmenuAction implements Presenter.Popup {

    /**
     * One item of the menu.
     *
     * @param label what the menu says
     * @param text what goes to the clipboard
     */
    public record Entry(String label, String text) {
    }

    private final List<List<Entry>> groups;
    private final Supplier<Clipboard> clipboard;

    /** A menu of {@code groups}, shown with separators between them, copying to {@code clipboard}. */
    CopyValues(List<List<Entry>> groups, Supplier<Clipboard> clipboard) {
        super(Bundle.CTL_Copy());
        this.groups = groups;
        this.clipboard = clipboard;
    }

    /** The menu of {@code node}'s property values, after the optional {@code first} entry. */
    static CopyValues of(Node node, Entry first) {
        List<List<Entry>> groups = new ArrayList<>();
        if (first != null) {
            groups.add(List.of(first));
        }
        groups.addAll(propertyEntries(node));
        return new CopyValues(groups, CopyValues::systemClipboard);
    }

    /** The node's non-empty property values, one list per property set. */
    static List<List<Entry>> propertyEntries(Node node) {
        List<List<Entry>> out = new ArrayList<>();
        Node.PropertySet[] sets = node.getPropertySets();
        for (int i = 0; i < sets.length; i++) {
            List<Entry> group = new ArrayList<>();
            for (Node.Property<?> p : sets[i].getProperties()) {
                Object value = p instanceof TextProperty<?> t ? t.getValue() : null;
                if (value != null && !value.toString().isEmpty()) {
                    // a later set repeats labels of the first (a record's Serial and its certificate's)
                    String label = i == 0 ? p.getDisplayName() : Bundle.CTL_CopyFromSet(p.getDisplayName(), sets[i].getDisplayName());
                    group.add(new Entry(label, value.toString()));
                }
            }
            if (!group.isEmpty()) {
                out.add(group);
            }
        }
        return out;
    }

    /** Every entry, in menu order. */
    public List<Entry> entries() {
        return groups.stream().flatMap(List::stream).toList();
    }

    /** Puts {@code text} on the clipboard. */
    void copy(String text) {
        StringSelection selection = new StringSelection(text);
        clipboard.get().setContents(selection, selection);
    }

    @Override
    public JMenuItem getPopupPresenter() {
        JMenu menu = newMenu();
        for (List<Entry> group : groups) {
            if (menu.getMenuComponentCount() > 0) {
                menu.addSeparator();
            }
            for (Entry entry : group) {
                JMenuItem item = new JMenuItem(entry.label());
                item.addActionListener(e -> copy(entry.text()));
                menu.add(item);
            }
        }
        menu.setEnabled(!groups.isEmpty());
        return menu;
    }

    /** The platform's clipboard (it tells the window system about changes), else the system one. */
    private static Clipboard systemClipboard() {
        Clipboard c = Lookup.getDefault().lookup(Clipboard.class);
        return c != null ? c : Toolkit.getDefaultToolkit().getSystemClipboard();
    }
}
