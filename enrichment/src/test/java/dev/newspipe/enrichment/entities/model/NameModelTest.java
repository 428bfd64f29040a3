package dev.newspipe.enrichment.entities.model;

import dev.newspipe.contract.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.MissingResourceException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameModelTest {

    private static boolean finds(NameModel model, String text, String name, EntityType type) {
        return model.label(text).stream().anyMatch(s -> s.text(text).equals(name) && s.type() == type);
    }

    @Test
    void everyLanguageHasAModel() {
        for (String language : List.of("ja", "zh", "en")) {
            NameModel model = NameModel.load(language);
            assertEquals(language, model.language());
            assertTrue(model.compact().featureCount() > 10_000, language + ": " + model.compact().featureCount());
        }
    }

    @Test
    void aMissingModelFailsLoudlyNamingTheResource() {
        MissingResourceException e = assertThrows(MissingResourceException.class,
                () -> NameModel.load("ja", "/dev/newspipe/ner-models/absent.nermodel"));
        assertEquals("/dev/newspipe/ner-models/absent.nermodel", e.getKey());
        assertTrue(e.getMessage().contains("absent.nermodel"), e.getMessage());
    }

    @Test
    void findsAnObviousNameInEachLanguage() {
        NameModel en = NameModel.load("en");
        String english = "On Monday, Angela Merkel flew to Paris to meet the president of France.";
        assertTrue(finds(en, english, "Angela Merkel", EntityType.PERSON), () -> en.label(english).toString());
        assertTrue(finds(en, english, "Paris", EntityType.LOCATION), () -> en.label(english).toString());

        NameModel ja = NameModel.load("ja");
        String japanese = "昨日、東京都で田中太郎さんがトヨタ自動車の新しい工場について説明した。";
        assertTrue(finds(ja, japanese, "田中太郎", EntityType.PERSON), () -> ja.label(japanese).toString());

        NameModel zh = NameModel.load("zh");
        String chinese = "北京是中华人民共和国的首都，位于华北平原。";
        assertTrue(finds(zh, chinese, "北京", EntityType.LOCATION), () -> zh.label(chinese).toString());
    }

    @Test
    void traditionalScriptIsLabelledLikeSimplifiedWithItsOwnOffsets() {
        NameModel zh = NameModel.load("zh");
        String simplified = "北京是中华人民共和国的首都，位于华北平原。";
        String traditional = "北京是中華人民共和國的首都，位於華北平原。";
        List<LabelledSpan> a = zh.label(simplified);
        List<LabelledSpan> b = zh.label(traditional);
        assertEquals(a, b);
    }

    @Test
    void oneModelLabelsFromManyThreadsAsFromOne() throws Exception {
        NameModel en = NameModel.load("en");
        String text = "Officials of Microsoft and the United Nations met Emmanuel Macron in Berlin on Friday.";
        List<LabelledSpan> expected = en.label(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<LabelledSpan>>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> en.label(text)));
            }
            for (Future<List<LabelledSpan>> r : results) {
                assertEquals(expected, r.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
