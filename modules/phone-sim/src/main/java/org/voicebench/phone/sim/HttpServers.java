package org.voicebench.phone.sim;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * Creates the simulator's HTTP servers. The JDK server answers without TCP_NODELAY unless told
 * otherwise, so a response written in two parts waits for the client's delayed ACK (~40 ms): a
 * stall real phones do not have and that would swamp every latency measured against the lab.
 */
final class HttpServers {

    private static final String NODELAY = "sun.net.httpserver.nodelay";

    static {
        // read once by the JDK when its first server starts; an explicit setting is kept
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
    }

    private HttpServers() {
    }

    static HttpServer create(InetSocketAddress address, int backlog) throws IOException {
        return HttpServer.create(address, backlog);
    }

    static HttpsServer createHttps(InetSocketAddress address, int backlog) throws IOException {
        return HttpsServer.create(address, backlog);
    }
}
