package dev.newspipe.enrichment.entities.ja;

import dev.newspipe.contract.EntityType;

import java.util.List;

/**
 * IPADIC's own proper-noun tags as a low-priority layer: 組織 tokens as organisations, 地域 tokens as places
 * (unless a place suffix or demonym follows: the suffix rule or nothing takes those), a family name
 * directly followed by given-name tokens as a person (高市|早苗), 人名-一般 entries (full names in the
 * dictionary) as persons, and 固有名詞-一般 entries whose ending says what they are (球磨川, 羽田空港).
 * Single characters are skipped: they are the fused abbreviations of 日米 or name fragments.
 */
final class ProperNounRule {

    static final int PRIORITY = 1;

    private final JapaneseLexicon lexicon;
    private final SuffixTypes suffixTypes;

    ProperNounRule(JapaneseLexicon lexicon, SuffixTypes suffixTypes) {
        this.lexicon = lexicon;
        this.suffixTypes = suffixTypes;
    }

    void apply(FieldText field, List<Candidate> out) {
        for (int i = 0; i < field.size(); i++) {
            Token token = field.token(i);
            if (!token.isProper() || token.length() < 2 || JapaneseLexicon.in(lexicon.properNounStopwords, token.surface())) {
                continue;
            }
            Token next = field.token(i + 1);
            if (token.pos().startsWith("名詞-固有名詞-人名-姓")) {
                int last = i;
                while (field.token(last + 1) != null && field.token(last + 1).pos().startsWith("名詞-固有名詞-人名-名")) {
                    last++;
                }
                if (last > i) {
                    out.add(new Candidate(token.start(), field.token(last).end(), EntityType.PERSON, null, null, 0.7, PRIORITY));
                    i = last;
                }
            } else if (token.pos().startsWith("名詞-固有名詞-人名-一般")) {
                out.add(new Candidate(token.start(), token.end(), EntityType.PERSON, null, null, 0.6, PRIORITY));
            } else if (token.isOrgPos()) {
                out.add(new Candidate(token.start(), token.end(), EntityType.ORGANIZATION, null, null, 0.6, PRIORITY));
            } else if (token.isPlacePos()) {
                if (next != null && (next.isPlaceSuffix() || JapaneseLexicon.in(lexicon.demonymSuffixes, next.surface()))) {
                    continue;
                }
                out.add(new Candidate(token.start(), token.end(), EntityType.LOCATION, null, null, 0.6, PRIORITY));
            } else {
                EntityType type = suffixTypes.typeByEnding(token.surface());
                if (type != null) {
                    out.add(new Candidate(token.start(), token.end(), type, null, null, 0.6, PRIORITY));
                }
            }
        }
    }
}
