package org.voicebench.audit;

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
import org.voicebench.trust.FileType;
import org.voicebench.trust.Function;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustListFormatException;
import org.voicebench.trust.TrustRecord;

/**
 * The ITL each TFTP node of the cluster serves now. Each node signs its own ITL, so a phone is
 * compared with the ITL of the node it downloads from (its {@code TFTPServer1}). A node is known by
 * the names and addresses in its ITL's TFTP record and by the host its ITL was downloaded from.
 */
public final class ClusterItls {

    private static final Pattern CN = Pattern.compile("(?i)(?:^|,)\\s*CN=([^,]+)");

    /** One node's ITL and the names it answers to (lower case). */
    private record Node(TrustList itl, Set<String> names) {
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

    private ClusterItls(List<Node> nodes) {
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("no cluster ITL given: give each TFTP node's ITLFile.tlv (URL or file)");
        }
        this.nodes = List.copyOf(nodes);
    }

    /** The ITLs as given, each known by the names in its TFTP record only. */
    public static ClusterItls of(List<TrustList> itls) {
        List<Node> out = new ArrayList<>();
        for (TrustList itl : itls) {
            out.add(new Node(itl, names(itl, null)));
        }
        return new ClusterItls(out);
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
            out.add(new Node(itl, names(itl, location.host())));
        }
        return new ClusterItls(out);
    }

    /** The ITLs in the order given. */
    public List<TrustList> itls() {
        return nodes.stream().map(Node::itl).toList();
    }

    /**
     * The ITL to compare a phone with: its TFTP node's; when the phone names no node of these, the
     * one whose hash it holds, else the first (then every hash differs and the phone mismatches anyway).
     *
     * @param tftpServer the phone's {@code TFTPServer1} (name or address), or null
     * @param phoneHash  the ITL hash the phone shows, or null
     */
    public Choice forPhone(String tftpServer, String phoneHash) {
        if (nodes.size() == 1) {
            return new Choice(nodes.get(0).itl(), "the only cluster ITL given");
        }
        String server = tftpServer == null ? null : tftpServer.strip().toLowerCase(Locale.ROOT);
        if (server != null && !server.isEmpty()) {
            for (Node n : nodes) {
                if (n.names().contains(server) || n.names().contains(shortName(server))) {
                    return new Choice(n.itl(), "the ITL of its TFTP server " + tftpServer);
                }
            }
        }
        String hash = ItlAssessment.normalise(phoneHash);
        for (Node n : nodes) {
            if (hash != null && Hashes.matches(n.itl(), hash)) {
                return new Choice(n.itl(), noNode(tftpServer) + "; it holds the ITL of " + n.itl().source());
            }
        }
        return new Choice(nodes.get(0).itl(), noNode(tftpServer) + "; it holds none of their ITLs");
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
