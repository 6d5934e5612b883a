package org.voicebench.trust.ui.nodes;

import java.util.List;
import javax.swing.Action;
import org.openide.nodes.AbstractNode;
import org.openide.nodes.Children;
import org.openide.nodes.Sheet;
import org.openide.util.Lookup;
import org.voicebench.trust.TlvElement;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.ui.ByteRange;

/** A node of the inspector tree: its values in one property set, which its Copy menu offers. */
abstract class SheetNode extends AbstractNode {

    private final String propertiesLabel;

    /** {@code propertiesLabel} is the display name of the property set. */
    SheetNode(Children children, Lookup lookup, String propertiesLabel) {
        super(children, lookup);
        this.propertiesLabel = propertiesLabel;
    }

    /** One child node per element. */
    static Children elementNodes(TrustList list, List<TlvElement> elements) {
        Children.Array ch = new Children.Array();
        ch.add(elements.stream().map(e -> new ElementNode(list, e)).toArray(ElementNode[]::new));
        return ch;
    }

    /** Puts this node's values into its property set, in sheet order. */
    abstract void putProperties(Sheet.Set set);

    /** Offset and length of the bytes this node covers. */
    final void putRange(Sheet.Set set) {
        ByteRange range = getLookup().lookup(ByteRange.class);
        set.put(TextProperty.number("offset", Bundle.PROP_Offset(), range.offset()));
        set.put(TextProperty.number("length", Bundle.PROP_Length(), range.length()));
    }

    @Override
    public Action[] getActions(boolean context) {
        return new Action[] {CopyValues.of(this, null)};
    }

    @Override
    protected Sheet createSheet() {
        Sheet sheet = Sheet.createDefault();
        Sheet.Set set = Sheet.createPropertiesSet();
        set.setDisplayName(propertiesLabel);
        putProperties(set);
        sheet.put(set);
        return sheet;
    }
}
