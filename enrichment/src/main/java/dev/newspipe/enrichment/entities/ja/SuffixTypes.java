package dev.newspipe.enrichment.entities.ja;

import dev.newspipe.contract.EntityType;
import dev.newspipe.enrichment.entities.chain.CharFold;

/** What a word's ending says it names: 〜省, 〜銀行 an organisation; 〜川, 〜空港 a place (longest ending wins). */
final class SuffixTypes {

    private final JapaneseLexicon lexicon;
    private final int longest;

    SuffixTypes(JapaneseLexicon lexicon) {
        this.lexicon = lexicon;
        int max = 0;
        for (String s : lexicon.orgSuffixes.keySet()) {
            max = Math.max(max, s.length());
        }
        for (String s : lexicon.placeSuffixes.keySet()) {
            max = Math.max(max, s.length());
        }
        this.longest = max;
    }

    /** The type a word's ending implies, when the word is longer than the ending; else null. */
    EntityType typeByEnding(String word) {
        String folded = CharFold.LATIN.fold(word);
        for (int length = Math.min(longest, folded.length() - 1); length >= 1; length--) {
            String ending = folded.substring(folded.length() - length);
            if (lexicon.orgSuffixes.containsKey(ending)) {
                return EntityType.ORGANIZATION;
            }
            if (lexicon.placeSuffixes.containsKey(ending)) {
                return EntityType.LOCATION;
            }
        }
        return null;
    }
}
