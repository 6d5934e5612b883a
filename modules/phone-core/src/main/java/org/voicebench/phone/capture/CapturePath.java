package org.voicebench.phone.capture;

import java.util.ArrayList;
import java.util.List;

/**
 * One page a capture asks a phone for, and the one list of them: every page a Cisco IP phone is
 * known to serve over GET, across families and firmware (field-evidence.md), so that a capture of
 * any model holds whatever the client or the simulator may later need to learn from it. A phone
 * answers the pages it lacks with 404; that answer is captured too.
 *
 * <p>Only GETs are listed: a capture never acts on the phone (no Execute, no key).
 *
 * @param path             the request target, path and query exactly as sent, e.g. {@code /PortInformationX?1}
 * @param needsCredentials whether the phone checks Basic credentials on it (ModeInfo, LineInfo,
 *                         Screenshot): only these are sent credentials, and only when the user gave some
 */
public record CapturePath(String path, boolean needsCredentials) {

    /** The Serviceability pages of 78xx/88xx/69xx/99xx firmware, each as HTML ({@code adapter=}) and XML ({@code adapterX=}). */
    private static final List<String> SERVICEABILITY_PAGES = List.of("device", "configuration", "ethernet", "port.network",
            "port.access", "streaming.0");

    private static final List<CapturePath> ALL = all0();

    public CapturePath {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("a capture path starts with /: " + path);
        }
    }

    /** Every page a capture asks for, in the order asked; information pages first, the phone's front page last. */
    public static List<CapturePath> all() {
        return ALL;
    }

    private static List<CapturePath> all0() {
        List<CapturePath> paths = new ArrayList<>();
        for (String p : List.of("/DeviceInformationX", "/DeviceInformation", "/NetworkConfigurationX", "/NetworkConfiguration",
                "/EthernetInformationX", "/PortInformationX?1", "/DeviceLogX?0", "/StreamingStatisticsX?1")) {
            paths.add(new CapturePath(p, false));
        }
        for (String page : SERVICEABILITY_PAGES) {
            paths.add(new CapturePath("/CGI/Java/Serviceability?adapter=device.statistics." + page, false));
            paths.add(new CapturePath("/CGI/Java/Serviceability?adapterX=device.statistics." + page, false));
        }
        for (String p : List.of("/CGI/Java/ModeInfo", "/CGI/ModeInfo", "/CGI/Java/LineInfo", "/CGI/Screenshot")) {
            paths.add(new CapturePath(p, true));
        }
        paths.add(new CapturePath("/", false));
        return List.copyOf(paths);
    }
}
