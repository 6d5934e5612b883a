package org.voicebench.trust.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.voicebench.trust.TlvElement;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustRecord;

/**
 * Seeded structure-aware mutations of valid trust lists. Most edits hit length fields and tags,
 * where the parser's decisions are, so mutants get past the header into records and containers;
 * the rest are byte flips, insertions, deletions, truncations and splices of two files. The same
 * seed always gives the same sequence of inputs.
 */
public final class Mutator {

    private static final int[] INTERESTING_TAGS = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 21,
        27, 28, 29, 0x7f, 0x80, 0xff};

    /** A valid file and where its tags, length fields and element boundaries are. */
    public record Target(byte[] bytes, int[] tags, int[] lengths, int[] boundaries) {

        /** Finds the positions in a parsed file. */
        public static Target of(TrustList list) {
            List<Integer> tags = new ArrayList<>();
            List<Integer> lengths = new ArrayList<>();
            List<Integer> bounds = new ArrayList<>();
            lengths.add(8); // HEADER_LENGTH's value
            for (TlvElement e : list.header().elements()) {
                collect(e, tags, lengths, bounds);
            }
            for (TrustRecord r : list.records()) {
                lengths.add(r.offset() + 3); // RECORD_LENGTH's value
                for (TlvElement e : r.elements()) {
                    collect(e, tags, lengths, bounds);
                }
            }
            bounds.add(list.size());
            return new Target(list.bytes(), toArray(tags), toArray(lengths), toArray(bounds));
        }

        private static void collect(TlvElement e, List<Integer> tags, List<Integer> lengths, List<Integer> bounds) {
            tags.add(e.offset());
            bounds.add(e.offset());
            if (e.length() >= 3) {
                lengths.add(e.offset() + 1);
            }
            for (TlvElement c : e.children()) {
                collect(c, tags, lengths, bounds);
            }
        }

        private static int[] toArray(List<Integer> values) {
            return values.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    private final List<Target> corpus;
    private final SplittableRandom random;

    public Mutator(List<Target> corpus, long seed) {
        this.corpus = List.copyOf(corpus);
        this.random = new SplittableRandom(seed);
    }

    /** The next mutant: one to three edits of one corpus file. */
    public byte[] next() {
        Target t = pick();
        byte[] b = t.bytes().clone();
        int edits = random.nextInt(10) < 6 ? 1 : random.nextInt(10) < 7 ? 2 : 3;
        for (int i = 0; i < edits && b.length > 0; i++) {
            int op = random.nextInt(100);
            if (op < 32) {
                b = editLength(b, t);
            } else if (op < 52) {
                b = editTag(b, t);
            } else if (op < 62) {
                b = flipBits(b);
            } else if (op < 72) {
                b = insert(b, t);
            } else if (op < 82) {
                b = delete(b, t);
            } else if (op < 89) {
                b = truncate(b, t);
            } else {
                b = splice(b, t);
            }
        }
        return b;
    }

    private Target pick() {
        return corpus.get(random.nextInt(corpus.size()));
    }

    private int any(int[] positions) {
        return positions[random.nextInt(positions.length)];
    }

    private byte[] editLength(byte[] b, Target t) {
        int pos = any(t.lengths());
        if (pos + 1 >= b.length) {
            return b;
        }
        int old = (b[pos] & 0xff) << 8 | b[pos + 1] & 0xff;
        int v = switch (random.nextInt(12)) {
            case 0 -> 0;
            case 1 -> 1 + random.nextInt(5);
            case 2 -> old + 1;
            case 3 -> old - 1;
            case 4 -> old + random.nextInt(-8, 9);
            case 5 -> 0xffff;
            case 6 -> random.nextBoolean() ? 0x8000 : 0x7fff;
            case 7 -> random.nextInt(0x10000);
            case 8 -> b.length - pos;
            case 9 -> b.length - pos - 2 + random.nextInt(-2, 3);
            case 10 -> old * 2;
            default -> old / 2;
        };
        b[pos] = (byte) (v >>> 8);
        b[pos + 1] = (byte) v;
        return b;
    }

    private byte[] editTag(byte[] b, Target t) {
        int pos = any(t.tags());
        if (pos < b.length) {
            b[pos] = (byte) (random.nextInt(4) == 0 ? random.nextInt(256) : INTERESTING_TAGS[random.nextInt(INTERESTING_TAGS.length)]);
        }
        return b;
    }

    private byte[] flipBits(byte[] b) {
        int flips = 1 + random.nextInt(4);
        int range = random.nextBoolean() ? Math.min(b.length, 1024) : b.length; // header-heavy half the time
        for (int i = 0; i < flips; i++) {
            int pos = random.nextInt(range);
            b[pos] ^= (byte) (1 << random.nextInt(8));
        }
        return b;
    }

    private byte[] insert(byte[] b, Target t) {
        int at = random.nextInt(4) == 0 ? random.nextInt(b.length + 1) : Math.min(any(t.boundaries()), b.length);
        byte[] piece;
        int kind = random.nextInt(3);
        if (kind == 0) {
            piece = new byte[1 + random.nextInt(4)];
            random.nextBytes(piece);
        } else if (kind == 1) {
            piece = Tlv.pad(1 + random.nextInt(3));
        } else { // a copy of some span between two boundaries: duplicated elements
            int from = Math.min(any(t.boundaries()), b.length);
            int to = Math.min(from + 1 + random.nextInt(64), b.length);
            piece = Arrays.copyOfRange(b, from, to);
        }
        return Tlv.cat(Arrays.copyOf(b, at), piece, Arrays.copyOfRange(b, at, b.length));
    }

    private byte[] delete(byte[] b, Target t) {
        int from = random.nextBoolean() ? Math.min(any(t.boundaries()), b.length) : random.nextInt(b.length);
        int to = Math.min(b.length, from + 1 + (random.nextBoolean() ? random.nextInt(8) : random.nextInt(512)));
        return Tlv.cat(Arrays.copyOf(b, from), Arrays.copyOfRange(b, to, b.length));
    }

    private byte[] truncate(byte[] b, Target t) {
        int at = random.nextBoolean() ? any(t.boundaries()) + random.nextInt(-3, 4) : random.nextInt(b.length + 1);
        return Arrays.copyOf(b, Math.max(0, Math.min(at, b.length)));
    }

    private byte[] splice(byte[] b, Target t) {
        Target other = pick();
        int cut = Math.min(any(t.boundaries()), b.length);
        int from = any(other.boundaries());
        return Tlv.cat(Arrays.copyOf(b, cut), Arrays.copyOfRange(other.bytes(), from, other.bytes().length));
    }
}
