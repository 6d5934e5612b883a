package org.voicebench.audit.report;

import java.util.List;
import org.openide.util.Lookup;
import org.voicebench.audit.AuditRow;

/**
 * An extra column of the fleet audit report: a team's own value per phone (its site code, the change ticket, the
 * inventory's owner) next to VoiceBench's columns in every report writer: {@link AuditCsv} (a column after the
 * standard ones, headed by {@link #id()}), {@link AuditJson} (each phone's {@code "extra"} object, key
 * {@link #id()}) and {@link AuditHtml} (a column after <i>Why</i>, headed by {@link #title()}).
 *
 * <p>Register an implementation with {@code @ServiceProvider(service = ReportColumn.class)}; the writers' one-argument
 * methods use {@link #installed()} (the Trust Audit window's exports and {@code voicebench-cli audit} with the
 * plugin's jar on its class path). Columns never change VoiceBench's own columns or keys.
 *
 * @since VoiceBench 0.1 (audit-core 0.1.0)
 */
public interface ReportColumn {

    /**
     * The column's key: the CSV header and the JSON key, lower case letters, digits, {@code _} and {@code -}
     * ({@code site_code}). Two installed columns with the same id: the first one wins.
     */
    String id();

    /** The HTML report's column header, for people ("Site"). */
    String title();

    /**
     * This column's value for one phone's row; called on the thread that writes the report, once per row. Keep it
     * cheap and never block on the network.
     *
     * @param row the phone's line of the report
     * @return the value, or null or empty for none (an empty CSV cell, JSON {@code null}, an empty HTML cell)
     */
    String value(AuditRow row);

    /**
     * The columns registered in the default {@link Lookup}, in registration order, one per {@link #id()}; looked up
     * at each call so that a module installed since is seen.
     */
    static List<ReportColumn> installed() {
        return ReportColumns.distinct(List.copyOf(Lookup.getDefault().lookupAll(ReportColumn.class)));
    }
}
