package org.voicebench.phone.sim;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * One phone's web server as the network sees it: answers nothing while the phone restarts, applies the
 * random-error, dropped-connection, hostile-XML and slow-response conditions around what
 * {@link PhoneRoutes} answers, and adds the family's headers (the 79xx RomPager {@code Server} header).
 */
final class PhoneHttpHandler implements HttpHandler {

    private static final Logger LOG = Logger.getLogger(PhoneHttpHandler.class.getName());
    /** The 79xx web server, as captured from a CP-7940. */
    private static final String ROMPAGER = "Allegro-Software-RomPager/4.34";

    private final SimulatedPhone phone;
    private final LabRuntime lab;
    private final PhoneRoutes routes;

    PhoneHttpHandler(SimulatedPhone phone, LabRuntime lab) {
        this.phone = phone;
        this.lab = lab;
        this.routes = new PhoneRoutes(phone, lab);
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try {
            if (phone.rebooting()) {
                // a restarting phone answers nothing: the exchange stays open until the server is rebound
                return;
            }
            PhoneConditions c = phone.conditions();
            if (c.dropRate() > 0 && phone.device().nextRandom() < c.dropRate()) {
                // closing before the response headers makes the server drop the connection
                ex.close();
                return;
            }
            Reply computed;
            if (c.errorRate() > 0 && phone.device().nextRandom() < c.errorRate()) {
                computed = Reply.text(500, "Internal Server Error\n");
            } else {
                computed = routes.route(ex);
                if (c.hostile() && computed.xmlCharset() != null) {
                    computed = computed.withXml(CiscoXml.hostile(new String(computed.body(), computed.xmlCharset())));
                }
            }
            Reply reply = computed;
            long delay = c.responseDelay().toMillis();
            if (delay > 0) {
                lab.timers.schedule(() -> lab.workers.execute(() -> sendQuietly(ex, reply)), delay,
                        TimeUnit.MILLISECONDS);
            } else {
                send(ex, reply);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "simulated phone " + phone.name() + " failed on " + ex.getRequestURI(), e);
            ex.close();
        }
    }

    private void sendQuietly(HttpExchange ex, Reply r) {
        if (phone.rebooting()) {
            return; // restarted while the slow answer waited: it never comes
        }
        try {
            send(ex, r);
        } catch (IOException e) {
            // the client went away while the slow answer waited: nothing left to answer
            LOG.log(Level.FINE, phone.name() + ": delayed answer not delivered", e);
            ex.close();
        }
    }

    private void send(HttpExchange ex, Reply r) throws IOException {
        try {
            ex.getResponseHeaders().set("Content-Type", r.contentType());
            if (phone.profile().family().is79xx()) {
                ex.getResponseHeaders().set("Server", ROMPAGER);
            }
            if (r.challenge()) {
                ex.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"Cisco IP Phone\"");
            }
            boolean head = ex.getRequestMethod().equals("HEAD");
            ex.sendResponseHeaders(r.status(), head ? -1 : r.body().length);
            if (!head) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(r.body());
                }
            }
        } finally {
            // an unread request body is drained (or the connection closed) by the server on close
            ex.close();
        }
    }
}
