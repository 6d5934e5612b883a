package org.voicebench.phone.sim;

/**
 * Whether a phone whose Authentication URL is HTTPS can check credentials at all. The phone must
 * trust the CUCM tomcat certificate behind the URL; it does through its ITL, directly or by asking a
 * TVS it trusts. Real phones with an ITL that cannot validate the cluster answer Error 4 to everything
 * (CUCM security guide, UnifiedFX notes: field-evidence.md, "Execute, screenshots, authentication").
 *
 * <p><b>Assumed rule</b> (nobody has published the exact check): the phone can validate the cluster when
 * its installed ITL and the ITL its TFTP node serves it now share a TVS certificate ({@link SharedTvs}).
 * No installed ITL, no ITL served, or an ITL that does not parse: it cannot.
 */
final class HttpsAuthentication {

    private HttpsAuthentication() {
    }

    /**
     * @param installed the ITL the phone holds, or null
     * @param served    the ITL its TFTP node serves it now ({@code ITLSEP<MAC>.tlv}, else {@code ITLFile.tlv}), or null
     */
    static boolean canValidate(TrustStore.Installed installed, byte[] served) {
        return installed != null && served != null && SharedTvs.between(installed.bytes(), served);
    }
}
