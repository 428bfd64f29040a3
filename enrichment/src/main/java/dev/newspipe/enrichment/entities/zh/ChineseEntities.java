package dev.newspipe.enrichment.entities.zh;

import dev.newspipe.enrichment.entities.Countries;
import dev.newspipe.enrichment.entities.chain.EntityChain;
import dev.newspipe.enrichment.entities.model.NameModel;
import dev.newspipe.enrichment.entities.model.NameModelGaps;

/**
 * Chinese (Simplified and Traditional) names of people, organisations and places, as one chain: the analysis folds
 * the text to Simplified, cuts it into words and finds the known names and the places the other rules start from;
 * the gazetteer, the place, organisation and person rules propose; arbitration keeps the longest; then names given
 * again in Latin in parentheses are added, and listed non-names and names opening an event's name are dropped.
 */
public final class ChineseEntities {

    private ChineseEntities() {
    }

    public static EntityChain<?> chain(Countries countries) {
        ZhLexicon lex = new ZhLexicon(countries);
        return EntityChain.analyzing(new ChineseAnalyzer(lex))
                .annotate(new KnownNames())
                .annotate(new PlaceNames())
                .annotate(new OrganizationRules(lex))
                .annotate(new PersonRules(lex))
                .then(new LatinAliases(lex))
                .then(new NameModelGaps<ChineseField>(NameModel.load("zh"), ChineseField::original))
                .then(new NotNameFilter(lex.notNames))
                .then(new EventNameFilter())
                .build();
    }
}
