package org.voicebench.certcheck;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.voicebench.trust.CertificateInfo;

/**
 * Loads the cluster's certificates from files and folders: PEM (one or many certificates), DER,
 * PKCS#7 bundles (DER or PEM). Role and node come from the file names (see {@link #load(Path)}) or
 * from the caller ({@link #load(CertificateSource)}). The same certificate found twice is reported
 * once with all its files.
 */
public final class ClusterCertificates {

    /** Extensions a folder walk reads; other files are listed as skipped. */
    static final Set<String> EXTENSIONS = Set.of("pem", "crt", "cer", "der", "p7b", "p7c");

    /**
     * Bounds on what a load reads, so a wrong folder (a home directory) cannot run for minutes.
     *
     * @param maxDepth folder levels below the loaded folder
     * @param maxFiles certificate files read from one folder tree; more is reported as a problem
     * @param maxFileBytes larger files are reported, not read (certificate files are a few KB)
     */
    public record Limits(int maxDepth, int maxFiles, long maxFileBytes) {

        /** 4 levels, 1000 files, 1 MiB per file. */
        public static final Limits DEFAULT = new Limits(4, 1000, 1 << 20);

        public Limits {
            if (maxDepth < 0 || maxFiles < 1 || maxFileBytes < 1) {
                throw new IllegalArgumentException("limits must be positive: " + maxDepth + ", " + maxFiles + ", "
                        + maxFileBytes);
            }
        }
    }

    private final Limits limits;
    private final Map<String, ClusterCertificate> bySha256 = new LinkedHashMap<>();
    private final List<CertificateProblem> problems = new ArrayList<>();
    private final List<Path> skipped = new ArrayList<>();

    private ClusterCertificates(Limits limits) {
        this.limits = limits;
    }

    /** A loader that gathers several inputs into one result. */
    public static ClusterCertificates with(Limits limits) {
        return new ClusterCertificates(limits);
    }

    /** Loads one file or folder with the default limits. */
    public static LoadResult load(Path path) throws CertificateLoadException {
        return with(Limits.DEFAULT).add(path).result();
    }

    /** Loads one file whose role and node are given. */
    public static LoadResult load(CertificateSource source) throws CertificateLoadException {
        return with(Limits.DEFAULT).add(source).result();
    }

    /**
     * Adds a file or a folder. A file that cannot be loaded throws; in a folder, bad files become
     * {@link LoadResult#problems()} and the good ones are kept.
     *
     * @throws CertificateLoadException the path is missing or unreadable, or the single file is bad
     */
    public ClusterCertificates add(Path path) throws CertificateLoadException {
        if (Files.isDirectory(path)) {
            addFolder(path);
        } else {
            NameInference.Inferred n = NameInference.infer(path, false);
            addAll(path.toString(), readFile(path), n.role(), n.node(), n.note());
        }
        return this;
    }

    /** Adds a file with the role and node the caller gave. */
    public ClusterCertificates add(CertificateSource source) throws CertificateLoadException {
        addAll(source.path().toString(), readFile(source.path()), source.role(), source.node(), null);
        return this;
    }

    /**
     * Adds a certificate read elsewhere, e.g. from a TLS handshake.
     *
     * @param origin where it came from, e.g. {@code tls://cucm-pub:2445}
     */
    public ClusterCertificates add(CertificateInfo certificate, CertificateRole role, String node, String origin) {
        addAll(origin, List.of(certificate), role, node, null);
        return this;
    }

    /** Everything added so far. */
    public LoadResult result() {
        return new LoadResult(new ArrayList<>(bySha256.values()), problems, skipped);
    }

    private List<CertificateInfo> readFile(Path file) throws CertificateLoadException {
        if (!Files.exists(file)) {
            throw new CertificateLoadException(file, "no such file");
        }
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw new CertificateLoadException(file, "file is " + size + " bytes, more than the "
                        + limits.maxFileBytes() + " a certificate file may have");
            }
            return CertificateDecoder.decode(file, Files.readAllBytes(file));
        } catch (CertificateLoadException e) {
            throw e;
        } catch (IOException e) {
            throw new CertificateLoadException(file, "unreadable: " + e, e);
        }
    }

    private void addAll(String origin, List<CertificateInfo> certs, CertificateRole role, String node, String note) {
        for (CertificateInfo c : certs) {
            ClusterCertificate seen = bySha256.get(c.sha256());
            if (seen == null) {
                bySha256.put(c.sha256(), new ClusterCertificate(role, node, List.of(origin), c, note));
            } else {
                bySha256.put(c.sha256(), merge(seen, origin, role, node));
            }
        }
    }

    /** Keeps the first known role and node; a file naming a role fills in an UNKNOWN one. */
    private static ClusterCertificate merge(ClusterCertificate seen, String origin, CertificateRole role, String node) {
        List<String> sources = new ArrayList<>(seen.sources());
        if (!sources.contains(origin)) {
            sources.add(origin);
        }
        if (seen.role() == CertificateRole.UNKNOWN && role != CertificateRole.UNKNOWN) {
            return new ClusterCertificate(role, node != null ? node : seen.node(), sources, seen.certificate(), null);
        }
        String note = seen.note();
        if (role != CertificateRole.UNKNOWN && (role != seen.role() || (node != null && !node.equals(seen.node())))) {
            note = (note == null ? "" : note + "; ") + displayName(origin) + " names it " + role
                    + (node == null ? "" : "@" + node);
        }
        return new ClusterCertificate(seen.role(), seen.node() != null ? seen.node() : node, sources,
                seen.certificate(), note);
    }

    private static String displayName(String origin) {
        int slash = Math.max(origin.lastIndexOf('/'), origin.lastIndexOf(java.io.File.separatorChar));
        return origin.startsWith("tls://") || slash < 0 ? origin : origin.substring(slash + 1);
    }

    private void addFolder(Path root) throws CertificateLoadException {
        int[] count = {0};
        int problemsBefore = problems.size();
        try {
            // links are not followed: a loop or a link to / must not widen the walk
            Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), limits.maxDepth() + 1,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (!attrs.isRegularFile() || !EXTENSIONS.contains(extension(file))) {
                                skipped.add(file);
                                return FileVisitResult.CONTINUE;
                            }
                            if (++count[0] > limits.maxFiles()) {
                                problems.add(new CertificateProblem(root, "more than " + limits.maxFiles()
                                        + " certificate files; the rest of the folder was not read"));
                                return FileVisitResult.TERMINATE;
                            }
                            loadFolderFile(root, file);
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (!dir.equals(root) && Files.isSymbolicLink(dir)) {
                                skipped.add(dir);
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            problems.add(new CertificateProblem(file, "unreadable: " + e));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            throw new CertificateLoadException(root, "folder cannot be read: " + e, e);
        }
        if (count[0] == 0 && problems.size() == problemsBefore) {
            problems.add(new CertificateProblem(root, "no certificate files (.pem, .crt, .cer, .der, .p7b, .p7c)"
                    + " within " + limits.maxDepth() + " folder levels"));
        }
    }

    private void loadFolderFile(Path root, Path file) {
        NameInference.Inferred n = NameInference.infer(file, !root.equals(file.getParent()));
        try {
            addAll(file.toString(), readFile(file), n.role(), n.node(), n.note());
        } catch (CertificateLoadException e) {
            problems.add(CertificateProblem.of(e));
        }
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
