package org.voicebench.phone.sim;

import org.voicebench.phone.model.PhoneFamily;

/**
 * Where a family's web server serves each page (field-evidence.md, "Information pages"). A phone
 * answers only its own family's paths: a 79xx has no {@code /CGI/Java/...}, a 78xx/88xx no
 * {@code /NetworkConfiguration}. Paths common to all (DeviceInformationX, Execute, Screenshot, the
 * home page) are in {@link PhoneRoutes}.
 *
 * @param modeInfo the ModeInfo page (credentials needed); null on the 69xx, whose screen nobody has shown a
 *        way to read remotely (so a client that relies on it fails here as it would there)
 * @param networkHtml the HTML Network setup page, which holds the trust-list state
 * @param networkXml the XML network page (no trust-list fields)
 * @param deviceHtml the HTML device information page
 */
record WebPaths(String modeInfo, String networkHtml, String networkXml, String deviceHtml) {

    private static final String SERVICEABILITY = "/CGI/Java/Serviceability?";

    private static final WebPaths CP79XX = new WebPaths("/CGI/ModeInfo", "/NetworkConfiguration",
            "/NetworkConfigurationX", "/DeviceInformation");
    private static final WebPaths JAVA = new WebPaths("/CGI/Java/ModeInfo",
            SERVICEABILITY + "adapter=device.statistics.configuration",
            SERVICEABILITY + "adapterX=device.statistics.configuration",
            SERVICEABILITY + "adapter=device.statistics.device");

    private static final WebPaths JAVA_BLIND = new WebPaths(null, JAVA.networkHtml, JAVA.networkXml, JAVA.deviceHtml);

    static WebPaths of(PhoneFamily family) {
        if (family.is79xx()) {
            return CP79XX;
        }
        return family == PhoneFamily.CP69XX ? JAVA_BLIND : JAVA;
    }
}
