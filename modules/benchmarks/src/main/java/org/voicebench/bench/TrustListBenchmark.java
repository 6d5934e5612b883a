package org.voicebench.bench;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.voicebench.trust.DigestAlgorithm;
import org.voicebench.trust.SignatureResult;
import org.voicebench.trust.SignatureStatus;
import org.voicebench.trust.SignatureVerifier;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustListFormatException;
import org.voicebench.trust.TrustLists;
import org.voicebench.trust.lab.LabCluster;

/**
 * Parse-only and parse+verify throughput on a 7-record RSA-2048 ITL (a three-node lab cluster's
 * CUCM 12 ITL: ITLRecovery, CallManager as SAST and TFTP, three TVS, CAPF), single thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class TrustListBenchmark {

    private byte[] itl;

    @Setup
    public void makeItl() throws TrustListFormatException {
        itl = LabCluster.standard(7).itl("cucm-pub", LabCluster.ItlSigning.ITL_RECOVERY, DigestAlgorithm.SHA1,
                Instant.parse("2026-01-01T00:00:00Z"));
        TrustList list = TrustLists.read(itl, "ITLFile.tlv");
        if (list.records().size() != 7 || SignatureVerifier.verify(list).status() != SignatureStatus.VALID) {
            throw new IllegalStateException("benchmark ITL is not a valid 7-record ITL");
        }
    }

    @Benchmark
    public TrustList parseOnly() throws TrustListFormatException {
        return TrustLists.read(itl, "ITLFile.tlv");
    }

    @Benchmark
    public SignatureResult parseAndVerify() throws TrustListFormatException {
        return SignatureVerifier.verify(TrustLists.read(itl, "ITLFile.tlv"));
    }
}
