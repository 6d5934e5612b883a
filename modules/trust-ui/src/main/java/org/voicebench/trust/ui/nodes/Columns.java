package org.voicebench.trust.ui.nodes;

import java.time.Instant;
import java.time.ZoneOffset;
import org.openide.util.NbBundle.Messages;

/** The outline's property columns: names shared by nodes and the view that shows them. */
@Messages({
    "COL_Function=Function",
    "COL_Subject=Subject",
    "COL_Serial=Serial",
    "COL_Expiry=Expires"
})
public final class Columns {

    public static final String FUNCTION = "function";
    public static final String SUBJECT = "subject";
    public static final String SERIAL = "serial";
    public static final String EXPIRY = "expiry";

    private Columns() {
    }

    /** Name/label pairs for {@code OutlineView.setPropertyColumns}. */
    public static String[] namesAndLabels() {
        return new String[] {FUNCTION, Bundle.COL_Function(), SUBJECT, Bundle.COL_Subject(), SERIAL, Bundle.COL_Serial(),
            EXPIRY, Bundle.COL_Expiry()};
    }

    /** The UTC day of an instant, e.g. {@code 2031-01-01}. */
    static String day(Instant t) {
        return t == null ? null : t.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }
}
