package org.voicebench.audit.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.voicebench.audit.AuditRow;

/** The writers' handling of {@link ReportColumn}s: valid ids, one column per id, a failing column reads empty. */
final class ReportColumns {

    private static final Logger LOG = Logger.getLogger(ReportColumns.class.getName());
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    private ReportColumns() {
    }

    /** Valid columns, the first of each id, in order; an invalid id is left out with a warning. */
    static List<ReportColumn> distinct(List<ReportColumn> columns) {
        List<ReportColumn> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ReportColumn c : columns) {
            String id = c.id();
            if (id == null || !ID.matcher(id).matches()) {
                LOG.log(Level.WARNING, "report column {0} is left out: its id \"{1}\" is not [a-z0-9_-]",
                        new Object[]{c.getClass().getName(), id});
            } else if (ids.add(id)) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    /** The column's value for this row, or "" when it has none or fails (logged: a plugin's bug never loses the report). */
    static String value(ReportColumn c, AuditRow row) {
        try {
            String v = c.value(row);
            return v == null ? "" : v;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "report column " + c.id() + " failed for " + row.phone().address(), e);
            return "";
        }
    }
}
