package dev.newspipe.enrichment.entities.ja;

import dev.newspipe.contract.TextField;
import dev.newspipe.enrichment.entities.Countries;
import dev.newspipe.enrichment.entities.EntityMention;
import dev.newspipe.enrichment.entities.EntityRecognizer;

import java.util.ArrayList;
import java.util.List;

/**
 * Japanese names of people, organisations and places. Kuromoji (IPADIC) segments the text; on its tokens
 * run, in order of trust: the gazetteer (countries and well-known names), suffix rules (〜省, 〜協会, 〜県,
 * 〜空港), legal forms before a company name (株式会社〜), titles and honorifics around person names (〜首相, 〜氏, 横綱〜), katakana names with middle dots,
 * clubs and companies fused with a place or followed by their head office (浦安ブレイザーズ, 〜（仙台市）), and IPADIC's own proper-noun tags. Overlaps are resolved longest-first, then unknown companies listed
 * with known ones, unknown places located by known ones (ウクライナ東部〜), bracketed aliases, repeated mentions and family names standing for a person named in full are added. Immutable after construction, so one instance serves all threads.
 */
public final class JapaneseEntityRecognizer implements EntityRecognizer {

    private final KuromojiSegmenter segmenter = new KuromojiSegmenter();
    private final GazetteerRule gazetteerRule;
    private final SuffixNameRule suffixRule;
    private final OrgPrefixRule orgPrefixRule;
    private final PersonTitleRule personRule;
    private final KatakanaNameRule katakanaRule;
    private final ProperNounRule properNounRule;
    private final CompoundOrgRule compoundOrgRule;
    private final InsidePlaceRule insidePlaceRule = new InsidePlaceRule();
    private final SpanResolver resolver = new SpanResolver();
    private final CoordinationRule coordinationRule = new CoordinationRule();
    private final PlaceContextRule placeContextRule = new PlaceContextRule();
    private final AliasRule aliasRule = new AliasRule();
    private final SurnameRule surnameRule = new SurnameRule();

    public JapaneseEntityRecognizer(Countries countries) {
        JapaneseLexicon lexicon = new JapaneseLexicon();
        Gazetteer gazetteer = new Gazetteer(countries, JapaneseLexicon.BASE + "gazetteer.tsv");
        this.gazetteerRule = new GazetteerRule(gazetteer, lexicon);
        this.suffixRule = new SuffixNameRule(lexicon, gazetteer);
        this.orgPrefixRule = new OrgPrefixRule(lexicon);
        this.personRule = new PersonTitleRule(lexicon, gazetteer);
        this.katakanaRule = new KatakanaNameRule(gazetteer);
        this.properNounRule = new ProperNounRule(lexicon, new SuffixTypes(lexicon));
        this.compoundOrgRule = new CompoundOrgRule(gazetteer);
    }

    @Override
    public List<EntityMention> recognize(TextField field, String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        FieldText fieldText = new FieldText(text, segmenter.tokenize(text));
        List<Candidate> candidates = new ArrayList<>();
        gazetteerRule.apply(fieldText, candidates);
        suffixRule.apply(fieldText, candidates);
        orgPrefixRule.apply(fieldText, candidates);
        personRule.apply(fieldText, candidates);
        katakanaRule.apply(fieldText, candidates);
        properNounRule.apply(fieldText, candidates);
        compoundOrgRule.apply(fieldText, candidates);
        insidePlaceRule.apply(fieldText, candidates);
        List<Candidate> resolved = resolver.resolve(candidates, text.length());
        List<Candidate> withContext = placeContextRule.expand(fieldText, coordinationRule.expand(fieldText, resolved));
        List<Candidate> chosen = surnameRule.expand(fieldText, aliasRule.expand(fieldText, withContext));
        List<EntityMention> mentions = new ArrayList<>(chosen.size());
        for (Candidate c : chosen) {
            if (c.type() == null) {
                continue; // a blocker: 日経平均 is no mention of 日経
            }
            mentions.add(new EntityMention(text.substring(c.start(), c.end()), c.type(), field, c.start(), c.end(),
                    c.canonical(), c.key(), c.confidence()));
        }
        return mentions;
    }
}
