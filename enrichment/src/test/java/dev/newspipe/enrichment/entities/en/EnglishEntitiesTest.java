package dev.newspipe.enrichment.entities.en;

import dev.newspipe.contract.EntityType;
import dev.newspipe.contract.TextField;
import dev.newspipe.enrichment.entities.Countries;
import dev.newspipe.enrichment.entities.EntityMention;
import dev.newspipe.enrichment.entities.EntityRecognizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** English names: invented sentences pinning what is tagged, with which type and span, and what is not. */
class EnglishEntitiesTest {

    private static EntityRecognizer recognizer;

    @BeforeAll
    static void build() {
        recognizer = EnglishEntities.chain(new Countries());
    }

    /** surface → type of every mention in {@code text} (body field); offsets are checked on the way. */
    private static Map<String, EntityType> tag(String text) {
        return tag(TextField.BODY, text);
    }

    private static Map<String, EntityType> tag(TextField field, String text) {
        List<EntityMention> mentions = recognizer.recognize(field, text);
        for (EntityMention m : mentions) {
            assertEquals(m.text(), text.substring(m.start(), m.end()), "offsets point at the mention");
        }
        return mentions.stream().collect(Collectors.toMap(EntityMention::text, EntityMention::type, (a, b) -> a));
    }

    @Test
    void titlesAndHonorificsAreNotPartOfNames() {
        Map<String, EntityType> e = tag("Finance Minister Olga Brandt met Mr. Okafor and Chief Financial Officer Dana Whitlock "
                + "in Lisbon. Prime Minister Tomas Ekberg did not attend.");
        assertEquals(EntityType.PERSON, e.get("Olga Brandt"));
        assertEquals(EntityType.PERSON, e.get("Okafor"));
        assertEquals(EntityType.PERSON, e.get("Dana Whitlock"));
        assertEquals(EntityType.PERSON, e.get("Tomas Ekberg"));
        assertEquals(EntityType.LOCATION, e.get("Lisbon"));
        assertFalse(e.containsKey("Finance Minister Olga Brandt"));
        assertFalse(e.containsKey("Mr. Okafor"));
        assertFalse(e.containsKey("Prime Minister Tomas Ekberg"));
        assertFalse(e.containsKey("Chief Financial"));
    }

    @Test
    void whatStandsBeforeATitleIsANameOfItsOwn() {
        Map<String, EntityType> e = tag("The bank's decision was welcomed by IMF Managing Director Kristalina Georgieva, "
                + "while U.S. President Joe Biden and Chinese President Xi Jinping spoke by phone.");
        assertEquals(EntityType.ORGANIZATION, e.get("IMF"));
        assertEquals(EntityType.LOCATION, e.get("U.S."));
        assertEquals(EntityType.PERSON, e.get("Joe Biden"));
        assertEquals(EntityType.PERSON, e.get("Xi Jinping"));
        assertFalse(e.containsKey("Chinese"), "demonyms are not entities");
    }

    @Test
    void possessivesAreCutOffAndFusedFormsAreSkipped() {
        Map<String, EntityType> e = tag("Brazil's trade surplus widened, and the Sino-US talks and US-China tariffs were "
                + "discussed at the Bank of Korea's meeting.");
        assertEquals(EntityType.LOCATION, e.get("Brazil"));
        assertEquals(EntityType.ORGANIZATION, e.get("Bank of Korea"));
        assertFalse(e.containsKey("Brazil's"));
        assertFalse(e.keySet().stream().anyMatch(s -> s.contains("Sino") || s.contains("US-China")));
    }

    @Test
    void allCapsDatelineIsAPlace() {
        Map<String, EntityType> e = tag("NAIROBI, Jan. 5 — Kenya's parliament approved the budget.");
        assertEquals(EntityType.LOCATION, e.get("NAIROBI"));
        assertEquals(EntityType.LOCATION, e.get("Kenya"));
        Map<String, EntityType> unknown = tag("PORTO VELHO — Floods cut the main road.");
        assertEquals(EntityType.LOCATION, unknown.get("PORTO VELHO"));
    }

    @Test
    void countriesCarryTheirIsoCodeAsKey() {
        EntityMention us = recognizer.recognize(TextField.BODY, "Exports to the U.S. fell.").get(0);
        assertEquals("US", us.key());
        assertEquals("United States", us.canonical());
    }

    @Test
    void keywordsTypeUnknownNames() {
        Map<String, EntityType> e = tag("Analysts at Harrowgate Securities and the Melvane Institute of Technology said "
                + "ships were waiting at Port Kessel and near the Brantor Strait, while Zelmar Holdings Inc. cut jobs.");
        assertEquals(EntityType.ORGANIZATION, e.get("Harrowgate Securities"));
        assertEquals(EntityType.ORGANIZATION, e.get("Melvane Institute of Technology"));
        assertEquals(EntityType.LOCATION, e.get("Port Kessel"));
        assertEquals(EntityType.LOCATION, e.get("Brantor Strait"));
        assertEquals(EntityType.ORGANIZATION, e.get("Zelmar Holdings Inc."));
    }

    @Test
    void organisationNamesKeepTheirConnectors() {
        Map<String, EntityType> e = tag("The Ministry of Land, Infrastructure and Transport and the Agency for Rural Roads "
                + "briefed the Food and Drug Administration.");
        assertEquals(EntityType.ORGANIZATION, e.get("Ministry of Land, Infrastructure and Transport"));
        assertEquals(EntityType.ORGANIZATION, e.get("Agency for Rural Roads"));
        assertEquals(EntityType.ORGANIZATION, e.get("Food and Drug Administration"));
    }

    @Test
    void contextTypesUnknownSingleNames() {
        Map<String, EntityType> e = tag("Rescuers reached the village of Oskarvik, while the logistics firm Trelloway "
                + "said it had moved supplies to Branholm, a port town. Kestaval, which makes pumps, donated them.");
        assertEquals(EntityType.LOCATION, e.get("Oskarvik"));
        assertEquals(EntityType.ORGANIZATION, e.get("Trelloway"));
        assertEquals(EntityType.LOCATION, e.get("Branholm"));
    }

    @Test
    void aFamilyNameAloneIsThePersonNamedInFull() {
        Map<String, EntityType> e = tag("Marguerite Olsund, a local teacher, found the letter. Olsund, 61, said she "
                + "was surprised. The team Olsund coaches won.");
        assertEquals(EntityType.PERSON, e.get("Marguerite Olsund"));
        assertEquals(EntityType.PERSON, e.get("Olsund"));
    }

    @Test
    void sentenceInitialCommonWordsAreNotNames() {
        Map<String, EntityType> e = tag("Officials said the plan worked. Striking Airbus workers marched. Tickets sold out. "
                + "Negotiators met again on Monday in June.");
        assertFalse(e.containsKey("Officials"));
        assertFalse(e.containsKey("Striking Airbus"));
        assertEquals(EntityType.ORGANIZATION, e.get("Airbus"));
        assertFalse(e.containsKey("Tickets"));
        assertFalse(e.containsKey("Negotiators"));
        assertFalse(e.containsKey("Monday"));
        assertFalse(e.containsKey("June"));
    }

    @Test
    void eventsLawsAndAbbreviationsAreNotEntities() {
        Map<String, EntityType> e = tag("Delegates praised the Paris accord and the Clean Water Act during the World Cup; "
                + "measles, mumps and rubella (MMR) shots and AI chips were discussed by the CEO.");
        assertFalse(e.containsKey("Paris"));
        assertFalse(e.containsKey("Clean Water Act"));
        assertFalse(e.containsKey("World Cup"));
        assertFalse(e.containsKey("MMR"));
        assertFalse(e.containsKey("AI"));
        assertFalse(e.containsKey("CEO"));
    }

    @Test
    void acronymsDefinedInTheTextTakeTheTypeOfTheirName() {
        Map<String, EntityType> e = tag("The Northern Grid Authority (NGA) raised tariffs. NGA officials declined to comment.");
        assertEquals(EntityType.ORGANIZATION, e.get("Northern Grid Authority"));
        assertEquals(EntityType.ORGANIZATION, e.get("NGA"));
    }

    @Test
    void teamsAreOrganisations() {
        Map<String, EntityType> e = tag("The Denver Foxes beat the Boston Hawks 3-2. The Foxes have won five straight.");
        assertEquals(EntityType.ORGANIZATION, e.get("Denver Foxes"));
        assertEquals(EntityType.ORGANIZATION, e.get("Boston Hawks"));
        assertEquals(EntityType.ORGANIZATION, e.get("Foxes"));
    }

    @Test
    void titleCaseHeadlinesOnlyTrustKnownNames() {
        Map<String, EntityType> e = tag(TextField.TITLE, "Trump Says Tariff Talks With Japan Will Resume Next Week");
        assertEquals(EntityType.PERSON, e.get("Trump"));
        assertEquals(EntityType.LOCATION, e.get("Japan"));
        assertFalse(e.containsKey("Tariff Talks"));
        assertFalse(e.containsKey("Says"));
    }

    @Test
    void knownPeopleGetTheirFullNameAsCanonical() {
        EntityMention m = recognizer.recognize(TextField.TITLE, "Putin warns Europe over sanctions").get(0);
        assertEquals(EntityType.PERSON, m.type());
        assertEquals("Vladimir Putin", m.canonical());
        assertEquals("vladimir-putin", m.key());
    }

    @Test
    void unknownNamesHaveNoKeySoTheGrouperCanMergeShortForms() {
        EntityMention m = recognizer.recognize(TextField.BODY, "Ingrid Halvorsen said the talks failed.").get(0);
        assertEquals("Ingrid Halvorsen", m.text());
        assertNull(m.key());
        assertNull(m.canonical());
    }

    @Test
    void datelinesWithSeveralPlaces() {
        Map<String, EntityType> e = tag("HAVANA/MIAMI — Flights resumed on Sunday.");
        assertEquals(EntityType.LOCATION, e.get("HAVANA"));
        assertEquals(EntityType.LOCATION, e.get("MIAMI"));
    }

    @Test
    void arabicArticlesStayInsideNames() {
        Map<String, EntityType> e = tag("Envoy Karim al-Haddad met officials in Deir al-Zawiya on Monday.");
        assertEquals(EntityType.PERSON, e.get("Karim al-Haddad"));
        assertEquals(EntityType.LOCATION, e.get("Deir al-Zawiya"));
    }

    @Test
    void adjectivesBuiltOnNamesAreNotNames() {
        Map<String, EntityType> e = tag("The Seoul-based maker and a Kremlin-backed group signed a deal, while Franco-German ties improved.");
        assertEquals(EntityType.LOCATION, e.get("Seoul"));
        assertFalse(e.containsKey("Seoul-based"));
        assertFalse(e.containsKey("Kremlin-backed"));
        assertFalse(e.containsKey("Franco-German"));
    }

    @Test
    void aCountryBeforeAKnownBodyIsAlsoThePlace() {
        Map<String, EntityType> e = tag("The U.S. Treasury said the plan was sound, and the U.S. Officials were not named.");
        assertEquals(EntityType.ORGANIZATION, e.get("U.S. Treasury"));
        assertEquals(EntityType.LOCATION, e.get("U.S."));
        assertFalse(e.containsKey("U.S. Officials"));
    }

    @Test
    void wordPairsBeforeANameTypeIt() {
        Map<String, EntityType> e = tag("Nomura took a stake in Velquist, analysts at Durnhall said, and the founder was born in Kesterholm.");
        assertEquals(EntityType.ORGANIZATION, e.get("Velquist"));
        assertEquals(EntityType.ORGANIZATION, e.get("Durnhall"));
        assertEquals(EntityType.LOCATION, e.get("Kesterholm"));
    }

    @Test
    void familyNamesThatLookLikeTitlesStay() {
        Map<String, EntityType> e = tag("Author Stephen King and Martin Luther King Jr. were quoted; Queen Camilla was not.");
        assertEquals(EntityType.PERSON, e.get("Stephen King"));
        assertEquals(EntityType.PERSON, e.get("Martin Luther King Jr."));
        assertEquals(EntityType.PERSON, e.get("Camilla"));
        assertFalse(e.containsKey("Jr."));
    }

    @Test
    void aCompanyFormEndsTheCompanyName() {
        Map<String, EntityType> e = tag("Shares of Vantor Electronics Co. Tencent and Kelvar Holdings Ltd. rose.");
        assertEquals(EntityType.ORGANIZATION, e.get("Vantor Electronics Co."));
        assertEquals(EntityType.ORGANIZATION, e.get("Tencent"));
        assertEquals(EntityType.ORGANIZATION, e.get("Kelvar Holdings Ltd."));
    }

    @Test
    void hyphenatedNameSyllablesStayInNames() {
        Map<String, EntityType> e = tag("Mayor Park Ji-hoon met Lai Ching-te in Taipei.");
        assertEquals(EntityType.PERSON, e.get("Park Ji-hoon"));
        assertEquals(EntityType.PERSON, e.get("Lai Ching-te"));
    }

    // ---- generalisation rules (tuning-en.jsonl, 2026-11) ----

    @Test
    void clubNameEndingsAndTeamsAfterAScoreAreOrganisations() {
        Map<String, EntityType> e = tag("Kestrel Rovers beat Harlow Wanderers 2-0, and Dunmore Town lost 1-3 at Ashby City "
                + "after a 0-0 draw with Pellam Athletic in March.");
        assertEquals(EntityType.ORGANIZATION, e.get("Kestrel Rovers"));
        assertEquals(EntityType.ORGANIZATION, e.get("Harlow Wanderers"));
        assertEquals(EntityType.ORGANIZATION, e.get("Dunmore Town"));
        assertEquals(EntityType.ORGANIZATION, e.get("Ashby City"));
        assertEquals(EntityType.ORGANIZATION, e.get("Pellam Athletic"));
        assertEquals(EntityType.LOCATION, tag("She moved to Carson City in 2019.").get("Carson City"));
    }

    @Test
    void utilityHousingRailAndIrishStateBodiesAreOrganisations() {
        Map<String, EntityType> e = tag("Tenants of Brackwell Homes complained to Selwyn Water, while Coastline Rail and "
                + "Údarás Éireann said nothing.");
        assertEquals(EntityType.ORGANIZATION, e.get("Brackwell Homes"));
        assertEquals(EntityType.ORGANIZATION, e.get("Selwyn Water"));
        assertEquals(EntityType.ORGANIZATION, e.get("Coastline Rail"));
        assertEquals(EntityType.ORGANIZATION, e.get("Údarás Éireann"));
    }

    @Test
    void riversBrooksAndSpringsArePlaces() {
        Map<String, EntityType> e = tag("Anglers found dead fish in Marlow Brook and the River Tarrow near Coldwater Springs.");
        assertEquals(EntityType.LOCATION, e.get("Marlow Brook"));
        assertEquals(EntityType.LOCATION, e.get("River Tarrow"));
        assertEquals(EntityType.LOCATION, e.get("Coldwater Springs"));
    }

    @Test
    void stateAndProvinceAbbreviationsAfterAPlace() {
        Map<String, EntityType> e = tag("The plant in Hollister, Calif., closed, and a second one near Kamloops, B.C., "
                + "will follow; staff in Dover, Del. were told on Monday.");
        assertEquals(EntityType.LOCATION, e.get("Calif."));
        assertEquals(EntityType.LOCATION, e.get("B.C."));
        assertEquals(EntityType.LOCATION, e.get("Hollister"));
        assertFalse(e.containsKey("Calif"));
    }

    @Test
    void newTitlesAndLettersAfterNamesAreStripped() {
        Map<String, EntityType> e = tag("Taoiseach Ciarán Doherty and Vice-Chancellor Maeve Tolland heard Rupert Vance KC "
                + "and Alison Creagh MP.");
        assertEquals(EntityType.PERSON, e.get("Ciarán Doherty"));
        assertEquals(EntityType.PERSON, e.get("Maeve Tolland"));
        assertEquals(EntityType.PERSON, e.get("Rupert Vance"));
        assertEquals(EntityType.PERSON, e.get("Alison Creagh"));
        assertFalse(e.containsKey("Rupert Vance KC"));
        assertFalse(e.containsKey("KC"));
    }

    @Test
    void compassWordBeforeAKnownPlaceIsPartOfIt() {
        Map<String, EntityType> e = tag("Voters in Southern California and Eastern Ontario went to the polls.");
        assertEquals(EntityType.LOCATION, e.get("Southern California"));
        assertEquals(EntityType.LOCATION, e.get("Eastern Ontario"));
    }

    @Test
    void demonymsAfterOfAndPluralPossessivesStayInsideOrganisationNames() {
        Map<String, EntityType> e = tag("The Department of Indigenous Affairs met the Tarran Farmers' Union and the "
                + "Council of Maori Wardens, while the Philippines' Foreign Ministry stayed away.");
        assertEquals(EntityType.ORGANIZATION, e.get("Department of Indigenous Affairs"));
        assertEquals(EntityType.ORGANIZATION, e.get("Tarran Farmers' Union"));
        assertEquals(EntityType.ORGANIZATION, e.get("Council of Maori Wardens"));
        assertEquals(EntityType.LOCATION, e.get("Philippines"));
        assertFalse(e.containsKey("Philippines' Foreign Ministry"));
    }

    @Test
    void unionLocalsKeepTheirNumber() {
        Map<String, EntityType> e = tag("Members of Teamsters Local 912 joined Local 40 on the picket line.");
        assertEquals(EntityType.ORGANIZATION, e.get("Teamsters Local 912"));
        assertEquals(EntityType.ORGANIZATION, e.get("Local 40"));
    }

    @Test
    void sectorNounBeforeACountryIsANationalBody() {
        Map<String, EntityType> e = tag("The warning from Cricket Ireland and Tourism Australia came as Greater London "
                + "and Rural Ireland braced for rain.");
        assertEquals(EntityType.ORGANIZATION, e.get("Cricket Ireland"));
        assertEquals(EntityType.ORGANIZATION, e.get("Tourism Australia"));
        assertFalse(e.get("Rural Ireland") == EntityType.ORGANIZATION);
    }

    @Test
    void camelCaseBrandsAreOrganisations() {
        Map<String, EntityType> e = tag("Orders fell at SkyLark and at FlexiPay, analysts at the bank told DeShawn McKenzie.");
        assertEquals(EntityType.ORGANIZATION, e.get("SkyLark"));
        assertEquals(EntityType.ORGANIZATION, e.get("FlexiPay"));
        assertEquals(EntityType.PERSON, e.get("DeShawn McKenzie"));
    }

    @Test
    void whereAPersonGivenWithTheirAgeLives() {
        Map<String, EntityType> e = tag("Colin Marsh, 47, of Brantwick, was fined.");
        assertEquals(EntityType.LOCATION, e.get("Brantwick"));
    }

    @Test
    void givenNameBeforeASurnameLikePlaceKeywordIsAPerson() {
        Map<String, EntityType> e = tag("The curator, Helen Ward, and the historian Simon Hill spoke at Barnfield Hill.");
        assertEquals(EntityType.PERSON, e.get("Helen Ward"));
        assertEquals(EntityType.PERSON, e.get("Simon Hill"));
    }

    @Test
    void datelineMonthAbbreviationsAndLawsAreNoNames() {
        Map<String, EntityType> e = tag("GALWAY, Feb 3 (Reuters) - The Housing (Emergency Measures) Act took effect, and "
                + "Labour Minister Ana Reyes said the Act would help.");
        assertFalse(e.containsKey("Feb"));
        assertFalse(e.containsKey("Act"));
        assertFalse(e.containsKey("Labour"));
        assertEquals(EntityType.PERSON, e.get("Ana Reyes"));
    }

    @Test
    void chambersNamedHouseOfAndNationalLegislatures() {
        Map<String, EntityType> e = tag("The bill passed the House of Assembly and was sent to the Storting and the Sejm.");
        assertEquals(EntityType.ORGANIZATION, e.get("House of Assembly"));
        assertEquals(EntityType.ORGANIZATION, e.get("Storting"));
        assertEquals(EntityType.ORGANIZATION, e.get("Sejm"));
    }

    @Test
    void stateUniversityCampusesArePartOfTheName() {
        Map<String, EntityType> e = tag("Researchers at the University of Oregon, Eugene, and the University of Texas at El Paso "
                + "joined a team from the University of Ohio, Miami University and Yale.");
        assertEquals(EntityType.ORGANIZATION, e.get("University of Oregon, Eugene"));
        assertEquals(EntityType.ORGANIZATION, e.get("University of Texas at El Paso"));
        assertEquals(EntityType.ORGANIZATION, e.get("University of Ohio"));
        assertEquals(EntityType.ORGANIZATION, e.get("Miami University"));
    }

    @Test
    void aSingleNameWithAPluralVerbIsATeamOrFirm() {
        Map<String, EntityType> e = tag("Halsworth were relegated on Saturday, and Penbury, who were promoted last year, "
                + "face them in the cup. Alicia Penn, who was at the game, was not surprised.");
        assertEquals(EntityType.ORGANIZATION, e.get("Halsworth"));
        assertEquals(EntityType.ORGANIZATION, e.get("Penbury"));
        assertEquals(EntityType.PERSON, e.get("Alicia Penn"));
    }

    @Test
    @Timeout(20)
    void hostileInputNeverThrows() {
        assertTrue(recognizer.recognize(TextField.BODY, "").isEmpty());
        recognizer.recognize(TextField.BODY, "'s ' ’ — . , ( ) U. S. A. of of and");
        recognizer.recognize(TextField.TITLE, "A");
        recognizer.recognize(TextField.BODY, "Bank of".repeat(10_000));
        recognizer.recognize(TextField.BODY, "Ministry of A, B, C, D, E, F, G, H and ".repeat(5_000));
        Random random = new Random(7);
        StringBuilder junk = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            junk.append((char) random.nextInt(0x3000));
        }
        recognizer.recognize(TextField.BODY, junk.toString());
        StringBuilder caps = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            caps.append("Alpha Beta ").append(i % 7 == 0 ? "of " : "").append(i % 11 == 0 ? ". " : "");
        }
        recognizer.recognize(TextField.BODY, caps.toString());
    }
}
