package org.voicebench.trust.ui.inspector;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.netbeans.api.progress.ProgressHandle;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;
import org.voicebench.trust.SignatureVerifier;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustLists;

/** Checks a file against another trust list, as a phone holding that list would, off the Swing thread. */
@Messages({"# {0} - trust list file", "PROGRESS_Verifying=Verifying against {0}"})
final class VerifyAgainst {

    private static final RequestProcessor RP = new RequestProcessor(VerifyAgainst.class.getName(), 1);

    private VerifyAgainst() {
    }

    /** Completes with the verdict, or exceptionally with the IOException that reading the trust list raised. */
    static CompletableFuture<Verdict> check(TrustList file, Path trustListFile) {
        CompletableFuture<Verdict> done = new CompletableFuture<>();
        RP.post(() -> {
            ProgressHandle progress = ProgressHandle.createHandle(Bundle.PROGRESS_Verifying(trustListFile.getFileName()));
            progress.start();
            try {
                TrustList trusted = TrustLists.read(trustListFile);
                done.complete(new Verdict(SignatureVerifier.verifyAgainst(file, trusted), trusted, trustListFile));
            } catch (IOException | RuntimeException e) {
                done.completeExceptionally(e);
            } finally {
                progress.finish();
            }
        });
        return done;
    }
}
