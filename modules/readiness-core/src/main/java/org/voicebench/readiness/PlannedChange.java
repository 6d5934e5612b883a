package org.voicebench.readiness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.voicebench.certcheck.CertificateLoadException;
import org.voicebench.certcheck.ChangeForecast;
import org.voicebench.certcheck.ClusterCertificate;
import org.voicebench.certcheck.ClusterCertificates;
import org.voicebench.certcheck.fetch.FetchException;
import org.voicebench.certcheck.fetch.TrustListDownloader;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustListFormatException;
import org.voicebench.trust.TrustLists;

/**
 * The changes applied together ({@code --change} given several times), and their forecast on the cluster's current
 * ITLs. A migration's targets are read here: ITL files ({@code .tlv}) or URLs, else certificate files and folders.
 */
public record PlannedChange(List<ChangeSpec> steps) {

    public PlannedChange {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("no change given: e.g. regenerate:CallManager@cucm-pub");
        }
    }

    /** @throws IllegalArgumentException for a text that is no change */
    public static PlannedChange parse(List<String> texts) {
        return new PlannedChange(texts.stream().map(ChangeSpec::parse).toList());
    }

    /** The changes as given, for reports. */
    public List<String> texts() {
        return steps.stream().map(ChangeSpec::text).toList();
    }

    /**
     * The cluster after the change, from its current ITLs.
     *
     * @throws ReadinessInputException naming a target that cannot be read, or a change the cluster cannot undergo
     *         (a role or node it does not have)
     */
    public ChangeForecast forecast(List<TrustList> currentItls, TrustListDownloader downloader)
            throws ReadinessInputException {
        ChangeForecast.Builder b = ChangeForecast.from(currentItls);
        List<TrustList> itls = new ArrayList<>();
        List<ClusterCertificate> certs = new ArrayList<>();
        boolean migrate = false;
        for (ChangeSpec s : steps) {
            if (s.migrate()) {
                migrate = true;
                for (String target : s.targets()) {
                    load(target, downloader, itls, certs);
                }
            } else {
                b.regenerate(s.regeneration());
            }
        }
        if (migrate) {
            b.migrateTo(itls, certs);
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new ReadinessInputException("--change " + String.join(" ", texts()) + ": " + e.getMessage(), e);
        }
    }

    private static void load(String target, TrustListDownloader downloader, List<TrustList> itls,
            List<ClusterCertificate> certs) throws ReadinessInputException {
        String lower = target.toLowerCase(Locale.ROOT);
        try {
            if (lower.startsWith("http://") || lower.startsWith("tftp://")) {
                itls.add(downloader.download(target).read());
                return;
            }
            Path p = Path.of(target);
            if (!Files.exists(p)) {
                throw new ReadinessInputException("migrate:" + target + ": no such file or folder", null);
            }
            if (Files.isRegularFile(p) && lower.endsWith(".tlv")) {
                itls.add(TrustLists.read(p));
                return;
            }
            certs.addAll(ClusterCertificates.load(p).certificates());
        } catch (FetchException | TrustListFormatException | CertificateLoadException e) {
            throw new ReadinessInputException("migrate:" + target + ": " + e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new ReadinessInputException("migrate:" + target + ": no such file", e);
        } catch (IOException e) {
            throw new ReadinessInputException("migrate:" + target + ": cannot read: " + e.getMessage(), e);
        }
    }
}
