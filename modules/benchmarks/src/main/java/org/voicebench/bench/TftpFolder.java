package org.voicebench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.voicebench.trust.DigestAlgorithm;
import org.voicebench.trust.lab.LabCluster;
import org.voicebench.trust.lab.LabCluster.ItlSigning;

/**
 * The trust lists of a CUCM cluster's TFTP folder, written for {@link InspectBenchmark}: what
 * {@code inspect --json tftp/*.tlv} meets on a real cluster. Most files are per-phone
 * {@code ITLSEP<MAC>.tlv} copies of their TFTP node's per-phone ITL, so a few certificates are
 * shared by thousands of files; the rest are distinct lists (each node's ITL signed both ways,
 * the CTL, and the ITLs a cluster served after each of a series of certificate regenerations),
 * whose certificates are not all shared. The content derives from a seed: the same count gives
 * the same files.
 */
final class TftpFolder {

    /** Regenerations of a CallManager or TVS certificate, each adding one ITL with a new certificate. */
    private static final int REGENERATIONS = 12;
    private static final long SEED = 20261127L;
    private static final Instant STAMP = Instant.parse("2026-11-27T08:00:00Z");

    private final List<Path> files;
    private final int distinct;

    private TftpFolder(List<Path> files, int distinct) {
        this.files = List.copyOf(files);
        this.distinct = distinct;
    }

    /** Writes {@code count} files into {@code dir} (created if needed), distinct lists first. */
    static TftpFolder write(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        LabCluster cluster = LabCluster.standard(SEED);
        List<Path> files = new ArrayList<>();
        for (String node : cluster.nodes()) {
            files.add(write(dir, "ITLFile-" + node + ".tlv", cluster.itl(node, ItlSigning.ITL_RECOVERY, DigestAlgorithm.SHA1, STAMP)));
            files.add(write(dir, "ITLFile-" + node + "-pre12.tlv",
                    cluster.itl(node, ItlSigning.CALLMANAGER, DigestAlgorithm.SHA256, STAMP)));
        }
        files.add(write(dir, "CTLFile.tlv", cluster.ctl(DigestAlgorithm.SHA1, STAMP)));
        LabCluster history = cluster;
        for (int r = 1; r <= REGENERATIONS; r++) {
            String node = cluster.nodes().get(r % cluster.nodes().size());
            history = history.regenerate(r % 2 == 0 ? "TVS" : "CallManager", node, SEED + r);
            files.add(write(dir, "ITLFile-" + node + "-regenerated-" + r + ".tlv",
                    history.itl(node, ItlSigning.ITL_RECOVERY, DigestAlgorithm.SHA1, STAMP.plusSeconds(r))));
        }
        int distinct = Math.min(files.size(), count);
        List<byte[]> perPhone = new ArrayList<>();
        for (String node : cluster.nodes()) {
            perPhone.add(cluster.itlSep(node, DigestAlgorithm.SHA1, STAMP));
        }
        for (int phone = 0; files.size() < count; phone++) {
            String mac = String.format(Locale.ROOT, "%012X", 0x0011_2200_0000L + phone);
            files.add(write(dir, "ITLSEP" + mac + ".tlv", perPhone.get(phone % perPhone.size())));
        }
        return new TftpFolder(files.subList(0, count), distinct);
    }

    private static Path write(Path dir, String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** The files in the order written: distinct lists first, then the ITLSEP copies. */
    List<Path> files() {
        return files;
    }

    /** How many of {@link #files()} are distinct lists rather than ITLSEP copies. */
    int distinct() {
        return distinct;
    }

    /** Total size of the files in bytes. */
    long bytes() throws IOException {
        long total = 0;
        for (Path f : files) {
            total += Files.size(f);
        }
        return total;
    }
}
