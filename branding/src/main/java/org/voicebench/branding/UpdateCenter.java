package org.voicebench.branding;

import java.io.File;
import java.net.URI;

/**
 * Where the VoiceBench update center ({@code Services/AutoupdateType/org-voicebench-update-center.instance} in this
 * module's layer) reads its catalog by default. Tools &gt; Plugins &gt; Settings edits it (the edit is kept in the
 * user directory and wins over this default).
 *
 * <ol>
 * <li>The system property {@value #PROPERTY}, a URL (a team sets it for everybody in the installation's
 *     {@code etc/voicebench.conf}: {@code default_options="... -J-Dvoicebench.updates.url=https://tools.example.com/voicebench/updates.xml"}).</li>
 * <li>Else the installation's own {@code updates/updates.xml}, when that file exists (an update site copied next to
 *     {@code bin/}, {@code platform/}, {@code voicebench/}).</li>
 * <li>Else the update site of the build the installation was made by: {@code application/target/netbeans_site/updates.xml}
 *     next to {@code application/target/voicebench}.</li>
 * </ol>
 */
public final class UpdateCenter {

    /** The system property naming the update center's catalog URL. */
    public static final String PROPERTY = "voicebench.updates.url";

    private UpdateCenter() {
    }

    /** The layer's {@code url} attribute (a {@code methodvalue}): the default catalog URL, as a string. */
    public static String url() {
        return url(System.getProperty(PROPERTY), System.getProperty("netbeans.home"));
    }

    static String url(String property, String netbeansHome) {
        if (property != null && !property.isBlank()) {
            return property.trim();
        }
        // netbeans.home is the platform cluster, <installation>/platform
        File installation = netbeansHome == null ? new File(".").getAbsoluteFile()
                : new File(netbeansHome).getAbsoluteFile().getParentFile();
        File own = new File(installation, "updates/updates.xml");
        if (own.isFile()) {
            return uri(own);
        }
        return uri(new File(installation.getParentFile(), "netbeans_site/updates.xml"));
    }

    private static String uri(File f) {
        URI u = f.toPath().normalize().toUri();
        return u.toString();
    }
}
