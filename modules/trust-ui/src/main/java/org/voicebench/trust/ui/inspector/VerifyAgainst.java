package org.voicebench.trust.ui.inspector;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.openide.util.NbBundle.Messages;
import org.voicebench.trust.SignatureVerifier;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustLists;
import org.voicebench.ui.BackgroundWork;

/** Checks a file against another trust list, as a phone holding that list would, off the Swing thread. */
@Messages({"# {0} - trust list file", "PROGRESS_Verifying=Verifying against {0}"})
final class VerifyAgainst {

    private static final BackgroundWork WORK = new BackgroundWork(VerifyAgainst.class.getName());

    private VerifyAgainst() {
    }

    /**
     * Completes (on the Swing thread) with the verdict, or exceptionally with the IOException that reading the trust
     * list raised.
     */
    static CompletableFuture<Verdict> check(TrustList file, Path trustListFile) {
        CompletableFuture<Verdict> done = new CompletableFuture<>();
        WORK.post(Bundle.PROGRESS_Verifying(trustListFile.getFileName()), ctx -> {
            TrustList trusted = TrustLists.read(trustListFile);
            return new Verdict(SignatureVerifier.verifyAgainst(file, trusted), trusted, trustListFile);
        }, done::complete, done::completeExceptionally);
        return done;
    }
}
