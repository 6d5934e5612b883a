package org.voicebench.readiness.report;

import java.util.List;
import org.voicebench.common.CsvCell;
import org.voicebench.readiness.PhoneAccess;
import org.voicebench.readiness.PhoneReadiness;
import org.voicebench.readiness.ReadinessReport;

/** The readiness report as CSV, one line per phone, blocking phones first. */
public final class ReadinessCsv {

    public static final List<String> COLUMNS = List.of("address", "name", "model", "registered", "web_access",
            "settings_access", "authentication_url", "itl_today", "after_change", "outcome", "reason");

    private ReadinessCsv() {
    }

    public static String write(ReadinessReport report) {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (PhoneReadiness p : report.phones()) {
            PhoneAccess a = p.access();
            List<String> cells = List.of(p.today().address(), p.name(), p.model(),
                    a.registered() == null ? "" : a.registered().toString(),
                    a.webAccess() == null ? "" : a.webAccess().name(), a.settingsAccess() == null ? "" : a.settingsAccess().name(),
                    a.authenticationUrl(), p.today().state().name(), p.after().verdict().name(), p.outcome().name(), p.reason());
            out.append(String.join(",", cells.stream().map(CsvCell::of).toList())).append("\r\n");
        }
        return out.toString();
    }
}
