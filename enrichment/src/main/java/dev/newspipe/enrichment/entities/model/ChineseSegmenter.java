package dev.newspipe.enrichment.entities.model;

import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

/**
 * SmartCN words over runs of Han characters (it cuts unknown names into single characters, itself a sign
 * of a name), Latin words and single symbols elsewhere. SmartCN gives no part of speech: a Han word's
 * "part of speech" is its length (H1, H2, H3, H4+).
 */
final class ChineseSegmenter implements Segmenter {

    /** Bounds SmartCN's work per call, as the rules' Segmentation does. */
    private static final int MAX_RUN = 200;
    private static final String[] HAN = {"H0", "H1", "H2", "H3", "H4"};

    private final ThreadLocal<HMMChineseTokenizer> perThread = ThreadLocal.withInitial(HMMChineseTokenizer::new);

    @Override
    public void segment(Units u) {
        String text = u.text;
        int from = 0;
        while (from < text.length()) {
            if (!isHan(text.charAt(from))) {
                from = Segmenter.latinOrSymbol(u, from, text.length());
                continue;
            }
            int to = from;
            while (to < text.length() && to - from < MAX_RUN && isHan(text.charAt(to))) {
                to++;
            }
            han(u, from, to);
            from = to;
        }
    }

    private void han(Units u, int from, int to) {
        HMMChineseTokenizer tokenizer = perThread.get();
        boolean clean = false;
        int covered = from;
        try {
            OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
            tokenizer.setReader(new StringReader(u.text.substring(from, to)));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                int s = from + offset.startOffset();
                int e = Math.min(from + offset.endOffset(), to);
                if (s < covered || s >= e) {
                    continue;
                }
                for (int c = covered; c < s; c++) {
                    u.add(c, c + 1, HAN[1]); // chars SmartCN skipped: one unit each
                }
                u.add(s, e, HAN[Math.min(4, e - s)]);
                covered = e;
            }
            tokenizer.end();
            clean = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                tokenizer.close();
            } catch (IOException | RuntimeException e) {
                clean = false;
            }
            if (!clean) {
                perThread.remove();
            }
        }
        for (int c = covered; c < to; c++) {
            u.add(c, c + 1, HAN[1]);
        }
    }

    static boolean isHan(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF')
                || c == '\u3007';
    }
}
