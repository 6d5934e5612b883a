package org.voicebench.cli.audit;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.voicebench.audit.AuditInputException;
import org.voicebench.audit.ClusterItls;
import org.voicebench.certcheck.fetch.TrustListDownloader;
import org.voicebench.cli.PhoneListFile;
import org.voicebench.phone.cti.KeyRoutes;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustListFormatException;
import org.voicebench.trust.TrustLists;

/** The inputs the fleet commands ({@code audit}, {@code readiness}) read alike, each failure naming its option. */
public final class FleetInputs {

    private FleetInputs() {
    }

    /** {@code --cluster-itl}: one ITL per TFTP node, files or URLs. */
    public static ClusterItls clusterItls(List<String> locations) throws InputError {
        try {
            return ClusterItls.load(locations, TrustListDownloader.withDefaults());
        } catch (AuditInputException e) {
            throw new InputError(e.getMessage(), e);
        }
    }

    /** {@code --known-itl}: earlier ITLs of the cluster the phones may hold. */
    public static List<TrustList> knownItls(List<Path> files) throws InputError {
        List<TrustList> out = new ArrayList<>();
        for (Path p : files) {
            try {
                out.add(TrustLists.read(p));
            } catch (NoSuchFileException e) {
                throw new InputError("--known-itl " + p + ": no such file", e);
            } catch (TrustListFormatException e) { // names the file and the offset
                throw new InputError("--known-itl " + e.getMessage(), e);
            } catch (IOException e) {
                throw new InputError("--known-itl " + p + ": cannot read: " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** {@code --phones}: the phone list, which must list at least one phone. */
    public static List<PhoneEntry> csvPhones(Path file) throws InputError {
        try {
            List<PhoneEntry> list = PhoneListFile.read(file);
            if (list.isEmpty()) {
                throw new InputError(file + ": lists no phone", null);
            }
            return list;
        } catch (PhoneListFile.Unusable e) {
            throw new InputError(e.getMessage(), e);
        }
    }

    /** The CUCM device names among the phones (SEP and the MAC), whose registrations RIS can tell. */
    public static List<String> deviceNames(List<PhoneEntry> phones) {
        return phones.stream().map(KeyRoutes::deviceName).flatMap(Optional::stream).toList();
    }
}
