package org.voicebench.trust;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A trust list or signed file opened for inspection, the one model behind the command line's
 * {@code inspect} and the inspector window: where it was read from, the parsed file, its signature
 * verdict and what the verdict was checked against, its hashes and warnings. Certificate details are
 * the records' {@link TrustRecord#certificate()}, decoded once per distinct certificate by the shared
 * certificate cache. {@link #read} does all the work a view needs (the hashes, the certificate
 * checks, which decode the certificates), so that a view only reads. Immutable and thread-safe.
 */
public final class InspectedFile {

    private final Path path;
    private final TrustList list;
    private final TrustAnchor anchor;
    private final SignatureResult signature;
    private final FileHashes hashes;
    private final List<Warning> warnings;

    private InspectedFile(Path path, TrustList list, TrustAnchor anchor) {
        this.path = path;
        this.list = list;
        this.anchor = anchor;
        this.signature = anchor == null ? SignatureVerifier.verify(list) : SignatureVerifier.verifyAgainst(list, anchor.list());
        this.hashes = list.hashes();
        this.warnings = list.warnings();
    }

    /** Reads {@code path} and checks its signature with its own records; see {@link #read(Path, TrustAnchor)}. */
    public static InspectedFile read(Path path) throws IOException {
        return read(path, null);
    }

    /**
     * Reads {@code path} and checks its signature, as a phone holding {@code anchor} would, or with the
     * file's own records when {@code anchor} is {@code null}. Certificate validity is judged against the
     * current time. Blocking: a firmware {@code .sgn} is tens of MB to hash.
     *
     * @param path the file, kept as given: it names the file in messages and JSON
     * @throws TrustListFormatException when the bytes break the format
     * @throws IOException when the file cannot be read
     */
    public static InspectedFile read(Path path, TrustAnchor anchor) throws IOException {
        Objects.requireNonNull(path, "path");
        return new InspectedFile(path, TrustLists.read(path), anchor);
    }

    /** The file as it was named when read. */
    public Path path() {
        return path;
    }

    /** The file name without folders, for window titles. */
    public String fileName() {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    public TrustList list() {
        return list;
    }

    /** The trust list the signature was checked against; empty when the file checked itself. */
    public Optional<TrustAnchor> anchor() {
        return Optional.ofNullable(anchor);
    }

    /** The verdict; its signer record indexes the anchor's records when there is an anchor. */
    public SignatureResult signature() {
        return signature;
    }

    public boolean valid() {
        return signature.status() == SignatureStatus.VALID;
    }

    /**
     * 1-based index of this file's own record that signed it (or failed to), when the file was
     * checked with its own records; else {@code null}.
     */
    public Integer signerRecord() {
        return anchor == null ? signature.signerRecord() : null;
    }

    /** MD5, SHA-1 and SHA-256 of the whole file. */
    public FileHashes hashes() {
        return hashes;
    }

    /** The file's non-fatal problems: structure first, then certificates. */
    public List<Warning> warnings() {
        return warnings;
    }
}
