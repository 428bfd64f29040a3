package dev.newspipe.enrichment.entities.ja;

import dev.newspipe.enrichment.entities.Countries;
import dev.newspipe.enrichment.entities.chain.CharFold;
import dev.newspipe.enrichment.entities.chain.EntityChain;
import dev.newspipe.enrichment.entities.chain.Gazetteer;

/**
 * Japanese names of people, organisations and places, as one chain. Kuromoji (IPADIC) segments the text; on its
 * tokens the annotators propose names: the gazetteer (countries and well-known names), suffixes (〜省, 〜協会, 〜県,
 * 〜空港, 〜市内), legal forms before a company name (株式会社〜), titles and honorifics around person names (〜首相,
 * 〜氏, 横綱〜), katakana names with middle dots, clubs and companies fused with a place or followed by their head
 * office (浦安ブレイザーズ, 〜（仙台市）), and IPADIC's own proper-noun tags. After arbitration the refiners add
 * unknown companies listed with known ones, unknown places located by known ones (ウクライナ東部〜), bracketed
 * aliases and repeated mentions, and family names standing for a person named in full.
 */
public final class JapaneseEntities {

    private JapaneseEntities() {
    }

    public static EntityChain<?> chain(Countries countries) {
        JapaneseLexicon lexicon = new JapaneseLexicon();
        // Single characters (米, 中, 日) are the fused abbreviations of compounds such as 日米: never countries alone.
        Gazetteer gazetteer = Gazetteer.builder(CharFold.LATIN)
                .addCountries(countries, "ja", 2)
                .addFile(JapaneseLexicon.BASE + "gazetteer.tsv")
                .build();
        KuromojiSegmenter segmenter = new KuromojiSegmenter();
        return EntityChain.<FieldText>analyzing((field, text) -> new FieldText(text, segmenter.tokenize(text)))
                .annotate(new GazetteerAnnotator(gazetteer, lexicon))
                .annotate(new SuffixAnnotator(lexicon, gazetteer))
                .annotate(new InsidePlaceAnnotator())
                .annotate(new LegalFormAnnotator(lexicon))
                .annotate(new PersonTitleAnnotator(lexicon, gazetteer))
                .annotate(new KatakanaNameAnnotator(gazetteer))
                .annotate(new CompoundOrgAnnotator(gazetteer))
                .annotate(new ProperNounTagAnnotator(lexicon, new SuffixTypes(lexicon)))
                .then(new CoordinationRefiner())
                .then(new PlaceContextRefiner())
                .then(new AliasRefiner())
                .then(new FamilyNameRefiner())
                .build();
    }
}
