package org.voicebench.trust.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the module, the repository and the optional shared sample folder are. */
public final class TestPaths {

    private TestPaths() {
    }

    /** This module's folder: Surefire's {@code basedir}, else the working directory. */
    public static Path moduleDir() {
        String basedir = System.getProperty("basedir");
        return Path.of(basedir != null ? basedir : System.getProperty("user.dir")).toAbsolutePath().normalize();
    }

    /** {@code src/test/resources} of this module (golden files are read and rewritten there). */
    public static Path testResources() {
        return moduleDir().resolve("src/test/resources");
    }

    /** {@code target} of this module, for files a failing test leaves behind for inspection. */
    public static Path target() {
        return moduleDir().resolve("target");
    }

    /** The repository root: the first folder upwards holding {@code .git} or a pom without a parent. */
    public static Optional<Path> repositoryRoot() {
        for (Path dir = moduleDir(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(".git")) || isRootPom(dir.resolve("pom.xml"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    /** Overrides where the shared samples are ({@code -Dvoicebench.samples=DIR}). */
    public static final String SAMPLES_PROPERTY = "voicebench.samples";

    /** {@code ../shared/samples} next to the repository (or the override), when that folder exists. */
    public static Optional<Path> sharedSamples() {
        String override = System.getProperty(SAMPLES_PROPERTY);
        Optional<Path> dir = override != null ? Optional.of(Path.of(override).toAbsolutePath().normalize())
                : repositoryRoot().map(root -> root.resolve("../shared/samples").normalize());
        return dir.filter(Files::isDirectory);
    }

    private static boolean isRootPom(Path pom) {
        if (!Files.isRegularFile(pom)) {
            return false;
        }
        try {
            return !Files.readString(pom).contains("<parent>");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pom, e);
        }
    }
}
