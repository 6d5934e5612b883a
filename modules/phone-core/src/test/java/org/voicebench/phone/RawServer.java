package org.voicebench.phone;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A socket server that misbehaves the way a hung, crashing or rebooting phone does. */
final class RawServer implements AutoCloseable {

    interface Behaviour {
        void serve(Socket socket) throws IOException;
    }

    private final ServerSocket server;
    private final Thread thread;
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    RawServer(Behaviour behaviour) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        thread = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    open.add(s);
                    behaviour.serve(s);
                } catch (SocketException e) {
                    return; // closed
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }, "raw-server");
        thread.setDaemon(true);
        thread.start();
    }

    PhoneAddress address() {
        return new PhoneAddress("127.0.0.1", server.getLocalPort());
    }

    /** Reads the request head (up to the blank line). */
    static void readHead(Socket s) throws IOException {
        InputStream in = s.getInputStream();
        int state = 0;
        for (int b = in.read(); b >= 0; b = in.read()) {
            state = (b == '\r' || b == '\n') ? state + 1 : 0;
            if (state == 4) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : open) {
            s.close();
        }
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
