package org.voicebench.trust.ui.nodes;

import java.nio.charset.StandardCharsets;
import org.openide.nodes.Children;
import org.openide.nodes.Sheet;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.Lookups;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.ui.ByteRange;

/** The signed content of a {@code .sgn} file: the bytes after the header. */
@Messages({
    "# {0} - bytes", "LBL_Payload=Signed content ({0} bytes)",
    "SET_Payload=Signed content",
    "PROP_Preview=Beginning"
})
public final class PayloadNode extends SheetNode {

    private static final int PREVIEW_BYTES = 256;

    private final String preview;

    PayloadNode(TrustList list) {
        super(Children.LEAF, Lookups.fixed(new ByteRange(list.payloadOffset(), list.size() - list.payloadOffset())),
                Bundle.SET_Payload());
        int length = list.size() - list.payloadOffset();
        setName("payload");
        setDisplayName(Bundle.LBL_Payload(Integer.toString(length)));
        setIconBaseWithExtension("org/voicebench/trust/ui/resources/payload.png");
        this.preview = preview(list);
    }

    /** The start of the payload as text, control characters other than line breaks shown as dots. */
    private static String preview(TrustList list) {
        int n = Math.min(PREVIEW_BYTES, list.size() - list.payloadOffset());
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            int v = list.byteAt(list.payloadOffset() + i);
            b[i] = (byte) (v == '\n' || v == '\t' || (v >= 0x20 && v < 0x7f) ? v : '.');
        }
        return new String(b, StandardCharsets.US_ASCII);
    }

    @Override
    void putProperties(Sheet.Set set) {
        putRange(set);
        set.put(TextProperty.text("preview", Bundle.PROP_Preview(), preview));
    }
}
