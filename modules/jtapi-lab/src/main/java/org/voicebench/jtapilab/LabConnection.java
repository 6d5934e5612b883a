package org.voicebench.jtapilab;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * One session with the lab CTI service of a VoiceBench simulated cluster, over loopback HTTP (the protocol is
 * described in phone-sim's {@code SimulatedCti}). Every call is bounded by short timeouts.
 */
final class LabConnection {

    /** An answer of the service: the HTTP status and the text body. */
    record Answer(int status, String body) {
        boolean ok() {
            return status == 200;
        }
    }

    static final String SESSION_HEADER = "X-VoiceBench-Cti-Session";
    private static final int CONNECT_MILLIS = 2_000;
    private static final int READ_MILLIS = 5_000;
    private static final int MAX_ANSWER = 64 * 1024;

    private final String host;
    private final String session;

    private LabConnection(String host, String session) {
        this.host = host;
        this.session = session;
    }

    /** The service refused the login (wrong user or password); the message is the service's reason. */
    static final class LoginRefused extends Exception {
        private static final long serialVersionUID = 1L;

        LoginRefused(String message) {
            super(message);
        }
    }

    /**
     * Logs in on one host.
     *
     * @throws LoginRefused when the service refuses the user or password
     * @throws IOException when the host cannot be reached
     */
    static LabConnection open(String host, ProviderString login) throws IOException, LoginRefused {
        String form = "login=" + encode(login.login()) + "&passwd=" + encode(login.password()) + "&appinfo="
                + encode(login.appinfo());
        Answer a = exchange(host, null, "POST", "/cti/open", form.getBytes(StandardCharsets.UTF_8));
        if (!a.ok()) {
            throw new LoginRefused(a.body().isBlank() ? "HTTP " + a.status() : a.body().strip());
        }
        return new LabConnection(host, a.body().strip());
    }

    String host() {
        return host;
    }

    Answer get(String pathAndQuery) throws IOException {
        return exchange(host, session, "GET", pathAndQuery, null);
    }

    Answer post(String pathAndQuery, byte[] body) throws IOException {
        return exchange(host, session, "POST", pathAndQuery, body);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Answer exchange(String host, String session, String method, String pathAndQuery, byte[] body)
            throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create("http://" + host + pathAndQuery).toURL().openConnection();
        try {
            c.setConnectTimeout(CONNECT_MILLIS);
            c.setReadTimeout(READ_MILLIS);
            c.setRequestMethod(method);
            c.setUseCaches(false);
            if (session != null) {
                c.setRequestProperty(SESSION_HEADER, session);
            }
            if (body != null) {
                c.setDoOutput(true);
                c.setFixedLengthStreamingMode(body.length);
                try (OutputStream out = c.getOutputStream()) {
                    out.write(body);
                }
            }
            int status = c.getResponseCode();
            InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
            String text = "";
            if (in != null) {
                try (in) {
                    text = new String(in.readNBytes(MAX_ANSWER), StandardCharsets.UTF_8);
                }
            }
            return new Answer(status, text);
        } finally {
            c.disconnect();
        }
    }
}
