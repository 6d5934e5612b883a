package org.voicebench.remote.ui;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.swing.Action;
import org.openide.nodes.AbstractNode;
import org.openide.nodes.ChildFactory;
import org.openide.nodes.Children;
import org.openide.nodes.Node;
import org.openide.nodes.PropertySupport;
import org.openide.nodes.Sheet;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.Lookups;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.inventory.PhoneProbe;
import org.voicebench.phone.inventory.PhoneState;
import org.voicebench.phone.model.ModelProfiles;

/**
 * The Phones window's tree: group nodes holding phone nodes, whose properties are the outline's
 * columns. Nodes are keyed by group name and address, so edits and status changes update a node in
 * place (the selection stays) instead of replacing it.
 */
@Messages({
    "COL_Address=Address", "COL_Model=Model", "COL_Firmware=Firmware", "COL_Status=Status",
    "COL_LastSeen=Last Seen", "COL_Itl=ITL", "COL_Name=Name", "COL_Keys=Keys",
    "HINT_Keys=How keys last reached the phone: web (its web server) or cti (CUCM, over its registration)",
    "GROUP_None=Ungrouped",
    "# {0} - user", "GROUP_User=user {0}"
})
final class PhoneNodes {

    static final String ADDRESS = "address";
    static final String MODEL = "model";
    static final String FIRMWARE = "firmware";
    static final String STATUS = "status";
    static final String SEEN = "seen";
    static final String ITL = "itl";
    static final String KEYS = "keys";
    private static final String[] COLUMNS = {ADDRESS, MODEL, FIRMWARE, STATUS, SEEN, ITL, KEYS};

    /** The actions a node offers; the panel implements them on the selection. */
    interface Actions {
        Action[] forNode();

        Action open();
    }

    private PhoneNodes() {
    }

    /** Name/label pairs for {@code OutlineView.setPropertyColumns}. */
    static String[] columns() {
        return new String[] {ADDRESS, Bundle.COL_Address(), MODEL, Bundle.COL_Model(), FIRMWARE, Bundle.COL_Firmware(),
            STATUS, Bundle.COL_Status(), SEEN, Bundle.COL_LastSeen(), ITL, Bundle.COL_Itl(), KEYS, Bundle.COL_Keys()};
    }

    static Node root(PhoneList list, Actions actions) {
        return new AbstractNode(Children.create(new Groups(list, actions), false));
    }

    /** The only listener on the list: refreshes the groups and tells each group's phones. */
    private static final class Groups extends ChildFactory<String> {
        private final PhoneList list;
        private final Actions actions;
        private final Map<String, GroupNode> nodes = new ConcurrentHashMap<>();

        Groups(PhoneList list, Actions actions) {
            this.list = list;
            this.actions = actions;
            list.addChangeListener(e -> {
                refresh(false);
                nodes.values().forEach(GroupNode::changed);
            });
        }

        @Override
        protected boolean createKeys(List<String> keys) {
            List<String> now = list.inventory().groups();
            nodes.keySet().retainAll(now);
            keys.addAll(now);
            return true;
        }

        @Override
        protected Node createNodeForKey(String group) {
            return nodes.computeIfAbsent(group, g -> new GroupNode(list, g, actions));
        }
    }

    /** A group: its name (or "Ungrouped") and, in the Address column, its user. */
    static final class GroupNode extends AbstractNode {
        private final String group;
        private final PhoneList list;
        private final Actions actions;

        private final Phones phones;

        GroupNode(PhoneList list, String group, Actions actions) {
            this(list, group, actions, new Phones(list, group, actions));
        }

        private GroupNode(PhoneList list, String group, Actions actions, Phones phones) {
            super(Children.create(phones, false), Lookups.singleton(new GroupKey(group)));
            this.phones = phones;
            this.group = group;
            this.list = list;
            this.actions = actions;
            setName(group);
            setDisplayName(group.isEmpty() ? Bundle.GROUP_None() : group);
            setIconBaseWithExtension("org/openide/loaders/defaultFolder.gif");
        }

        String group() {
            return group;
        }

        void changed() {
            firePropertyChange(ADDRESS, null, null);
            phones.changed();
        }

        @Override
        public Action[] getActions(boolean context) {
            return actions.forNode();
        }

        @Override
        protected Sheet createSheet() {
            Sheet sheet = Sheet.createDefault();
            Sheet.Set set = Sheet.createPropertiesSet();
            set.put(text(ADDRESS, Bundle.COL_Address(), () -> {
                String user = list.inventory().groupUser(group);
                return user.isEmpty() ? "" : Bundle.GROUP_User(user);
            }));
            sheet.put(set);
            return sheet;
        }
    }

    /** What a group node carries in its lookup. */
    record GroupKey(String name) {
    }

    private static final class Phones extends ChildFactory<PhoneAddress> {
        private final PhoneList list;
        private final String group;
        private final Actions actions;
        private final Map<PhoneAddress, PhoneNode> nodes = new ConcurrentHashMap<>();

        Phones(PhoneList list, String group, Actions actions) {
            this.list = list;
            this.group = group;
            this.actions = actions;
        }

        void changed() {
            refresh(false);
            nodes.values().forEach(PhoneNode::update);
        }

        @Override
        protected boolean createKeys(List<PhoneAddress> keys) {
            List<PhoneAddress> now = list.inventory().inGroup(group).stream().map(PhoneEntry::address).toList();
            nodes.keySet().retainAll(now);
            keys.addAll(now);
            return true;
        }

        @Override
        protected Node createNodeForKey(PhoneAddress key) {
            return nodes.computeIfAbsent(key, a -> new PhoneNode(list, a, actions));
        }
    }

    /** One phone; its columns read the list's current entry and probe result. */
    static final class PhoneNode extends AbstractNode {
        private final PhoneList list;
        private final PhoneAddress address;
        private final Actions actions;

        PhoneNode(PhoneList list, PhoneAddress address, Actions actions) {
            super(Children.LEAF, Lookups.singleton(address));
            this.list = list;
            this.address = address;
            this.actions = actions;
            setName(address.toString());
            setDisplayName(entry().displayName());
            setIconBaseWithExtension("org/openide/nodes/defaultNode.png");
        }

        PhoneAddress address() {
            return address;
        }

        PhoneEntry entry() {
            return list.inventory().find(address).orElse(PhoneEntry.of(address));
        }

        void update() {
            setDisplayName(entry().displayName());
            for (String c : COLUMNS) {
                firePropertyChange(c, null, null);
            }
        }

        @Override
        public Action getPreferredAction() {
            return actions.open();
        }

        @Override
        public Action[] getActions(boolean context) {
            return actions.forNode();
        }

        private PhoneProbe.Result status() {
            return list.status(address).orElse(null);
        }

        @Override
        protected Sheet createSheet() {
            Sheet sheet = Sheet.createDefault();
            Sheet.Set set = Sheet.createPropertiesSet();
            set.put(text(ADDRESS, Bundle.COL_Address(), address::toString));
            set.put(text(MODEL, Bundle.COL_Model(), () -> {
                PhoneProbe.Result r = status();
                String m = entry().model();
                return ModelProfiles.builtIn().canonicalModel(!m.isEmpty() ? m : r != null ? r.modelNumber() : null);
            }));
            set.put(text(FIRMWARE, Bundle.COL_Firmware(), () -> {
                PhoneProbe.Result r = status();
                return r == null || r.firmware() == null ? "" : r.firmware();
            }));
            set.put(text(STATUS, Bundle.COL_Status(), () -> {
                PhoneProbe.Result r = status();
                return Texts.state(r == null ? PhoneState.UNKNOWN : r.state());
            }));
            set.put(text(SEEN, Bundle.COL_LastSeen(), () -> {
                PhoneProbe.Result r = status();
                return r == null ? "" : Texts.time(r.seen());
            }));
            set.put(text(ITL, Bundle.COL_Itl(), () -> Texts.itl(status())));
            Node.Property<String> keys = text(KEYS, Bundle.COL_Keys(), () -> list.keys(address).map(k -> k.id()).orElse(""));
            keys.setShortDescription(Bundle.HINT_Keys());
            set.put(keys);
            sheet.put(set);
            return sheet;
        }

        @Override
        public String getShortDescription() {
            PhoneProbe.Result r = status();
            return r != null && r.message() != null ? r.message() : address.toString();
        }
    }

    private static Node.Property<String> text(String name, String label, java.util.function.Supplier<String> value) {
        return new PropertySupport.ReadOnly<>(name, String.class, label, null) {
            @Override
            public String getValue() {
                return value.get();
            }
        };
    }
}
