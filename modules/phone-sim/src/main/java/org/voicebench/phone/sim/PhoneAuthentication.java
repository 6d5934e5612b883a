package org.voicebench.phone.sim;

/**
 * Decides whether a request that needs credentials (ModeInfo, Execute, Screenshot) may proceed. A phone
 * hands the credentials to its Authentication URL, so everything that breaks that URL answers the same
 * Error 4 as a wrong password: the URL failing outright ({@link PhoneConditions#authFailing()}), an HTTPS
 * URL the phone's ITL cannot validate ({@link HttpsAuthentication}), a user or password the URL refuses.
 */
final class PhoneAuthentication {

    private final LabRuntime lab;

    PhoneAuthentication(LabRuntime lab) {
        this.lab = lab;
    }

    /**
     * @param header the request's {@code Authorization} header, or null
     * @return null when the request may proceed; else CiscoIPPhoneError 4, with status 401 and a challenge
     *         when no credentials came (so that challenge-driven clients send them)
     */
    Reply check(String header, SimulatedPhone phone) {
        if (header == null) {
            return refused().withStatus(401, true);
        }
        PhoneConditions c = phone.conditions();
        boolean urlWorks = !c.authFailing() && (!c.httpsAuthenticationUrl()
                || HttpsAuthentication.canValidate(phone.device().trust().itl(), phone.servedItl()));
        return urlWorks && lab.authorized(header, c.ownPassword()) ? null : refused();
    }

    private static Reply refused() {
        return Reply.xml(CiscoXml.error(4));
    }
}
