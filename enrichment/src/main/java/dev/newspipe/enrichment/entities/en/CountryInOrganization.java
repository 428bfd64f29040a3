package dev.newspipe.enrichment.entities.en;

import dev.newspipe.contract.EntityType;
import dev.newspipe.enrichment.entities.chain.Evidence;
import dev.newspipe.enrichment.entities.chain.Gazetteer;
import dev.newspipe.enrichment.entities.chain.Proposal;
import dev.newspipe.enrichment.entities.chain.Refiner;

import java.util.ArrayList;
import java.util.List;

/**
 * "U.S. Senate", "UK Parliament": a country's organisation is a mention of the country too. Arbitration keeps the
 * longer span, so the country inside it is added back here, right before it.
 */
final class CountryInOrganization implements Refiner<EnglishText> {

    @Override
    public List<Proposal> refine(EnglishText tx, List<Proposal> chosen) {
        List<Proposal> out = null;
        for (int i = 0; i < chosen.size(); i++) {
            Proposal p = chosen.get(i);
            Proposal country = p.type() == EntityType.ORGANIZATION && p.evidence() == Evidence.COMPOUND ? country(tx, p) : null;
            if (country != null && out == null) {
                out = new ArrayList<>(chosen.subList(0, i));
            }
            if (country != null) {
                out.add(country);
            }
            if (out != null) {
                out.add(p);
            }
        }
        return out == null ? chosen : out;
    }

    /** The country the organisation's name starts with, when the rest is a known organisation; else null. */
    private static Proposal country(EnglishText tx, Proposal p) {
        int a = tx.from(p);
        int b = tx.to(p);
        KnownNames.Match country = tx.lex.gazetteer.longest(tx.seq, a, b);
        if (country == null || country.entry().type() != EntityType.LOCATION || country.entry().key() == null
                || country.entry().key().length() != 2 || country.end() >= b) {
            return null;
        }
        Gazetteer.Entry rest = tx.lex.gazetteer.exact(tx.seq, country.end(), b);
        return rest != null && rest.type() == EntityType.ORGANIZATION ? Known.proposal(tx, a, country.end(), country.entry()) : null;
    }
}
