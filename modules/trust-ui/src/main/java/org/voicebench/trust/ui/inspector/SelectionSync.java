package org.voicebench.trust.ui.inspector;

import java.beans.PropertyChangeEvent;
import java.beans.PropertyVetoException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.explorer.ExplorerManager;
import org.openide.nodes.Node;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.ui.ByteRange;
import org.voicebench.trust.ui.hex.HexView;
import org.voicebench.trust.ui.nodes.NodeLocator;

/**
 * Keeps the tree and the hex view together: a selected node highlights its bytes; a clicked
 * byte (or a warning's offset) selects the innermost element holding it.
 */
final class SelectionSync {

    private static final Logger LOG = Logger.getLogger(SelectionSync.class.getName());

    private final ExplorerManager manager;
    private final TrustList list;
    private final HexView hex;
    private final Consumer<Node> reveal;

    /**
     * @param reveal makes a node visible in the tree (expands its parents, scrolls to it)
     */
    SelectionSync(ExplorerManager manager, TrustList list, HexView hex, Consumer<Node> reveal) {
        this.manager = manager;
        this.list = list;
        this.hex = hex;
        this.reveal = reveal;
        manager.addPropertyChangeListener(this::selectionChanged);
        hex.setByteClickHandler(this::selectOffset);
    }

    private void selectionChanged(PropertyChangeEvent e) {
        if (ExplorerManager.PROP_SELECTED_NODES.equals(e.getPropertyName())) {
            Node[] nodes = manager.getSelectedNodes();
            hex.setHighlight(nodes.length == 0 ? null : nodes[0].getLookup().lookup(ByteRange.class));
        }
    }

    /** Selects the node of the byte at {@code offset}; false when no node holds it. */
    boolean selectOffset(int offset) {
        Node node = NodeLocator.find(manager.getRootContext(), list, offset);
        if (node == null) {
            return false;
        }
        reveal.accept(node);
        try {
            manager.setSelectedNodes(new Node[] {node});
        } catch (PropertyVetoException e) {
            // the explorer refused the node (not under its root); keep the old selection
            LOG.log(Level.INFO, "cannot select the node of offset " + offset, e);
            return false;
        }
        return true;
    }
}
