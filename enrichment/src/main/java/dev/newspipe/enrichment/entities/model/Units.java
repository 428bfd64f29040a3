package dev.newspipe.enrichment.entities.model;

/**
 * A text cut into the units the model labels (words for English and Japanese, SmartCN words for Chinese),
 * with what the features read of each: offsets into the folded text, a part of speech ("" when the
 * segmenter gives none) and the gazetteer and word-list marks. Arrays rather than objects: a 3,000-character
 * article has about 1,500 units, labelled in well under a millisecond.
 */
final class Units {

    /** The text as folded for matching (same length and offsets as the input). */
    final String text;
    /** The folded text in lower case, one char for one char (the word features read this). */
    final String lower;
    int count;
    int[] start;
    int[] end;
    String[] pos;
    /** Gazetteer mark (B-LOCATION, I-PERSON, …) or null. */
    String[] gazetteer;
    /** Word-list mark (TITLE, ORGSFX, …) or null. */
    String[] list;
    /** Word-list marks of the unit's first char, last char and last two chars (Chinese and Japanese), or null. */
    String[] firstCharList;
    String[] lastCharList;
    String[] lastTwoList;
    /** Char-class signature (see {@link CharClasses}). */
    String[] shape;
    /** Hashes ({@link FeatureHash#value}) of each unit's lower-case text, shape, part of speech, marks. */
    long[] wordHash;
    long[] shapeHash;
    long[] posHash;
    long[] gazetteerHash;
    long[] listHash;

    Units(String text, String lower, int capacity) {
        this.text = text;
        this.lower = lower;
        int c = Math.max(8, capacity);
        start = new int[c];
        end = new int[c];
        pos = new String[c];
    }

    void add(int s, int e, String partOfSpeech) {
        if (count == start.length) {
            int c = count * 2;
            start = java.util.Arrays.copyOf(start, c);
            end = java.util.Arrays.copyOf(end, c);
            pos = java.util.Arrays.copyOf(pos, c);
        }
        start[count] = s;
        end[count] = e;
        pos[count] = partOfSpeech;
        count++;
    }

    int length(int i) {
        return end[i] - start[i];
    }
}
