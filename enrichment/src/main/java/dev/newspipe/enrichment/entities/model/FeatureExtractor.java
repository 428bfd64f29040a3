package dev.newspipe.enrichment.entities.model;

/**
 * The features of one unit, given the labels already chosen for the two before it: the words (lower
 * case) and script-class signatures in a window of two either side, parts of speech, gazetteer and
 * cue-word marks in a window of one (and of the unit's first and last characters), the unit with each neighbour, first and last characters, length, and
 * the previous labels (alone and with the word). Shared by training and the runtime, so the two cannot drift apart.
 */
final class FeatureExtractor {

    private static final FeatureName[] W = names("w-2", "w-1", "w", "w+1", "w+2");
    private static final FeatureName[] S = names("s-2", "s-1", "s", "s+1", "s+2");
    private static final FeatureName[] P = names("p-2", "p-1", "p", "p+1", "p+2");
    private static final FeatureName[] G = names("g-2", "g-1", "g", "g+1", "g+2");
    private static final FeatureName[] L = names("l-2", "l-1", "l", "l+1", "l+2");
    private static final FeatureName BIAS = FeatureName.of("b"), LENGTH = FeatureName.of("len"),
            PRE1 = FeatureName.of("pre1"), SUF1 = FeatureName.of("suf1"), PRE2 = FeatureName.of("pre2"),
            SUF2 = FeatureName.of("suf2"), PRE3 = FeatureName.of("pre3"), SUF3 = FeatureName.of("suf3"),
            FIRST_LIST = FeatureName.of("lf"), LAST_LIST = FeatureName.of("ll"), LAST_TWO_LIST = FeatureName.of("ll2"),
            SENTENCE_START = FeatureName.of("first"), LEFT_PAIR = FeatureName.of("w-1w"), RIGHT_PAIR = FeatureName.of("ww+1"),
            Y1 = FeatureName.of("y1"), Y2 = FeatureName.of("y2");
    private static final String[] LEN = {"0", "1", "2", "3", "4", "5", "6+"};
    private static final String[] EDGE = {"<s-2>", "<s-1>", "", "</s+1>", "</s+2>"};
    private static final long[] LEN_HASH = hashes(LEN);
    private static final long[] EDGE_HASH = hashes(EDGE);
    static final String NONE = "-";
    private static final long NONE_HASH = FeatureHash.value(NONE);
    private static final String YES = "1", NO = "0";
    private static final long YES_HASH = FeatureHash.value(YES), NO_HASH = FeatureHash.value(NO);
    /** Previous labels as the features name them: the label indices of {@link Labels#ALL}, then the start. */
    private static final String[] PREVIOUS;
    private static final long[] PREVIOUS_HASH;
    private static final String[][] PREVIOUS_PAIR;
    private static final long[][] PREVIOUS_PAIR_HASH;
    private static final FeatureName[] PREVIOUS_AND_WORD;

    static {
        int n = Labels.ALL.size() + 1;
        PREVIOUS = new String[n];
        PREVIOUS_AND_WORD = new FeatureName[n];
        for (int i = 0; i < n; i++) {
            PREVIOUS[i] = i < Labels.ALL.size() ? Labels.ALL.get(i) : Labels.START;
            PREVIOUS_AND_WORD[i] = FeatureName.of("y1w" + PREVIOUS[i]);
        }
        PREVIOUS_HASH = hashes(PREVIOUS);
        PREVIOUS_PAIR = new String[n][n];
        PREVIOUS_PAIR_HASH = new long[n][];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                PREVIOUS_PAIR[a][b] = PREVIOUS[a] + "," + PREVIOUS[b];
            }
            PREVIOUS_PAIR_HASH[a] = hashes(PREVIOUS_PAIR[a]);
        }
    }

    private static FeatureName[] names(String... names) {
        FeatureName[] out = new FeatureName[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = FeatureName.of(names[i]);
        }
        return out;
    }

    private static long[] hashes(String[] values) {
        long[] out = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = FeatureHash.value(values[i]);
        }
        return out;
    }

    private final boolean english;

    FeatureExtractor(String language) {
        this.english = language.equals("en");
    }

    /** Index of the "label" before the first unit, for {@code previous} arguments. */
    static int start() {
        return Labels.ALL.size();
    }

    /**
     * Emits the features of unit {@code i}; {@code previous} and {@code beforePrevious} are label indices
     * ({@link Labels#ALL}) or {@link #start()}.
     */
    void extract(Units u, int i, int previous, int beforePrevious, FeatureSink f) {
        f.add(BIAS, "", EMPTY_HASH);
        for (int o = -2; o <= 2; o++) {
            int j = i + o;
            int k = o + 2;
            if (j < 0 || j >= u.count) {
                f.add(W[k], EDGE[k], EDGE_HASH[k]);
                continue;
            }
            f.add(W[k], u.lower, u.start[j], u.end[j], u.wordHash[j]);
            f.add(S[k], u.shape[j], u.shapeHash[j]);
            f.add(P[k], u.pos[j], u.posHash[j]);
            if (o >= -1 && o <= 1) {
                f.add(G[k], u.gazetteer[j] == null ? NONE : u.gazetteer[j], u.gazetteerHash[j]);
                f.add(L[k], u.list[j] == null ? NONE : u.list[j], u.listHash[j]);
            }
        }
        int s = u.start[i];
        int e = u.end[i];
        int len = e - s;
        String lower = u.lower;
        f.add(LENGTH, LEN[Math.min(len, 6)], LEN_HASH[Math.min(len, 6)]);
        slice(f, PRE1, lower, s, s + 1);
        slice(f, SUF1, lower, e - 1, e);
        if (len > 2) {
            slice(f, PRE2, lower, s, s + 2);
            slice(f, SUF2, lower, e - 2, e);
        }
        if (english && len > 3) {
            slice(f, PRE3, lower, s, s + 3);
            slice(f, SUF3, lower, e - 3, e);
        }
        if (!english) {
            mark(f, FIRST_LIST, u.firstCharList[i]);
            mark(f, LAST_LIST, u.lastCharList[i]);
            mark(f, LAST_TWO_LIST, u.lastTwoList[i]);
        }
        if (english) {
            boolean first = i == 0 || isSentenceEnd(u, i - 1);
            f.add(SENTENCE_START, first ? YES : NO, first ? YES_HASH : NO_HASH);
        }
        // Two units together, as the text spells them (with the space between in English).
        if (i > 0) {
            slice(f, LEFT_PAIR, lower, u.start[i - 1], e);
        }
        if (i + 1 < u.count) {
            slice(f, RIGHT_PAIR, lower, s, u.end[i + 1]);
        }
        f.add(Y1, PREVIOUS[previous], PREVIOUS_HASH[previous]);
        f.add(Y2, PREVIOUS_PAIR[beforePrevious][previous], PREVIOUS_PAIR_HASH[beforePrevious][previous]);
        f.add(PREVIOUS_AND_WORD[previous], lower, s, e, u.wordHash[i]);
    }

    private static final long EMPTY_HASH = FeatureHash.value("");

    private static void slice(FeatureSink f, FeatureName name, String text, int from, int to) {
        f.add(name, text, from, to, FeatureHash.value(text, from, to));
    }

    private static void mark(FeatureSink f, FeatureName name, String mark) {
        f.add(name, mark == null ? NONE : mark, mark == null ? NONE_HASH : FeatureHash.value(mark));
    }

    private static boolean isSentenceEnd(Units u, int j) {
        if (u.end[j] - u.start[j] != 1) {
            return false;
        }
        char c = u.text.charAt(u.start[j]);
        return c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '\u201C' || c == '\u201D' || c == '\n';
    }

    /** Fills the per-unit signatures the features read, and the hashes of every per-unit value. */
    static void shapes(Units u) {
        int n = u.count;
        String[] shape = new String[n];
        u.wordHash = new long[n];
        u.shapeHash = new long[n];
        u.posHash = new long[n];
        u.gazetteerHash = new long[n];
        u.listHash = new long[n];
        for (int i = 0; i < n; i++) {
            shape[i] = CharClasses.signature(u.text, u.start[i], u.end[i]);
            u.wordHash[i] = FeatureHash.value(u.lower, u.start[i], u.end[i]);
            u.shapeHash[i] = FeatureHash.value(shape[i]);
            u.posHash[i] = FeatureHash.value(u.pos[i]);
            u.gazetteerHash[i] = u.gazetteer[i] == null ? NONE_HASH : FeatureHash.value(u.gazetteer[i]);
            u.listHash[i] = u.list[i] == null ? NONE_HASH : FeatureHash.value(u.list[i]);
        }
        u.shape = shape;
    }
}
