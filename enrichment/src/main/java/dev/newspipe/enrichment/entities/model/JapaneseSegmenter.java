package dev.newspipe.enrichment.entities.model;

import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

/**
 * Kuromoji (IPADIC, normal mode, punctuation kept) words with their part of speech: the same cut the
 * Japanese rules read. One tokenizer per thread, reused.
 */
final class JapaneseSegmenter implements Segmenter {

    private final ThreadLocal<Reusable> perThread = ThreadLocal.withInitial(Reusable::new);

    private static final class Reusable {
        final JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL);
        final OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
        final PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
    }

    @Override
    public void segment(Units u) {
        String text = u.text;
        if (text.isEmpty()) {
            return;
        }
        Reusable r = perThread.get();
        boolean clean = false;
        try {
            r.tokenizer.setReader(new StringReader(text));
            r.tokenizer.reset();
            while (r.tokenizer.incrementToken()) {
                int s = r.offset.startOffset();
                int e = r.offset.endOffset();
                if (s < 0 || e > text.length() || s >= e || (u.count > 0 && s < u.end[u.count - 1])) {
                    continue;
                }
                if (Character.isWhitespace(text.charAt(s))) {
                    continue;
                }
                String pos = r.pos.getPartOfSpeech();
                u.add(s, e, pos == null ? "" : pos);
            }
            r.tokenizer.end();
            clean = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                r.tokenizer.close();
            } catch (IOException | RuntimeException e) {
                clean = false;
            }
            if (!clean) {
                perThread.remove();
            }
        }
    }
}
