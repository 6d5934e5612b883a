package org.voicebench.phone.sim;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a phone does with data CUCM sends it over its registration ({@code CiscoTerminal.sendData}): the
 * Execute items act exactly as through {@code /CGI/Execute}, but no web server and no credentials are involved,
 * and nothing is answered. Data arriving sooner than the gap after the last data it took is lost silently
 * (the Cisco guide: back-to-back sendData calls fail silently).
 */
final class CtiReceiver {

    /** What became of one sendData. */
    enum Outcome {
        /** The items ran on the phone. */
        DELIVERED,
        /** Too soon after the previous data: lost without a word, as on a real phone. */
        DROPPED,
        /** The phone is not registered (restarting, off): the terminal is out of service. */
        OUT_OF_SERVICE,
        /** The phone refused the data (the {@code ctirefuse} fault, or not an Execute object). */
        REFUSED
    }

    private static final Logger LOG = Logger.getLogger(CtiReceiver.class.getName());

    private final SimulatedPhone phone;
    private long lastNanos;
    private boolean any;

    CtiReceiver(SimulatedPhone phone) {
        this.phone = phone;
    }

    synchronized Outcome receive(byte[] data, Duration gap, long nowNanos) {
        if (!phone.registered()) {
            return Outcome.OUT_OF_SERVICE;
        }
        if (phone.conditions().ctiRefusing()) {
            return Outcome.REFUSED;
        }
        List<String> urls;
        try {
            // bare XML only: the "XML=" form field is a web-server convention, not part of sendData
            if (!new String(data, StandardCharsets.UTF_8).strip().startsWith("<")) {
                throw new ExecuteParser.NotParsedException("not bare XML");
            }
            urls = ExecuteParser.parse(data, "text/xml");
        } catch (ExecuteParser.NotParsedException e) {
            LOG.log(Level.FINE, "{0}: CTI data not parsed: {1}", new Object[] {phone.name(), e.getMessage()});
            return Outcome.REFUSED;
        }
        if (any && nowNanos - lastNanos < gap.toNanos()) {
            return Outcome.DROPPED;
        }
        any = true;
        lastNanos = nowNanos;
        phone.device().execute(urls, nowNanos);
        return Outcome.DELIVERED;
    }
}
