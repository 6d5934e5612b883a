package org.voicebench.lab.ui;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/**
 * Where the build's stand-in for Cisco's {@code jtapi.jar} is (module jtapi-lab; it talks only to the lab CTI
 * service): {@code lab/jtapi-lab.jar} in the application folder (the platform cluster's parent), else, in tests,
 * the jar of the stand-in's classes on the class path. The system property {@value #PROPERTY} overrides both.
 */
final class StandInJar {

    static final String PROPERTY = "voicebench.jtapi.lab.jar";
    static final String IN_APPLICATION = "lab/jtapi-lab.jar";
    /** A class every JTAPI jar has, the stand-in's included. */
    private static final String PEER_FACTORY = "javax.telephony.JtapiPeerFactory";

    private StandInJar() {
    }

    /** The stand-in jar, or empty when it cannot be found. */
    static Optional<Path> find() {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return file(Path.of(property));
        }
        String home = System.getProperty("netbeans.home");
        if (home != null && Path.of(home).getParent() != null) {
            Optional<Path> installed = file(Path.of(home).getParent().resolve(IN_APPLICATION));
            if (installed.isPresent()) {
                return installed;
            }
        }
        return onClassPath();
    }

    private static Optional<Path> onClassPath() {
        try {
            Class<?> c = Class.forName(PEER_FACTORY, false, StandInJar.class.getClassLoader());
            CodeSource source = c.getProtectionDomain().getCodeSource();
            return source == null ? Optional.empty() : file(Path.of(source.getLocation().toURI()));
        } catch (ClassNotFoundException | URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> file(Path p) {
        return Files.isRegularFile(p) ? Optional.of(p.toAbsolutePath()) : Optional.empty();
    }
}
