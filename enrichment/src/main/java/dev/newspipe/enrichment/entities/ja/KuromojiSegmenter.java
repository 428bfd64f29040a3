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
 * 東京大学 stays one token), punctuation kept: particles and brackets are what delimit names.
 * Kuromoji's offsets are UTF-16 indices into the input, so they map straight onto the field text.
 */
final class KuromojiSegmenter {

    List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text.isEmpty()) {
            return tokens;
        }
        // A tokenizer is cheap to build (the dictionaries are shared singletons) and not thread-safe: one per call.
        try (JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL)) {
            OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
            PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
            ReadingAttribute reading = tokenizer.addAttribute(ReadingAttribute.class);
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                int start = offset.startOffset();
                int end = offset.endOffset();
                if (start < 0 || end > text.length() || start >= end) {
                    continue;
                }
                String partOfSpeech = pos.getPartOfSpeech();
                tokens.add(new Token(text.substring(start, end), start, end,
                        partOfSpeech == null ? "" : partOfSpeech, reading.getReading() != null));
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
