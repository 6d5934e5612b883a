package org.voicebench.phone.sim;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.w3c.dom.Element;

/**
 * What a phone does with data CUCM sends it over its registration ({@code CiscoTerminal.sendData}): the
 * Execute items act exactly as through {@code /CGI/Execute}, but no web server and no credentials are involved,
 * and nothing is answered. Data arriving sooner than the gap after the last data it took is lost silently
 * (the Cisco guide: back-to-back sendData calls fail silently). {@code <setBackground>}/{@code <setRingTone>}
 * act as through {@code /CGI/Execute} too (assumed), the downloads following the delivery.
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
        /** The phone refused the data (the {@code ctirefuse} fault, or neither an Execute nor a personalization object). */
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
        Element root;
        try {
            // bare XML only: the "XML=" form field is a web-server convention, not part of sendData
            if (!new String(data, StandardCharsets.UTF_8).strip().startsWith("<")) {
                throw new ExecuteParser.NotParsedException("not bare XML");
            }
            root = ExecuteParser.root(data, "text/xml");
            urls = Personalizer.handles(root) ? List.of() : ExecuteParser.items(root);
        } catch (ExecuteParser.NotParsedException e) {
            LOG.log(Level.FINE, "{0}: CTI data not parsed: {1}", new Object[] {phone.name(), e.getMessage()});
            return Outcome.REFUSED;
        }
        if (any && nowNanos - lastNanos < gap.toNanos()) {
            return Outcome.DROPPED;
        }
        any = true;
        lastNanos = nowNanos;
        if (Personalizer.handles(root)) {
            personalize(root);
        } else {
            phone.device().execute(urls, nowNanos);
        }
        return Outcome.DELIVERED;
    }

    /**
     * A {@code <setBackground>}/{@code <setRingTone>} over CTI (assumed: the phone runs the object as through
     * {@code /CGI/Execute}): the phone downloads the URLs afterwards, on its own, and answers nobody; with Phone
     * Personalization off, or a download that fails, it just keeps what it had.
     */
    private void personalize(Element root) {
        Thread t = new Thread(() -> {
            CiscoXml.Item item = new Personalizer(phone.device()).apply(root);
            LOG.log(Level.FINE, "{0}: {1} over CTI: {2}", new Object[] {phone.name(), root.getTagName(), item});
        }, "sim-cti-personalize " + phone.name());
        t.setDaemon(true);
        t.start();
    }
}
