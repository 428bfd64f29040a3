package dev.newspipe.enrichment.entities.zh;

import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Words of a text as Lucene SmartCN cuts them. SmartCN knows common words but not most names: it cuts an
 * unknown name into single characters (李|书|福, 奇|瑞), which the rules use as a sign of a name.
 * Positions covered by no token (spaces, some symbols) count as boundaries.
 */
final class Segmentation {

    private final String text;
    /** For each char position: index of the token covering it, or -1. */
    private final int[] tokenAt;
    private final int[] starts;
    private final int[] ends;
    private final int count;

    private Segmentation(String text, int[] tokenAt, int[] starts, int[] ends, int count) {
        this.text = text;
        this.tokenAt = tokenAt;
        this.starts = starts;
        this.ends = ends;
        this.count = count;
    }

    /**
     * SmartCN is given runs of Han characters only, each on its own: punctuation and symbols (·) inside its
     * input make it many times slower, and nothing but Han words matters to the rules. A run longer than this
     * (junk, or text without punctuation) is cut, which bounds SmartCN's work per call.
     */
    private static final int MAX_RUN = 200;

    static Segmentation of(String text) {
        int[] tokenAt = new int[text.length()];
        Arrays.fill(tokenAt, -1);
        int[][] offsets = {new int[16], new int[16]};
        int n = 0;
        try (HMMChineseTokenizer tokenizer = new HMMChineseTokenizer()) {
            OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
            int from = 0;
            while (from < text.length()) {
                if (!ZhLexicon.isHan(text.charAt(from))) {
                    from++;
                    continue;
                }
                int to = from;
                while (to < text.length() && to - from < MAX_RUN && ZhLexicon.isHan(text.charAt(to))) {
                    to++;
                }
                n = tokenize(tokenizer, offset, text, from, to, tokenAt, offsets, n);
                from = to;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Segmentation(text, tokenAt, offsets[0], offsets[1], n);
    }

    private static int tokenize(HMMChineseTokenizer tokenizer, OffsetAttribute offset, String text, int from, int to,
            int[] tokenAt, int[][] offsets, int n) throws IOException {
        tokenizer.setReader(new StringReader(text.substring(from, to)));
        tokenizer.reset();
        while (tokenizer.incrementToken()) {
            int s = from + offset.startOffset();
            int e = Math.min(from + offset.endOffset(), to);
            if (s < from || s >= e || (n > 0 && s < offsets[1][n - 1])) {
                continue;
            }
            if (n == offsets[0].length) {
                offsets[0] = Arrays.copyOf(offsets[0], n * 2);
                offsets[1] = Arrays.copyOf(offsets[1], n * 2);
            }
            offsets[0][n] = s;
            offsets[1][n] = e;
            for (int i = s; i < e; i++) {
                tokenAt[i] = n;
            }
            n++;
        }
        tokenizer.end();
        tokenizer.close();
        return n;
    }

    /** Whether no word runs across {@code pos} (a word starts or ends there). */
    boolean isBoundary(int pos) {
        if (pos <= 0 || pos >= text.length()) {
            return true;
        }
        int t = tokenAt[pos];
        return t < 0 || starts[t] == pos;
    }

    int count() {
        return count;
    }

    int start(int token) {
        return starts[token];
    }

    int end(int token) {
        return ends[token];
    }

    String word(int token) {
        return text.substring(starts[token], ends[token]);
    }

    /** The token starting at {@code pos}, or -1. */
    int tokenStartingAt(int pos) {
        if (pos < 0 || pos >= text.length()) {
            return -1;
        }
        int t = tokenAt[pos];
        return t >= 0 && starts[t] == pos ? t : -1;
    }

    /** The token ending at {@code pos}, or -1. */
    int tokenEndingAt(int pos) {
        if (pos <= 0 || pos > text.length()) {
            return -1;
        }
        int t = tokenAt[pos - 1];
        return t >= 0 && ends[t] == pos ? t : -1;
    }

    /** Whether the token at index {@code token} is one Han character SmartCN could not join to a word. */
    boolean isSingleHan(int token) {
        return token >= 0 && token < count && ends[token] - starts[token] == 1
                && Character.UnicodeScript.of(text.charAt(starts[token])) == Character.UnicodeScript.HAN;
    }
}
