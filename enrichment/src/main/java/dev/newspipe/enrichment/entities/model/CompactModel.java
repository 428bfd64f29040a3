package dev.newspipe.enrichment.entities.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained linear model in primitive arrays: feature hashes ({@link FeatureHash}) in an open-addressing
 * table, one row of float weights per feature, one column per label of {@link Labels#ALL}. Scoring a unit
 * hashes its features in place and adds their weights: no strings, no maps, no boxing. Immutable.
 *
 * <p>File (gzip): "NERM", version, language, algorithm, the label names, then the features sorted by hash,
 * each its hash and weights. Sorted so that the same model always writes the same bytes.
 */
final class CompactModel implements GreedyDecoder.Classifier {

    private static final int MAGIC = 0x4E45524D;
    private static final int VERSION = 1;
    static final String PERCEPTRON = "PERCEPTRON";
    static final String MAXENT = "MAXENT";

    private final String language;
    private final String algorithm;
    /** Feature hash by slot (0: empty), and its weights at {@code slot * outcomes}: one place to look, not three. */
    private final long[] keys;
    private final float[] weights;
    private final int mask;
    private final int featureCount;
    private final int outcomes;
    private final FeatureExtractor features;

    private CompactModel(String language, String algorithm, long[] hashes, float[] weights) {
        this.language = language;
        this.algorithm = algorithm;
        this.outcomes = Labels.ALL.size();
        this.featureCount = hashes.length;
        int capacity = Integer.highestOneBit(Math.max(4, hashes.length * 2 - 1)) << 1;
        this.keys = new long[capacity];
        this.weights = new float[capacity * outcomes];
        this.mask = capacity - 1;
        for (int r = 0; r < hashes.length; r++) {
            long key = key(hashes[r]);
            int slot = slot(key);
            while (keys[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            System.arraycopy(weights, r * outcomes, this.weights, slot * outcomes, outcomes);
        }
        this.features = new FeatureExtractor(language);
    }

    private int slot(long hash) {
        return (int) (hash ^ (hash >>> 29)) & mask;
    }

    /** 0 marks an empty slot, so a hash of 0 is stored as 1 (both when loading and when looking up). */
    private static long key(long hash) {
        return hash == 0 ? 1 : hash;
    }

    /** The slot holding the feature's weights, or -1. */
    private int find(long hash) {
        long key = key(hash);
        for (int slot = slot(key); ; slot = (slot + 1) & mask) {
            long k = keys[slot];
            if (k == key) {
                return slot;
            }
            if (k == 0) {
                return -1;
            }
        }
    }

    String language() {
        return language;
    }

    int featureCount() {
        return featureCount;
    }

    /** Adds the weight rows of the features it receives into {@code sums}. */
    private final class Accumulator implements FeatureSink {
        double[] sums;

        @Override
        public void add(FeatureName name, String value, long valueHash) {
            add(name, value, 0, 0, valueHash);
        }

        @Override
        public void add(FeatureName name, String text, int from, int to, long valueHash) {
            int slot = find(FeatureHash.combine(name.hash(), valueHash));
            if (slot >= 0) {
                int base = slot * outcomes;
                for (int o = 0; o < outcomes; o++) {
                    sums[o] += weights[base + o];
                }
            }
        }
    }

    /** A classifier for one labelling call (it holds the call's accumulator). */
    GreedyDecoder.Classifier forOneCall() {
        Accumulator accumulator = new Accumulator();
        return new GreedyDecoder.Classifier() {
            @Override
            public void scores(Units u, int i, int previous, int beforePrevious, double[] out) {
                Arrays.fill(out, 0);
                accumulator.sums = out;
                features.extract(u, i, previous, beforePrevious, accumulator);
            }

            @Override
            public double probability(double[] scores, int label) {
                return CompactModel.this.probability(scores, label);
            }
        };
    }

    @Override
    public void scores(Units u, int i, int previous, int beforePrevious, double[] out) {
        forOneCall().scores(u, i, previous, beforePrevious, out);
    }

    /**
     * A label's probability from the sums, as the learner computes it: a softmax for maximum entropy; for the
     * perceptron, OpenNLP's softmax of the sums scaled by the largest absolute sum (at least 1).
     */
    @Override
    public double probability(double[] sums, int label) {
        double[] p = sums.clone();
        normalize(p);
        return p[label];
    }

    private void normalize(double[] sums) {
        double scale = 1;
        if (algorithm.equals(PERCEPTRON)) {
            for (double s : sums) {
                scale = Math.max(scale, Math.abs(s));
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double s : sums) {
            max = Math.max(max, s / scale);
        }
        double total = 0;
        for (int o = 0; o < sums.length; o++) {
            sums[o] = Math.exp(sums[o] / scale - max);
            total += sums[o];
        }
        for (int o = 0; o < sums.length; o++) {
            sums[o] /= total;
        }
    }

    static CompactModel read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new GZIPInputStream(raw, 1 << 16));
        if (in.readInt() != MAGIC || in.readInt() != VERSION) {
            throw new IOException("not a name model of version " + VERSION);
        }
        String language = in.readUTF();
        String algorithm = in.readUTF();
        int n = in.readInt();
        String[] labels = new String[n];
        for (int o = 0; o < n; o++) {
            labels[o] = in.readUTF();
        }
        if (!List.of(labels).equals(Labels.ALL)) {
            throw new IOException("the model's labels " + List.of(labels) + " are not " + Labels.ALL);
        }
        int count = in.readInt();
        long[] hashes = new long[count];
        float[] weights = new float[count * n];
        for (int r = 0; r < count; r++) {
            hashes[r] = in.readLong();
            for (int o = 0; o < n; o++) {
                weights[r * n + o] = in.readFloat();
            }
        }
        return new CompactModel(language, algorithm, hashes, weights);
    }

    /**
     * Writes a model: {@code hashes[r]} is the hash of feature r, {@code weights[r]} its weight for each
     * label of {@link Labels#ALL}. Rows are written sorted by hash.
     */
    static void write(OutputStream raw, String language, String algorithm, long[] hashes, float[][] weights)
            throws IOException {
        Integer[] order = new Integer[hashes.length];
        for (int r = 0; r < order.length; r++) {
            order[r] = r;
        }
        Arrays.sort(order, (a, b) -> Long.compare(hashes[a], hashes[b]));
        for (int r = 1; r < order.length; r++) {
            if (hashes[order[r]] == hashes[order[r - 1]]) {
                throw new IOException("two features share the hash " + hashes[order[r]]);
            }
        }
        GZIPOutputStream gzip = new GZIPOutputStream(raw, 1 << 16);
        DataOutputStream out = new DataOutputStream(gzip);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeUTF(language);
        out.writeUTF(algorithm);
        out.writeInt(Labels.ALL.size());
        for (String label : Labels.ALL) {
            out.writeUTF(label);
        }
        out.writeInt(hashes.length);
        for (Integer r : order) {
            out.writeLong(hashes[r]);
            for (float w : weights[r]) {
                out.writeFloat(w);
            }
        }
        out.flush();
        gzip.finish();
    }
}
