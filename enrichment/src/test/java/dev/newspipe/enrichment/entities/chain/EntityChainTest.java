package dev.newspipe.enrichment.entities.chain;

import dev.newspipe.contract.EntityType;
import dev.newspipe.contract.TextField;
import dev.newspipe.enrichment.entities.EntityMention;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Analyse, annotate, arbitrate once, refine: mentions carry the evidence that won, blockers are not reported. */
class EntityChainTest {

    /** Capitalised words as person names, "Acme" as a known organisation, "Acme Prize" as no entity. */
    private static final Annotator<String> CAPITALS = (text, out) -> {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i)) && (i == 0 || text.charAt(i - 1) == ' ')) {
                int end = text.indexOf(' ', i);
                out.add(Proposal.of(i, end < 0 ? text.length() : end, EntityType.PERSON, Evidence.SHAPE));
            }
        }
    };
    private static final Annotator<String> KNOWN = (text, out) -> {
        for (int i = text.indexOf("Acme"); i >= 0; i = text.indexOf("Acme", i + 1)) {
            if (text.startsWith("Acme Prize", i)) {
                out.add(Proposal.blocker(i, i + 10, Evidence.KNOWN));
            } else {
                out.add(Proposal.known(i, i + 4, EntityType.ORGANIZATION, "Acme Corp", "acme-corp", Evidence.KNOWN));
            }
        }
    };

    @Test
    void theChainReportsWhatArbitrationChoseWithItsEvidence() {
        EntityChain<String> chain = EntityChain.analyzing((TextField field, String text) -> text).annotate(CAPITALS).annotate(KNOWN).build();
        List<EntityMention> mentions = chain.recognize(TextField.BODY, "Alice joined Acme after the Acme Prize");
        assertEquals(List.of("Alice", "Acme"), mentions.stream().map(EntityMention::text).toList());
        EntityMention acme = mentions.get(1);
        assertEquals(Evidence.KNOWN, acme.evidence());
        assertEquals(EntityType.ORGANIZATION, acme.type());
        assertEquals("acme-corp", acme.key());
        assertEquals(Evidence.KNOWN.confidence(), acme.confidence());
        assertEquals(Evidence.SHAPE, mentions.get(0).evidence());
    }

    @Test
    void refinersRunAfterArbitrationInTheirOrder() {
        List<String> seen = new ArrayList<>();
        EntityChain<String> chain = EntityChain.analyzing((TextField field, String text) -> text)
                .annotate(CAPITALS)
                .then((text, chosen) -> {
                    seen.add("first saw " + chosen.size());
                    return Arbitration.withAdded(chosen, List.of(Proposal.of(0, 3, EntityType.LOCATION, Evidence.CONTEXT)));
                })
                .then((text, chosen) -> {
                    seen.add("second saw " + chosen.size());
                    return chosen;
                })
                .build();
        List<EntityMention> mentions = chain.recognize(TextField.TITLE, "in Bob");
        assertEquals(List.of("first saw 1", "second saw 2"), seen);
        assertEquals(List.of("in ", "Bob"), mentions.stream().map(EntityMention::text).toList());
    }

    @Test
    void blankTextHasNoMentionsAndAChainNeedsAnAnnotator() {
        EntityChain<String> chain = EntityChain.analyzing((TextField field, String text) -> text).annotate(CAPITALS).build();
        assertTrue(chain.recognize(TextField.BODY, "  ").isEmpty());
        assertThrows(IllegalStateException.class, () -> EntityChain.analyzing((TextField field, String text) -> text).build());
    }
}
