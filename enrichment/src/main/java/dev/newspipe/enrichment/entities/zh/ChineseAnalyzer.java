package dev.newspipe.enrichment.entities.zh;

import dev.newspipe.contract.EntityType;
import dev.newspipe.contract.TextField;
import dev.newspipe.enrichment.entities.chain.Analyzer;
import dev.newspipe.enrichment.entities.chain.Evidence;
import dev.newspipe.enrichment.entities.chain.Proposal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Analyses a field for the Chinese annotators: folds it ({@link ChineseFold}, offsets unchanged), cuts it into words
 * (SmartCN), looks up the gazetteer's names, finds the places the place rules see from those, and collects the
 * names other names start at ({@link ChineseField}).
 */
final class ChineseAnalyzer implements Analyzer<ChineseField> {

    private static final String ADMINISTRATIVE = "省市县区州乡镇旗";

    private final ZhLexicon lex;
    private final KnownNameLookup gazetteer;
    private final PlaceRules places;

    ChineseAnalyzer(ZhLexicon lex) {
        this.lex = lex;
        this.gazetteer = new KnownNameLookup(lex.gazetteer);
        this.places = new PlaceRules(lex);
    }

    @Override
    public ChineseField analyze(TextField field, String text) {
        String folded = lex.fold.fold(text);
        Segmentation words = Segmentation.of(folded);
        Scan known = new Scan(folded, words, gazetteer.find(folded, words));
        List<Proposal> foundPlaces = places.find(known);
        List<Proposal> refound = administrativePlaces(folded, words, foundPlaces);
        List<Proposal> anchors = new ArrayList<>(known.known);
        anchors.addAll(refound);
        return new ChineseField(text, folded, words, known, foundPlaces, refound, new Scan(folded, words, anchors));
    }

    /**
     * The places found by the rules that end in an administrative suffix (…市, …县, …乡, …自治州), at every
     * place in the text where they stand as words of their own: they open names as known places do
     * (巩义市|应急管理局). Proposed on the evidence of their suffix, as where they were first found.
     */
    private static List<Proposal> administrativePlaces(String s, Segmentation words, List<Proposal> found) {
        Set<String> names = new LinkedHashSet<>();
        for (Proposal c : found) {
            if (c.type() == EntityType.LOCATION && c.length() >= 3 && ADMINISTRATIVE.indexOf(s.charAt(c.end() - 1)) >= 0) {
                names.add(s.substring(c.start(), c.end()));
            }
        }
        List<Proposal> places = new ArrayList<>();
        for (String name : names) {
            for (int i = s.indexOf(name); i >= 0; i = s.indexOf(name, i + 1)) {
                if (words.isBoundary(i)) {
                    places.add(Proposal.of(i, i + name.length(), EntityType.LOCATION, Evidence.SUFFIX));
                }
            }
        }
        return places;
    }
}
