package org.voicebench.trust.ui.nodes;

import java.util.ArrayList;
import java.util.List;
import org.openide.nodes.AbstractNode;
import org.openide.nodes.Children;
import org.openide.nodes.Node;
import org.openide.util.lookup.Lookups;
import org.voicebench.trust.FileType;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustRecord;
import org.voicebench.trust.ui.ByteRange;
import org.voicebench.trust.InspectedFile;

/**
 * Builds the node tree of a file: a root with the header, then one node per record (or the
 * signed content of a {@code .sgn}). All nodes are made at once: a trust list has at most a
 * few hundred elements, and the hex view needs any of them at a click.
 */
public final class TrustListNodes {

    private TrustListNodes() {
    }

    /** The root node; its lookup holds the file and its whole byte range. */
    public static Node root(InspectedFile file) {
        TrustList list = file.list();
        List<Node> top = new ArrayList<>();
        top.add(new HeaderNode(list));
        for (TrustRecord r : list.records()) {
            top.add(new RecordNode(list, r, file.signerRecord()));
        }
        if (list.type() == FileType.SIGNED_FILE && list.payloadOffset() < list.size()) {
            top.add(new PayloadNode(list));
        }
        Children.Array ch = new Children.Array();
        ch.add(top.toArray(Node[]::new));
        AbstractNode root = new AbstractNode(ch, Lookups.fixed(file, new ByteRange(0, list.size())));
        root.setName(file.fileName());
        root.setDisplayName(file.fileName());
        root.setIconBaseWithExtension("org/voicebench/trust/ui/resources/trustlist.png");
        return root;
    }
}
