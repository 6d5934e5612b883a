package org.voicebench.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.voicebench.certcheck.fetch.FetchException;
import org.voicebench.certcheck.fetch.TrustListDownloader;
import org.voicebench.certcheck.fetch.TrustListLocation;
import org.voicebench.phone.TftpFileNames;
import org.voicebench.trust.FileType;
import org.voicebench.trust.Function;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustListFormatException;
import org.voicebench.trust.TrustLists;
import org.voicebench.trust.TrustRecord;

/**
 * The ITL each TFTP node of the cluster serves now. Each node signs its own ITL, so a phone is
 * compared with the ITL of the node it downloads from (its {@code TFTPServer1}). A node is known by
 * the names and addresses in its ITL's TFTP record and by the host its ITL was downloaded from. A
 * node given by URL is also asked for the phone's own {@code ITLSEP<MAC>.tlv}, which the phone loads
 * instead of {@code ITLFile.tlv} when it exists ({@link #forPhone(String, String, String)}).
 */
public final class ClusterItls {

    private static final Pattern CN = Pattern.compile("(?i)(?:^|,)\\s*CN=([^,]+)");

    /**
     * One node's ITL and the names it answers to (lower case).
     *
     * @param url where its ITL was downloaded (HTTP or TFTP), or null when it was given as a file or list
     */
    private record Node(TrustList itl, Set<String> names, TrustListLocation url) {
    }

    /** The node chosen for a phone and why. */
    private record Pick(Node node, String why) {
    }

    /**
     * The list a phone is compared with, and why that one.
     *
     * @param itl the cluster ITL
     * @param why one sentence for the report
     */
    public record Choice(TrustList itl, String why) {
    }

    private final List<Node> nodes;
    /** Asks the nodes given by URL for per-phone ITLs; null when none was. */
    private final PerPhoneItls perPhone;

    private ClusterItls(List<Node> nodes, PerPhoneItls perPhone) {
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("no cluster ITL given: give each TFTP node's ITLFile.tlv (URL or file)");
        }
        this.nodes = List.copyOf(nodes);
        this.perPhone = perPhone;
    }

    /** The ITLs as given, each known by the names in its TFTP record only. */
    public static ClusterItls of(List<TrustList> itls) {
        List<Node> out = new ArrayList<>();
        for (TrustList itl : itls) {
            out.add(new Node(itl, names(itl, null), null));
        }
        return new ClusterItls(out, null);
    }

    /**
     * Earlier ITLs of the cluster that the phones may hold, read from files (for the comparer's verdict on a mismatch).
     *
     * @throws AuditInputException naming the file and what is wrong with it (missing, unreadable, not a trust list)
     * @since VoiceBench 0.1
     */
    public static List<TrustList> readEarlier(List<Path> files) throws AuditInputException {
        List<TrustList> out = new ArrayList<>();
        for (Path p : files) {
            try {
                if (!Files.isRegularFile(p)) {
                    throw new IOException("no such file");
                }
                out.add(TrustLists.read(p));
            } catch (IOException e) {
                throw new AuditInputException("Earlier ITL " + p + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /**
     * Downloads (or reads) each location, as a phone would get its node's ITL.
     *
     * @param locations files, {@code http://node:6970/ITLFile.tlv} or {@code tftp://node/ITLFile.tlv}
     * @throws AuditInputException naming the location and what is wrong
     */
    public static ClusterItls load(List<String> locations, TrustListDownloader downloader) throws AuditInputException {
        List<Node> out = new ArrayList<>();
        for (String text : locations) {
            TrustListLocation location;
            try {
                location = TrustListLocation.parse(text);
            } catch (IllegalArgumentException e) {
                throw new AuditInputException("cluster ITL " + e.getMessage(), e);
            }
            TrustList itl;
            try {
                itl = downloader.download(location).read();
            } catch (FetchException | TrustListFormatException e) {
                throw new AuditInputException("cluster ITL " + location.display() + ": " + e.getMessage(), e);
            }
            if (itl.type() != FileType.ITL) {
                throw new AuditInputException("cluster ITL " + location.display() + " is a " + itl.type()
                        + ", not an ITL (give ITLFile.tlv)", null);
            }
            TrustListLocation url = location.kind() == TrustListLocation.Kind.FILE ? null : location;
            out.add(new Node(itl, names(itl, location.host()), url));
        }
        return new ClusterItls(out, new PerPhoneItls(downloader));
    }

    /** The ITLs in the order given. */
    public List<TrustList> itls() {
        return nodes.stream().map(Node::itl).toList();
    }

    /**
     * The node's ITL as given ({@code ITLFile.tlv}) to compare a phone with: its TFTP node's; when the phone
     * names no node of these, the one whose hash it holds, else the first (then every hash differs and the
     * phone mismatches anyway).
     *
     * @param tftpServer the phone's {@code TFTPServer1} (name or address), or null
     * @param phoneHash  the ITL hash the phone shows, or null
     */
    public Choice forPhone(String tftpServer, String phoneHash) {
        Pick p = pick(tftpServer, phoneHash);
        return new Choice(p.node().itl(), p.why());
    }

    /**
     * What the phone's TFTP node (chosen as by {@link #forPhone(String, String)}) serves for that phone's
     * name, as the phone asks: its {@code ITLSEP<MAC>.tlv} when the node has one, else the node's
     * {@code ITLFile.tlv}. The per-phone file is asked from the same node with the same scheme as the node's
     * ITL URL, once per URL; a node given as a file is compared as given.
     *
     * @param mac the phone's {@code MACAddress}, or null when it did not say (then the node's ITL as given)
     * @throws AuditInputException when the node could not be asked for the per-phone file, or it is no ITL
     */
    public Choice forPhone(String tftpServer, String phoneHash, String mac) throws AuditInputException {
        Pick p = pick(tftpServer, phoneHash);
        TrustList given = p.node().itl();
        if (p.node().url() == null) {
            return new Choice(given, p.why());
        }
        String defaultName = p.node().url().name();
        String mac12 = TftpFileNames.normaliseMac(mac);
        if (mac12 == null) {
            return new Choice(given, p.why() + ", " + defaultName + " (the phone names no MAC address, so no"
                    + " ITLSEP<MAC>.tlv was asked)");
        }
        String own = TftpFileNames.itlSep(mac12);
        return perPhone.fetch(p.node().url(), mac12)
                .map(itl -> new Choice(itl, p.why() + ", " + own + ": the phone's own ITL, which it loads instead of "
                        + defaultName))
                .orElseGet(() -> new Choice(given, p.why() + ", " + defaultName + " (the node has no " + own + ")"));
    }

    private Pick pick(String tftpServer, String phoneHash) {
        if (nodes.size() == 1) {
            return new Pick(nodes.get(0), "the only cluster ITL given");
        }
        String server = tftpServer == null ? null : tftpServer.strip().toLowerCase(Locale.ROOT);
        if (server != null && !server.isEmpty()) {
            for (Node n : nodes) {
                if (n.names().contains(server) || n.names().contains(shortName(server))) {
                    return new Pick(n, "the ITL of its TFTP server " + tftpServer);
                }
            }
        }
        String hash = ItlAssessment.normalise(phoneHash);
        for (Node n : nodes) {
            if (hash != null && Hashes.matches(n.itl(), hash)) {
                return new Pick(n, noNode(tftpServer) + "; it holds the ITL of " + n.itl().source());
            }
        }
        return new Pick(nodes.get(0), noNode(tftpServer) + "; it holds none of their ITLs");
    }

    private String noNode(String tftpServer) {
        return (tftpServer == null || tftpServer.isBlank() ? "the phone names no TFTP server"
                : "its TFTP server " + tftpServer + " is none of the " + nodes.size() + " nodes given");
    }

    private static Set<String> names(TrustList itl, String host) {
        Set<String> out = new LinkedHashSet<>();
        if (host != null) {
            add(out, host);
        }
        for (TrustRecord r : itl.records()) {
            if (r.hasFunction(Function.TFTP) || r.hasFunction(Function.CCM_TFTP)) {
                add(out, r.dnsName());
                add(out, r.ipAddress());
                if (r.certificate() != null) {
                    Matcher m = CN.matcher(r.certificate().subject());
                    if (m.find()) {
                        add(out, m.group(1));
                    }
                }
            }
        }
        return out;
    }

    private static void add(Set<String> names, String name) {
        if (name != null && !name.isBlank()) {
            String n = name.strip().toLowerCase(Locale.ROOT);
            names.add(n);
            names.add(shortName(n));
        }
    }

    /** The host part of a DNS name; an address stays whole. */
    private static String shortName(String name) {
        int dot = name.indexOf('.');
        boolean address = name.chars().allMatch(c -> Character.isDigit(c) || c == '.') || name.indexOf(':') >= 0;
        return dot < 0 || address ? name : name.substring(0, dot);
    }

    @Override
    public String toString() {
        return nodes.stream().map(n -> n.itl().source()).toList().toString();
    }
}
