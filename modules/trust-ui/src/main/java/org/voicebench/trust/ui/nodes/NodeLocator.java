package org.voicebench.trust.ui.nodes;

import org.openide.nodes.Node;
import org.voicebench.trust.TlvElement;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustRecord;
import org.voicebench.trust.ui.ByteRange;

/** Finds the node of a byte: the innermost element the parser says contains it. */
public final class NodeLocator {

    private NodeLocator() {
    }

    /**
     * The node for {@code offset} under {@code root} (a tree made by {@link TrustListNodes}):
     * the element from {@link TrustList#elementAt}, else the record from
     * {@link TrustList#recordAt}, else the deepest node whose range holds the byte (header,
     * signed content); {@code null} outside the file.
     */
    public static Node find(Node root, TrustList list, int offset) {
        if (offset < 0 || offset >= list.size()) {
            return null;
        }
        TlvElement element = list.elementAt(offset);
        if (element != null) {
            Node n = findHolding(root, TlvElement.class, element);
            if (n != null) {
                return n;
            }
        }
        TrustRecord record = list.recordAt(offset);
        if (record != null) {
            Node n = findHolding(root, TrustRecord.class, record);
            if (n != null) {
                return n;
            }
        }
        return deepestContaining(root, offset);
    }

    /** The node whose lookup holds exactly {@code target} (the same instance). */
    static <T> Node findHolding(Node node, Class<T> type, T target) {
        if (node.getLookup().lookup(type) == target) {
            return node;
        }
        for (Node child : node.getChildren().getNodes(true)) {
            ByteRange r = child.getLookup().lookup(ByteRange.class);
            if (r != null && !overlaps(r, target)) {
                continue;
            }
            Node found = findHolding(child, type, target);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static boolean overlaps(ByteRange r, Object target) {
        int offset = target instanceof TlvElement e ? e.offset() : target instanceof TrustRecord t ? t.offset() : -1;
        return offset < 0 || r.contains(offset);
    }

    private static Node deepestContaining(Node node, int offset) {
        for (Node child : node.getChildren().getNodes(true)) {
            ByteRange r = child.getLookup().lookup(ByteRange.class);
            if (r != null && r.contains(offset)) {
                return deepestContaining(child, offset);
            }
        }
        ByteRange own = node.getLookup().lookup(ByteRange.class);
        return own != null && own.contains(offset) ? node : null;
    }
}
