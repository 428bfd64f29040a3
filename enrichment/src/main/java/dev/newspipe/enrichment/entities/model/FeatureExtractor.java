package dev.newspipe.enrichment.entities.model;

/**
 * The features of one unit, given the labels already chosen for the two before it: the words (lower
 * case) and script-class signatures in a window of two either side, parts of speech, gazetteer and
 * cue-word marks in a window of one (and of the unit's first and last characters), the unit with each neighbour, first and last characters, length, and
 * the previous labels (alone and with the word). Shared by training and the runtime, so the two cannot drift apart.
 */
final class FeatureExtractor {

    private static final String[] W = {"w-2", "w-1", "w", "w+1", "w+2"};
    private static final String[] S = {"s-2", "s-1", "s", "s+1", "s+2"};
    private static final String[] P = {"p-2", "p-1", "p", "p+1", "p+2"};
    private static final String[] G = {"g-2", "g-1", "g", "g+1", "g+2"};
    private static final String[] L = {"l-2", "l-1", "l", "l+1", "l+2"};
    private static final String[] LEN = {"0", "1", "2", "3", "4", "5", "6+"};
    private static final String[] EDGE = {"<s-2>", "<s-1>", "", "</s+1>", "</s+2>"};
    private static final String NONE = "-";
    /** Previous labels as the features name them: the label indices of {@link Labels#ALL}, then the start. */
    private static final String[] PREVIOUS;
    private static final String[][] PREVIOUS_PAIR;
    private static final String[] PREVIOUS_AND_WORD;

    static {
        int n = Labels.ALL.size() + 1;
        PREVIOUS = new String[n];
        PREVIOUS_AND_WORD = new String[n];
        for (int i = 0; i < n; i++) {
            PREVIOUS[i] = i < Labels.ALL.size() ? Labels.ALL.get(i) : Labels.START;
            PREVIOUS_AND_WORD[i] = "y1w" + PREVIOUS[i];
        }
        PREVIOUS_PAIR = new String[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                PREVIOUS_PAIR[a][b] = PREVIOUS[a] + "," + PREVIOUS[b];
            }
        }
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
        f.add("b", "");
        for (int o = -2; o <= 2; o++) {
            int j = i + o;
            int k = o + 2;
            if (j < 0 || j >= u.count) {
                f.add(W[k], EDGE[k]);
                continue;
            }
            f.add(W[k], u.lower, u.start[j], u.end[j]);
            f.add(S[k], u.shape[j]);
            f.add(P[k], u.pos[j]);
            if (o >= -1 && o <= 1) {
                f.add(G[k], u.gazetteer[j] == null ? NONE : u.gazetteer[j]);
                f.add(L[k], u.list[j] == null ? NONE : u.list[j]);
            }
        }
        int s = u.start[i];
        int e = u.end[i];
        int len = e - s;
        f.add("len", LEN[Math.min(len, 6)]);
        f.add("pre1", u.lower, s, s + 1);
        f.add("suf1", u.lower, e - 1, e);
        if (len > 2) {
            f.add("pre2", u.lower, s, s + 2);
            f.add("suf2", u.lower, e - 2, e);
        }
        if (english && len > 3) {
            f.add("pre3", u.lower, s, s + 3);
            f.add("suf3", u.lower, e - 3, e);
        }
        if (!english) {
            f.add("lf", u.firstCharList[i] == null ? NONE : u.firstCharList[i]);
            f.add("ll", u.lastCharList[i] == null ? NONE : u.lastCharList[i]);
            f.add("ll2", u.lastTwoList[i] == null ? NONE : u.lastTwoList[i]);
        }
        if (english) {
            f.add("first", i == 0 || isSentenceEnd(u, i - 1) ? "1" : "0");
        }
        // Two units together, as the text spells them (with the space between in English).
        if (i > 0) {
            f.add("w-1w", u.lower, u.start[i - 1], e);
        }
        if (i + 1 < u.count) {
            f.add("ww+1", u.lower, s, u.end[i + 1]);
        }
        f.add("y1", PREVIOUS[previous]);
        f.add("y2", PREVIOUS_PAIR[beforePrevious][previous]);
        f.add(PREVIOUS_AND_WORD[previous], u.lower, s, e);
    }

    private static boolean isSentenceEnd(Units u, int j) {
        if (u.end[j] - u.start[j] != 1) {
            return false;
        }
        char c = u.text.charAt(u.start[j]);
        return c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '\u201C' || c == '\u201D' || c == '\n';
    }

    /** Fills the per-unit signatures the features read. */
    static void shapes(Units u) {
        String[] shape = new String[u.count];
        for (int i = 0; i < u.count; i++) {
            shape[i] = CharClasses.signature(u.text, u.start[i], u.end[i]);
        }
        u.shape = shape;
    }
}
