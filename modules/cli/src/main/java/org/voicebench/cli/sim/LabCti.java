package org.voicebench.cli.sim;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import org.voicebench.cli.PasswordVariable;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedCluster;
import org.voicebench.phone.sim.SimulatedCti;
import org.voicebench.phone.sim.SimulatedPhone;

/**
 * The {@code sim} cluster's lab CTI service: the {@code --user} is its application user, controlling every
 * phone; and the lines that say where it listens and where the lab stand-in for Cisco JTAPI that reaches it is.
 */
final class LabCti {

    private LabCti() {
    }

    /** Starts the service; with a user (null: none, every login is refused) controlling all the lab's phones. */
    static SimulatedCti start(SimulatedCluster sim, PhoneLab lab, String user, String password) throws IOException {
        if (user != null) {
            sim.applicationUsers().add(user, password, lab.phones().stream().map(SimulatedPhone::name).toList());
        }
        return sim.startCti(SimulatedCti.builder().phones(lab));
    }

    static List<String> describe(SimulatedCti cti, String user) {
        Path jar = standInJar();
        return List.of("lab CTI: CTI Manager host " + cti.host() + (user == null
                        ? ", no application user (give --user)"
                        : ", application user " + user + " (password from " + PasswordVariable.NAME + ") controls every phone"),
                "lab CTI: stand-in for Cisco JTAPI (reaches only this lab): "
                        + (jar == null ? "not found (build modules/jtapi-lab)" : jar.toString()));
    }

    /**
     * The stand-in's jar: {@code lab/jtapi-lab.jar} of the application this command line ships with, else (run from
     * the source tree) the jtapi-lab module's build; null when neither exists.
     */
    static Path standInJar() {
        CodeSource source = LabCti.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return null;
        }
        Path home;
        try {
            home = Path.of(source.getLocation().toURI()).getParent();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null; // not a file (a custom class loader): nothing to look beside
        }
        Path shipped = home.resolveSibling("lab").resolve("jtapi-lab.jar");
        if (Files.isRegularFile(shipped)) {
            return shipped;
        }
        Path built = home.getParent() == null ? null : home.getParent().resolveSibling("jtapi-lab").resolve("target");
        if (built == null || !Files.isDirectory(built)) {
            return null;
        }
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(built, "jtapi-lab-*.jar")) {
            for (Path j : jars) {
                if (!j.getFileName().toString().endsWith("-sources.jar")) {
                    return j.toAbsolutePath();
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }
}
