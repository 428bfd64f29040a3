package dev.newspipe.enrichment.entities.ja;

import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits Japanese text into IPADIC tokens with Kuromoji in normal mode (no search-mode decompounding, so
 * 一橋大学 stays one token), punctuation kept: particles and brackets are what delimit names.
 * Kuromoji's offsets are UTF-16 indices into the input, so they map straight onto the field text.
 * Thread-safe: each thread gets its own tokenizer.
 */
final class KuromojiSegmenter {

    /** One tokenizer per thread, reused: building one allocates its lattice buffers anew each time. */
    private final ThreadLocal<Reusable> perThread = ThreadLocal.withInitial(Reusable::new);

    /** A tokenizer with its attributes, for one thread at a time. */
    private static final class Reusable {
        final JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL);
        final OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
        final PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
        final ReadingAttribute reading = tokenizer.addAttribute(ReadingAttribute.class);
    }

    List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text.isEmpty()) {
            return tokens;
        }
        Reusable reusable = perThread.get();
        JapaneseTokenizer tokenizer = reusable.tokenizer;
        boolean clean = false;
        try {
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                int start = reusable.offset.startOffset();
                int end = reusable.offset.endOffset();
                if (start < 0 || end > text.length() || start >= end) {
                    continue;
                }
                String partOfSpeech = reusable.pos.getPartOfSpeech();
                partOfSpeech = partOfSpeech == null ? "" : partOfSpeech;
                // Unknown words have no reading; only nouns need telling apart (a reading costs a string).
                boolean known = !partOfSpeech.startsWith("名詞") || reusable.reading.getReading() != null;
                tokens.add(new Token(text.substring(start, end), start, end, partOfSpeech, known));
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
                perThread.remove(); // a tokenizer left in an odd state is not reused
            }
        }
        return mergeLetters(tokens, text);
    }

    /**
     * IPADIC files some full-width capitals one by one as symbols (Ｕ|Ａ); a run of them is one unknown word,
     * as an acronym would be if the dictionary had kept it whole.
     */
    private static List<Token> mergeLetters(List<Token> tokens, String text) {
        List<Token> merged = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (Scripts.hasLatin(t.surface()) && !isLetterSymbol(t)) {
                // Ｇ|２|０: digits right after a Latin word belong to it (Ｇ２０, Ｈ３).
                int j = i;
                while (j + 1 < tokens.size() && isDigits(tokens.get(j + 1)) && tokens.get(j + 1).start() == tokens.get(j).end()) {
                    j++;
                }
                if (j > i) {
                    int end = tokens.get(j).end();
                    merged.add(new Token(text.substring(t.start(), end), t.start(), end, t.pos(), t.known()));
                    i = j;
                    continue;
                }
            }
            if (!isLetterSymbol(t)) {
                merged.add(t);
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size() && isLetterSymbol(tokens.get(j + 1)) && tokens.get(j + 1).start() == tokens.get(j).end()) {
                j++;
            }
            if (j == i) {
                merged.add(t);
                continue;
            }
            int start = t.start();
            int end = tokens.get(j).end();
            merged.add(new Token(text.substring(start, end), start, end, "名詞-一般", false));
            i = j;
        }
        return merged;
    }

    private static boolean isDigits(Token t) {
        String s = t.surface();
        for (int i = 0; i < s.length(); i++) {
            if (!Scripts.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private static boolean isLetterSymbol(Token t) {
        return t.pos().startsWith("記号-アルファベット");
    }
}
