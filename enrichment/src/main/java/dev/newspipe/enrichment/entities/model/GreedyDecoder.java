package dev.newspipe.enrichment.entities.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Labels units left to right, each unit's label chosen from the classifier's probabilities given the two
 * labels before it (an I- label only where it continues a name of its type), then reads the names off the
 * labels. Training decodes with the learner's own model through the same loop, which is what lets a test
 * compare the compact runtime with the library.
 */
final class GreedyDecoder {

    /** Scores of the labels of {@link Labels#ALL} for unit {@code i}, in the order of their probabilities. */
    interface Classifier {
        void scores(Units u, int i, int previous, int beforePrevious, double[] out);

        /** The probability of {@code label} given the unit's {@code scores}. */
        double probability(double[] scores, int label);
    }

    /** ALLOWED[previous][label]: {@link Labels#allowed} by label index, the start last. */
    private static final boolean[][] ALLOWED = new boolean[Labels.ALL.size() + 1][Labels.ALL.size()];

    static {
        for (int p = 0; p <= Labels.ALL.size(); p++) {
            String before = p == Labels.ALL.size() ? Labels.START : Labels.ALL.get(p);
            for (int o = 0; o < Labels.ALL.size(); o++) {
                ALLOWED[p][o] = Labels.allowed(before, Labels.ALL.get(o));
            }
        }
    }

    private GreedyDecoder() {
    }

    /**
     * The label index of each unit, and in {@code confidence} its probability for units in a name (the others'
     * are left 0: a probability costs exponentials, and most units are in no name).
     */
    static int[] labels(Units u, Classifier classifier, double[] confidence) {
        int n = Labels.ALL.size();
        int[] labels = new int[u.count];
        double[] p = new double[n];
        int previous = FeatureExtractor.start();
        int beforePrevious = FeatureExtractor.start();
        for (int i = 0; i < u.count; i++) {
            classifier.scores(u, i, previous, beforePrevious, p);
            boolean[] allowed = ALLOWED[previous];
            int best = 0;
            for (int o = 1; o < n; o++) {
                if (p[o] > p[best] && allowed[o]) {
                    best = o;
                }
            }
            labels[i] = best;
            confidence[i] = best == 0 ? 0 : classifier.probability(p, best);
            beforePrevious = previous;
            previous = best;
        }
        return labels;
    }

    static List<LabelledSpan> spans(Units u, int[] labels, double[] confidence) {
        List<LabelledSpan> spans = new ArrayList<>();
        int i = 0;
        while (i < u.count) {
            String label = Labels.ALL.get(labels[i]);
            if (!Labels.isBegin(label)) {
                i++;
                continue;
            }
            String inside = "I-" + label.substring(2);
            int j = i + 1;
            double sum = confidence[i];
            while (j < u.count && Labels.ALL.get(labels[j]).equals(inside)) {
                sum += confidence[j];
                j++;
            }
            spans.add(new LabelledSpan(u.start[i], u.end[j - 1], Labels.type(label), sum / (j - i)));
            i = j;
        }
        return spans;
    }
}
