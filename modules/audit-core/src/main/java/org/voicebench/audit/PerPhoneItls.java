package org.voicebench.audit;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.voicebench.certcheck.fetch.FetchException;
import org.voicebench.certcheck.fetch.TrustListDownloader;
import org.voicebench.certcheck.fetch.TrustListLocation;
import org.voicebench.phone.TftpFileNames;
import org.voicebench.trust.FileType;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustListFormatException;

/**
 * What a TFTP node serves for one phone's own name, {@code ITLSEP<MAC>.tlv}: a phone loads it instead of
 * the node's {@code ITLFile.tlv} when it exists (field-tested), so that is what the phone must be compared
 * with. Asked the way the node's ITL was given (same host, port and scheme: HTTP on 6970 or TFTP), each
 * URL once per audit: the read-back after a fix gets the same answer without asking again. Thread-safe.
 */
final class PerPhoneItls {

    /** The node's answer: its per-phone ITL, "not found" (both null), or why it could not be had. */
    private record Answer(TrustList itl, String problem) {
    }

    private final TrustListDownloader downloader;
    private final Map<String, CompletableFuture<Answer>> answers = new ConcurrentHashMap<>();

    PerPhoneItls(TrustListDownloader downloader) {
        this.downloader = downloader;
    }

    /**
     * @param nodeItl where the node's {@code ITLFile.tlv} was downloaded (HTTP or TFTP)
     * @param mac     the phone's MAC address (12 hex digits)
     * @return the node's {@code ITLSEP<MAC>.tlv}; empty when the node answered that it has none
     * @throws AuditInputException when the node could not be asked or its answer is no ITL (the message names the URL)
     */
    Optional<TrustList> fetch(TrustListLocation nodeItl, String mac) throws AuditInputException {
        TrustListLocation at = beside(nodeItl, TftpFileNames.itlSep(mac));
        CompletableFuture<Answer> mine = new CompletableFuture<>();
        CompletableFuture<Answer> known = answers.putIfAbsent(at.display(), mine);
        if (known == null) {
            known = mine;
            try {
                mine.complete(download(at));
            } catch (RuntimeException e) {
                mine.completeExceptionally(e);
                throw e;
            }
        }
        Answer a = known.join();
        if (a.problem() != null) {
            throw new AuditInputException(a.problem(), null);
        }
        return Optional.ofNullable(a.itl());
    }

    private Answer download(TrustListLocation at) {
        try {
            TrustList itl = downloader.download(at).read();
            return itl.type() == FileType.ITL ? new Answer(itl, null)
                    : new Answer(null, at.display() + " is a " + itl.type() + ", not an ITL");
        } catch (FetchException e) {
            return e.notFound() ? new Answer(null, null) : new Answer(null, e.getMessage());
        } catch (TrustListFormatException e) {
            return new Answer(null, at.display() + ": " + e.getMessage());
        }
    }

    /** The same node, port and scheme, in the same folder, another file. */
    private static TrustListLocation beside(TrustListLocation nodeItl, String fileName) {
        String path = nodeItl.fileName();
        return new TrustListLocation(nodeItl.kind(), null, nodeItl.host(), nodeItl.port(),
                path.substring(0, path.lastIndexOf('/') + 1) + fileName);
    }
}
