package org.voicebench.phone.sim;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.commons.net.tftp.TFTP;
import org.apache.commons.net.tftp.TFTPAckPacket;
import org.apache.commons.net.tftp.TFTPDataPacket;
import org.apache.commons.net.tftp.TFTPErrorPacket;
import org.apache.commons.net.tftp.TFTPPacket;
import org.apache.commons.net.tftp.TFTPPacketException;
import org.apache.commons.net.tftp.TFTPReadRequestPacket;

/**
 * A small read-only TFTP server (RFC 1350): read requests in octet mode, 512-byte DATA blocks, each
 * sent again until acknowledged (bounded), ERROR packets for unknown files, write requests and other
 * modes. Options (RFC 2347) are ignored, which clients must accept. Each transfer has its own
 * socket (transfer id) and runs on the shared workers.
 */
final class TftpServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TftpServer.class.getName());
    /** Wait for each ACK, then send the block again; this many sends per block at most. */
    static final int ACK_TIMEOUT_MS = 1000;
    static final int MAX_SENDS = 5;

    private final String name;
    private final DatagramSocket socket;
    private final Function<String, byte[]> files;
    private final Executor workers;
    private final Set<DatagramSocket> transfers = ConcurrentHashMap.newKeySet();

    private TftpServer(String name, DatagramSocket socket, Function<String, byte[]> files, Executor workers) {
        this.name = name;
        this.socket = socket;
        this.files = files;
        this.workers = workers;
    }

    /**
     * Binds and starts answering on a daemon thread of its own.
     *
     * @param files the bytes of a requested file name, or null when there is no such file
     */
    static TftpServer open(String name, InetSocketAddress at, Function<String, byte[]> files, Executor workers)
            throws IOException {
        DatagramSocket s;
        try {
            s = new DatagramSocket(at);
        } catch (IOException e) {
            throw new IOException("cannot listen on UDP " + at.getAddress().getHostAddress() + ":" + at.getPort() + " ("
                    + name + "): " + e.getMessage(), e);
        }
        TftpServer server = new TftpServer(name, s, files, workers);
        Thread t = new Thread(server::receiveLoop, "sim-cluster " + name);
        t.setDaemon(true);
        t.start();
        return server;
    }

    InetSocketAddress address() {
        return new InetSocketAddress(socket.getLocalAddress(), socket.getLocalPort());
    }

    private void receiveLoop() {
        byte[] buffer = new byte[TFTPPacket.SEGMENT_SIZE + 4 + 512];
        while (!socket.isClosed()) {
            DatagramPacket datagram = new DatagramPacket(buffer, buffer.length);
            TFTPPacket packet;
            try {
                socket.receive(datagram);
                packet = TFTPPacket.newTFTPPacket(datagram);
            } catch (TFTPPacketException e) {
                LOG.log(Level.FINE, name + ": not a TFTP packet: " + e.getMessage());
                continue;
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    LOG.log(Level.WARNING, name + ": receive failed", e);
                }
                return;
            }
            TFTPPacket request = packet;
            try {
                workers.execute(() -> answer(request));
            } catch (RejectedExecutionException e) {
                return; // shutting down
            }
        }
    }

    private void answer(TFTPPacket request) {
        try (DatagramSocket transfer = new DatagramSocket(new InetSocketAddress(socket.getLocalAddress(), 0))) {
            transfers.add(transfer);
            try {
                if (request instanceof TFTPReadRequestPacket read) {
                    serve(transfer, read);
                } else if (request.getType() == TFTPPacket.WRITE_REQUEST) {
                    error(transfer, request, TFTPErrorPacket.ACCESS_VIOLATION, "read-only server");
                } else {
                    error(transfer, request, TFTPErrorPacket.ILLEGAL_OPERATION, "expected a read request");
                }
            } finally {
                transfers.remove(transfer);
            }
        } catch (IOException e) {
            if (!socket.isClosed()) {
                LOG.log(Level.FINE, name + ": transfer to " + request.getAddress() + ":" + request.getPort() + " ended: " + e);
            }
        }
    }

    private void serve(DatagramSocket transfer, TFTPReadRequestPacket read) throws IOException {
        if (read.getMode() == TFTP.NETASCII_MODE) {
            error(transfer, read, TFTPErrorPacket.ILLEGAL_OPERATION, "only octet transfers");
            return;
        }
        byte[] bytes = files.apply(read.getFilename());
        if (bytes == null) {
            error(transfer, read, TFTPErrorPacket.FILE_NOT_FOUND, "File not found: " + read.getFilename());
            return;
        }
        InetAddress client = read.getAddress();
        int port = read.getPort();
        transfer.setSoTimeout(ACK_TIMEOUT_MS);
        int block = 1;
        int offset = 0;
        while (true) {
            int length = Math.min(TFTPDataPacket.MAX_DATA_LENGTH, bytes.length - offset);
            TFTPDataPacket data = new TFTPDataPacket(client, port, block & 0xFFFF, bytes, offset, length);
            if (!sendUntilAcknowledged(transfer, data, block & 0xFFFF, client, port)) {
                LOG.log(Level.FINE, name + ": " + read.getFilename() + " to " + client + ":" + port + " gave up after "
                        + MAX_SENDS + " sends of block " + block);
                return;
            }
            offset += length;
            if (length < TFTPDataPacket.MAX_DATA_LENGTH) {
                return; // a short (possibly empty) block ends the transfer
            }
            block++;
        }
    }

    private boolean sendUntilAcknowledged(DatagramSocket transfer, TFTPDataPacket data, int block, InetAddress client, int port)
            throws IOException {
        byte[] buffer = new byte[TFTPPacket.SEGMENT_SIZE + 4];
        for (int send = 0; send < MAX_SENDS; send++) {
            transfer.send(data.newDatagram());
            long end = System.nanoTime() + ACK_TIMEOUT_MS * 1_000_000L;
            while (true) {
                long left = (end - System.nanoTime()) / 1_000_000L;
                if (left <= 0) {
                    break;
                }
                transfer.setSoTimeout((int) left);
                DatagramPacket d = new DatagramPacket(buffer, buffer.length);
                try {
                    transfer.receive(d);
                } catch (SocketTimeoutException e) {
                    break;
                }
                if (!d.getAddress().equals(client) || d.getPort() != port) {
                    transfer.send(new TFTPErrorPacket(d.getAddress(), d.getPort(), TFTPErrorPacket.UNKNOWN_TID,
                            "unknown transfer id").newDatagram());
                    continue;
                }
                TFTPPacket answer;
                try {
                    answer = TFTPPacket.newTFTPPacket(d);
                } catch (TFTPPacketException e) {
                    continue;
                }
                if (answer instanceof TFTPAckPacket ack && ack.getBlockNumber() == block) {
                    return true;
                }
                if (answer.getType() == TFTPPacket.ERROR) {
                    return false; // the client gave up
                }
                // an older ACK (duplicate): keep waiting for this block's
            }
        }
        return false;
    }

    private static void error(DatagramSocket transfer, TFTPPacket to, int code, String message) throws IOException {
        transfer.send(new TFTPErrorPacket(to.getAddress(), to.getPort(), code, message).newDatagram());
    }

    @Override
    public void close() {
        socket.close();
        for (DatagramSocket t : transfers) {
            t.close();
        }
    }

    @Override
    public String toString() {
        return name + " at UDP " + address();
    }
}
