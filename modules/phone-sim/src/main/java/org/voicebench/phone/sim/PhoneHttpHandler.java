package org.voicebench.phone.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.voicebench.phone.model.ImageFormat;

/**
 * One phone's web server: routes the paths a real phone serves, checks Basic authentication on
 * Execute and Screenshot, and applies the random-error, dropped-connection and slow-response conditions.
 */
final class PhoneHttpHandler implements HttpHandler {

    private static final Logger LOG = Logger.getLogger(PhoneHttpHandler.class.getName());
    private static final int MAX_BODY = 128 * 1024;

    private final SimulatedPhone phone;
    private final LabRuntime lab;

    PhoneHttpHandler(SimulatedPhone phone, LabRuntime lab) {
        this.phone = phone;
        this.lab = lab;
    }

    private record Reply(int status, String contentType, byte[] body, boolean challenge) {
        static Reply xml(String xml) {
            return new Reply(200, "text/xml; charset=utf-8", xml.getBytes(StandardCharsets.UTF_8), false);
        }
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try {
            PhoneConditions c = phone.conditions();
            if (c.dropRate() > 0 && phone.device().nextRandom() < c.dropRate()) {
                // closing before the response headers makes the server drop the connection
                ex.close();
                return;
            }
            Reply computed;
            if (c.errorRate() > 0 && phone.device().nextRandom() < c.errorRate()) {
                computed = new Reply(500, "text/plain", "Internal Server Error\n".getBytes(StandardCharsets.US_ASCII),
                        false);
            } else {
                computed = route(ex, c);
                if (c.hostile() && computed.contentType().startsWith("text/xml")) {
                    computed = new Reply(computed.status(), computed.contentType(), CiscoXml.hostile(
                            new String(computed.body(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8),
                            computed.challenge());
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

    private Reply route(HttpExchange ex, PhoneConditions c) throws IOException {
        String path = ex.getRequestURI().getPath();
        String method = ex.getRequestMethod();
        switch (path) {
            case "/CGI/Execute" -> {
                if (!method.equals("POST")) {
                    return new Reply(405, "text/plain", "POST only\n".getBytes(StandardCharsets.US_ASCII), false);
                }
                Reply denied = authenticate(ex, c);
                return denied != null ? denied : execute(ex);
            }
            case "/CGI/Screenshot" -> {
                Reply denied = authenticate(ex, c);
                if (denied != null) {
                    return denied;
                }
                boolean png = phone.device().model().imageFormat() == ImageFormat.PNG;
                return new Reply(200, png ? "image/png" : "image/bmp", phone.device().screenshot(), false);
            }
            case "/CGI/Java/ModeInfo" -> {
                return Reply.xml(CiscoXml.modeInfo(phone.device().screen()));
            }
            case "/DeviceInformationX" -> {
                return Reply.xml(CiscoXml.flat("DeviceInformation", DeviceDocuments.deviceInformation(phone)));
            }
            case "/NetworkConfigurationX" -> {
                return Reply.xml(CiscoXml.flat("NetworkConfiguration", DeviceDocuments.networkConfiguration(phone)));
            }
            case "/", "/DeviceInformation" -> {
                return html(DeviceDocuments.html("Device Information " + phone.name(),
                        DeviceDocuments.deviceInformation(phone)));
            }
            case "/NetworkConfiguration" -> {
                return html(DeviceDocuments.html("Network Configuration " + phone.name(),
                        DeviceDocuments.networkConfiguration(phone)));
            }
            default -> {
                return new Reply(404, "text/plain", "Not Found\n".getBytes(StandardCharsets.US_ASCII), false);
            }
        }
    }

    /** Null when the request may proceed; else the Error 4 answer (with a challenge when no credentials came). */
    private Reply authenticate(HttpExchange ex, PhoneConditions c) {
        String header = ex.getRequestHeaders().getFirst("Authorization");
        if (!c.authFailing() && lab.authorized(header, c.ownPassword())) {
            return null;
        }
        Reply r = Reply.xml(CiscoXml.error(4));
        // no credentials at all: a 401 challenge so that challenge-driven clients send them
        return header == null ? new Reply(401, r.contentType(), r.body(), true) : r;
    }

    private Reply execute(HttpExchange ex) throws IOException {
        byte[] body;
        try (InputStream in = ex.getRequestBody()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            return Reply.xml(CiscoXml.error(1));
        }
        List<String> urls;
        try {
            urls = ExecuteParser.parse(body, ex.getRequestHeaders().getFirst("Content-Type"));
        } catch (ExecuteParser.NotParsedException e) {
            LOG.log(Level.FINE, "{0}: Execute not parsed: {1}", new Object[] {phone.name(), e.getMessage()});
            return Reply.xml(CiscoXml.error(1));
        }
        return Reply.xml(CiscoXml.response(phone.device().execute(urls, System.nanoTime())));
    }

    private static Reply html(String page) {
        return new Reply(200, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8), false);
    }

    private void sendQuietly(HttpExchange ex, Reply r) {
        try {
            send(ex, r);
        } catch (IOException e) {
            // the client went away while the slow answer waited: nothing left to answer
            LOG.log(Level.FINE, phone.name() + ": delayed answer not delivered", e);
            ex.close();
        }
    }

    private static void send(HttpExchange ex, Reply r) throws IOException {
        try {
            ex.getResponseHeaders().set("Content-Type", r.contentType());
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
