package dev.newspipe.enrichment.entities.model;

import dev.newspipe.contract.EntityType;
import dev.newspipe.contract.TextField;
import dev.newspipe.enrichment.entities.EntityMention;
import dev.newspipe.enrichment.entities.chain.EntityChain;
import dev.newspipe.enrichment.entities.chain.Evidence;
import dev.newspipe.enrichment.entities.chain.Proposal;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model fills the gaps the rules left, and never overrides or duplicates a name the rules chose. */
class NameModelGapsTest {

    private static final String TEXT = "张伟昨天在北京见了李娜，王芳也来了。";

    @Test
    void addsTheModelsNamesOnlyWhereTheRulesChoseNothing() {
        // The "rules" here know one name, 北京, as a gazetteer would; the model (zh, as committed) finds the people.
        EntityChain<String> chain = EntityChain.analyzing((TextField field, String text) -> text)
                .annotate((text, out) -> out.add(Proposal.known(5, 7, EntityType.LOCATION, "Beijing", "beijing", Evidence.KNOWN)))
                .then(new NameModelGaps<String>(NameModel.load("zh"), text -> text))
                .build();
        List<EntityMention> mentions = chain.recognize(TextField.BODY, TEXT);

        EntityMention beijing = mentions.stream().filter(m -> m.text().equals("北京")).findFirst().orElseThrow();
        assertEquals(Evidence.KNOWN, beijing.evidence(), "the rule's name stays, with its canonical name");
        assertEquals("Beijing", beijing.canonical());
        assertEquals(1, mentions.stream().filter(m -> m.start() < 7 && 5 < m.end()).count(), () -> "overlaps: " + mentions);
        List<String> people = mentions.stream().filter(m -> m.evidence() == Evidence.MODEL && m.type() == EntityType.PERSON)
                .map(EntityMention::text).toList();
        assertTrue(people.contains("张伟") && people.contains("李娜"), () -> "the model's people: " + mentions);
    }
}
