package com.example.voicebench.acme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import org.openide.util.lookup.ServiceProvider;
import org.voicebench.audit.AuditRow;
import org.voicebench.audit.report.ReportColumn;

/**
 * The ACME site of each phone, a column of the Trust Audit report (CSV {@code acme_site}, JSON
 * {@code extra.acme_site}, HTML "ACME site"): the site whose address prefix is the longest match of the phone's
 * address, from {@code sites.properties} in this module ({@code 10.20.=LON-HQ}).
 */
@ServiceProvider(service = ReportColumn.class)
public final class AcmeSiteColumn implements ReportColumn {

    private record Site(String prefix, String code) {
    }

    private final List<Site> sites;

    public AcmeSiteColumn() {
        this(load());
    }

    AcmeSiteColumn(Properties table) {
        List<Site> s = new ArrayList<>();
        table.stringPropertyNames().forEach(prefix -> s.add(new Site(prefix, table.getProperty(prefix).trim())));
        s.sort(Comparator.comparingInt((Site x) -> x.prefix().length()).reversed());
        sites = List.copyOf(s);
    }

    @Override
    public String id() {
        return "acme_site";
    }

    @Override
    public String title() {
        return "ACME site";
    }

    @Override
    public String value(AuditRow row) {
        return site(row.phone().phone().address().host());
    }

    /** The site of this host address, or null when no prefix matches. */
    String site(String host) {
        for (Site s : sites) {
            if (host.startsWith(s.prefix())) {
                return s.code();
            }
        }
        return null;
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = AcmeSiteColumn.class.getResourceAsStream("sites.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
