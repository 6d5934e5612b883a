package org.voicebench.phone.sim;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.voicebench.phone.TftpFileNames;

/**
 * What a restarting phone asks its TFTP server for, and what it installs. The requests follow the
 * captured order (a 7962G's TFTP requests, a CP-8945's console log): {@code CTLSEP<MAC>.tlv}, then
 * {@code ITLSEP<MAC>.tlv}, then {@code ITLFile.tlv} only when the per-phone ITL is not found, so a
 * per-phone ITL overrides the node's default (field-tested). In mixed mode the phone also asks
 * {@code CTLFile.tlv} after a {@code CTLSEP<MAC>.tlv} not found (<b>assumed</b>: the captures come from
 * servers serving no CTL, and they show no {@code CTLFile.tlv} request there). The CTL is installed as
 * served; the ITL only as {@link ItlUpdateRule} allows, else the phone keeps its own and shows
 * "Trust List update failed".
 */
final class TrustListBoot {

    private static final Logger LOG = Logger.getLogger(TrustListBoot.class.getName());

    private final String phone;
    private final String mac;
    private final SimulatedPhone.Tftp tftp;
    private final RequestLog requests;

    /**
     * @param phone    the phone's name, for the log
     * @param mac      its MAC address (12 hex digits)
     * @param tftp     its TFTP server
     * @param requests where each request is recorded
     */
    TrustListBoot(String phone, String mac, SimulatedPhone.Tftp tftp, RequestLog requests) {
        this.phone = phone;
        this.mac = mac;
        this.tftp = tftp;
        this.requests = requests;
    }

    /** Asks for the trust lists in order and updates the phone's store. */
    void run(TrustStore trust) {
        String ctlName = TftpFileNames.ctlSep(mac);
        byte[] ctl = ask(ctlName);
        if (ctl == null && tftp.mixedMode()) {
            ctlName = TftpFileNames.CTL_FILE;
            ctl = ask(ctlName);
        }
        if (ctl != null) {
            trust.installCtl(ctl, ctlName);
        }
        String itlName = TftpFileNames.itlSep(mac);
        byte[] itl = ask(itlName);
        if (itl == null) {
            itlName = TftpFileNames.ITL_FILE;
            itl = ask(itlName);
        }
        if (itl == null) {
            trust.updateStatus("");
            return;
        }
        TrustStore.Installed held = trust.itl();
        ItlUpdateRule.Decision decision = ItlUpdateRule.decide(held == null ? null : held.bytes(), itl);
        if (decision.installs()) {
            trust.installItl(itl, itlName);
            trust.updateStatus("");
        } else {
            LOG.log(Level.FINE, "{0} refused {1} from {2}: it keeps its ITL", new Object[] {phone, itlName, tftp.server()});
            trust.updateStatus(ItlUpdateRule.UPDATE_FAILED);
        }
    }

    /** The ITL the phone would load now ({@code ITLSEP<MAC>.tlv}, else {@code ITLFile.tlv}), asking nothing on record. */
    byte[] servedItl() {
        byte[] own = served(TftpFileNames.itlSep(mac));
        return own != null ? own : served(TftpFileNames.ITL_FILE);
    }

    private byte[] ask(String name) {
        requests.add(name);
        return served(name);
    }

    /** A source that fails counts as "not found": the phone goes on without that file. */
    private byte[] served(String name) {
        try {
            return tftp.files().apply(name);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, phone + " could not get " + name + " from " + tftp.server(), e);
            return null;
        }
    }
}
