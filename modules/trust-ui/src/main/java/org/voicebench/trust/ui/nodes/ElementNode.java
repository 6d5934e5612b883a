package org.voicebench.trust.ui.nodes;

import org.openide.nodes.Children;
import org.openide.nodes.Sheet;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.Lookups;
import org.voicebench.trust.TlvElement;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.ui.ByteRange;

/** One TLV element; containers have their nested elements as children. */
@Messages({
    "PROP_Tag=Tag",
    "PROP_Name=Name",
    "PROP_Offset=Offset",
    "PROP_Length=Length",
    "PROP_ValueOffset=Value offset",
    "PROP_ValueLength=Value length",
    "PROP_Value=Value",
    "SET_Element=Element",
    "LBL_UnknownTag=unknown tag"
})
public final class ElementNode extends SheetNode {

    private static final int VALUE_IN_TREE = 60;

    private final TlvElement element;
    private final String value;

    ElementNode(TrustList list, TlvElement element) {
        super(children(list, element), Lookups.fixed(element, ByteRange.of(element)), Bundle.SET_Element());
        this.element = element;
        this.value = ElementValues.describe(list, element);
        setName(element.name() + "@" + element.offset());
        setDisplayName(element.name());
        setShortDescription(element.name() + " = " + value);
        setIconBaseWithExtension("org/voicebench/trust/ui/resources/element.png");
    }

    private static Children children(TrustList list, TlvElement element) {
        return element.children().isEmpty() ? Children.LEAF : elementNodes(list, element.children());
    }

    public TlvElement element() {
        return element;
    }

    /** The decoded value shown in the property sheet. */
    public String value() {
        return value;
    }

    @Override
    public String getHtmlDisplayName() {
        String name = element.known() ? Html.escape(element.name())
                : Html.colored(Html.RED, element.name() + " (" + Bundle.LBL_UnknownTag() + ")");
        if (!element.children().isEmpty()) {
            return name;
        }
        return name + " " + Html.colored(Html.GREY, Html.shorten(value, VALUE_IN_TREE));
    }

    @Override
    void putProperties(Sheet.Set set) {
        set.put(TextProperty.number("tag", Bundle.PROP_Tag(), element.tag()));
        set.put(TextProperty.text("name", Bundle.PROP_Name(), element.name()));
        putRange(set);
        set.put(TextProperty.number("valueOffset", Bundle.PROP_ValueOffset(), element.valueOffset()));
        set.put(TextProperty.number("valueLength", Bundle.PROP_ValueLength(), element.valueLength()));
        set.put(TextProperty.text("value", Bundle.PROP_Value(), value));
    }
}
