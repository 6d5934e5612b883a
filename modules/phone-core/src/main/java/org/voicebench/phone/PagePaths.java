package org.voicebench.phone;

import java.util.ArrayList;
import java.util.List;

/**
 * Where phones serve the pages the client reads, in every spelling known: the model profile's path is
 * asked first, the others after it on a 404, so that a phone of an unknown model or firmware is still read.
 */
final class PagePaths {

    /** 78xx/88xx (8800 admin guide), then 79xx (Cisco's CUAE, answered as text/html). */
    static final List<String> MODE_INFO = List.of("/CGI/Java/ModeInfo", "/CGI/ModeInfo");
    /** The HTML Network setup page: 78xx/88xx, then 79xx. */
    static final List<String> NETWORK_SETUP = List.of(
            "/CGI/Java/Serviceability?adapter=device.statistics.configuration", "/NetworkConfiguration");
    /** The same facts as XML: 78xx/88xx ({@code adapterX=}), then 79xx. Neither is known to show the ITL. */
    static final List<String> NETWORK_SETUP_XML = List.of(
            "/CGI/Java/Serviceability?adapterX=device.statistics.configuration", "/NetworkConfigurationX");

    private PagePaths() {
    }

    /** The profile's ModeInfo path, or null (unknown model, or a screen that cannot be read). */
    static String modeInfoOf(org.voicebench.phone.model.ModelProfile profile) {
        return profile == null ? null : profile.modeInfoPath();
    }

    /** The profile's Network setup page, or null. */
    static String networkSetupOf(org.voicebench.phone.model.ModelProfile profile) {
        return profile == null ? null : profile.networkSetupPath();
    }

    /** {@code preferred} (the profile's path, may be null) first, then the known ones. */
    static List<String> ordered(String preferred, List<String> known) {
        List<String> out = new ArrayList<>(known.size() + 1);
        if (preferred != null && !preferred.isBlank()) {
            out.add(preferred);
        }
        for (String p : known) {
            if (!out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }
}
