package org.voicebench.trust.ui.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.openide.modules.Places;
import org.voicebench.trust.DigestAlgorithm;
import org.voicebench.trust.lab.LabCluster;

/**
 * The sample trust lists shown to a new user: a made-up three-node cluster (fixed seed, so the
 * same bytes on every machine) written once into the user directory, plus the ITL the cluster
 * serves after its publisher's CallManager certificate is regenerated, so Compare has a real
 * change to show.
 */
public final class SampleLibrary {

    public static final long SEED = 20260101L;
    public static final String MAC = "001122AABBCC";
    public static final Instant TIMESTAMP = Instant.parse("2026-02-02T09:00:00Z");
    public static final Instant REGENERATED_AT = Instant.parse("2026-03-03T09:00:00Z");

    public static final String ITL = "ITLFile.tlv";
    public static final String ITL_PRE12 = "ITLFile-pre12.tlv";
    public static final String CTL = "CTLFile.tlv";
    public static final String ITL_SEP = "ITLSEP" + MAC + ".tlv";
    public static final String SIGNED_CONFIG = "SEP" + MAC + ".cnf.xml.sgn";
    public static final String ITL_AFTER_REGENERATION = "ITLFile-after-CallManager-regeneration.tlv";

    /** Written last: when it exists, every sample does. */
    private static final List<String> ALL = List.of(ITL, ITL_PRE12, CTL, ITL_SEP, SIGNED_CONFIG, ITL_AFTER_REGENERATION);

    private final Path dir;

    public SampleLibrary(Path dir) {
        this.dir = dir;
    }

    /** The samples folder of this user directory: {@code var/voicebench/samples}. */
    public static SampleLibrary inUserDirectory() throws IOException {
        java.io.File user = Places.getUserDirectory();
        if (user == null) {
            throw new IOException("the application runs without a user directory (netbeans.user is not set)");
        }
        return new SampleLibrary(user.toPath().resolve("var").resolve("voicebench").resolve("samples"));
    }

    public Path dir() {
        return dir;
    }

    public Path file(String name) {
        return dir.resolve(name);
    }

    /** Whether every sample is on disk. */
    public boolean complete() {
        return ALL.stream().allMatch(n -> Files.isRegularFile(file(n)));
    }

    /**
     * Writes the samples unless they are all there. Blocking (it makes RSA keys): call off the
     * Swing thread. Each file is written to a temporary file and moved into place.
     */
    public synchronized SampleLibrary ensure() throws IOException {
        if (complete()) {
            return this;
        }
        LabCluster cluster = LabCluster.standard(SEED);
        cluster.writeSamples(dir, MAC, TIMESTAMP);
        LabCluster regenerated = cluster.regenerate("CallManager", cluster.publisher(), SEED + 1);
        byte[] after = regenerated.itl(cluster.publisher(), LabCluster.ItlSigning.ITL_RECOVERY, DigestAlgorithm.SHA1,
                REGENERATED_AT);
        LabCluster.writeAtomically(file(ITL_AFTER_REGENERATION), after);
        return this;
    }
}
