package org.voicebench.certcheck;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.voicebench.trust.CertificateInfo;
import org.voicebench.trust.Function;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustRecord;

/**
 * The cluster's current certificates: those given, plus those of the cluster's current trust lists
 * (whose records say the role). A certificate given explicitly keeps its role and node.
 */
final class ClusterView {

    private final Map<String, ClusterCertificate> bySha256 = new LinkedHashMap<>();

    ClusterView(List<ClusterCertificate> given, List<TrustList> clusterLists) {
        for (ClusterCertificate c : given) {
            bySha256.putIfAbsent(c.sha256(), c);
        }
        for (TrustList clusterList : clusterLists) {
            for (TrustRecord r : clusterList.records()) {
                CertificateInfo info = r.certificate();
                if (info != null && !bySha256.containsKey(info.sha256())) {
                    bySha256.put(info.sha256(), new ClusterCertificate(roleOf(r, info), nodeOf(r),
                            List.of(clusterList.source() + " record " + r.index()), info, null));
                }
            }
        }
    }

    List<ClusterCertificate> all() {
        return List.copyOf(bySha256.values());
    }

    boolean isEmpty() {
        return bySha256.isEmpty();
    }

    ClusterCertificate bySha256(String sha256) {
        return bySha256.get(sha256);
    }

    List<ClusterCertificate> withRole(CertificateRole role) {
        List<ClusterCertificate> out = new ArrayList<>();
        for (ClusterCertificate c : bySha256.values()) {
            if (c.role() == role) {
                out.add(c);
            }
        }
        return out;
    }

    /** A cluster certificate of a compatible role with the same subject as {@code old} but another key. */
    ClusterCertificate replacementOf(CertificateInfo old, Set<Function> functions) {
        for (ClusterCertificate c : bySha256.values()) {
            if (!c.sha256().equals(old.sha256()) && c.certificate().subject().equals(old.subject())
                    && !java.util.Collections.disjoint(functionsFor(c.role()), functions)) {
                return c;
            }
        }
        return null;
    }

    /** The record functions a certificate of this role may have in a trust list. */
    static Set<Function> functionsFor(CertificateRole role) {
        return switch (role) {
            case CALLMANAGER, CALLMANAGER_ECDSA -> EnumSet.of(Function.SAST, Function.CCM, Function.CCM_TFTP, Function.TFTP);
            case TVS -> EnumSet.of(Function.TVS);
            case CAPF -> EnumSet.of(Function.CAPF);
            case ITL_RECOVERY -> EnumSet.of(Function.SAST);
            case TOMCAT -> EnumSet.of(Function.APP_SERVER);
            case UNKNOWN -> EnumSet.allOf(Function.class);
        };
    }

    /** What a record of the cluster's list says the certificate is (CUCM names ITLRecovery {@code ITLRECOVERY_<host>}). */
    static CertificateRole roleOf(TrustRecord r, CertificateInfo info) {
        Function f = r.function();
        if (f == null) {
            return CertificateRole.UNKNOWN;
        }
        return switch (f) {
            case SAST -> commonName(info.subject()).toUpperCase(Locale.ROOT).startsWith("ITLRECOVERY")
                    ? CertificateRole.ITL_RECOVERY : CertificateRole.CALLMANAGER;
            case CCM, CCM_TFTP, TFTP -> CertificateRole.CALLMANAGER;
            case TVS -> CertificateRole.TVS;
            case CAPF -> CertificateRole.CAPF;
            case APP_SERVER -> CertificateRole.TOMCAT;
        };
    }

    /** The host part of the record's DNS name, or null. */
    static String nodeOf(TrustRecord r) {
        String dns = r.dnsName();
        if (dns == null || dns.isBlank()) {
            return null;
        }
        int dot = dns.indexOf('.');
        return dot > 0 && !Character.isDigit(dns.charAt(0)) ? dns.substring(0, dot) : dns;
    }

    /** The CN of an RFC 4514 name, or the whole name when it has none. */
    static String commonName(String rfc4514) {
        for (String part : rfc4514.split(",")) {
            String p = part.trim();
            if (p.regionMatches(true, 0, "CN=", 0, 3)) {
                return p.substring(3);
            }
        }
        return rfc4514;
    }
}
