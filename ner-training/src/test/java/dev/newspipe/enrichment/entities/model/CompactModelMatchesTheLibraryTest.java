package dev.newspipe.enrichment.entities.model;

import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The runtime's compact model must label exactly as the OpenNLP model it was exported from: trained here on
 * a few hundred training sentences, both decode the same sentences through the same greedy loop.
 */
class CompactModelMatchesTheLibraryTest {

    /** Documents to train and compare on: a few hundred sentences each (a zh document is a long article). */
    private static final java.util.Map<String, Integer> SAMPLE = java.util.Map.of("ja", 200, "en", 60, "zh", 5);

    @ParameterizedTest
    @CsvSource({"ja, ja/gsd-train.jsonl, PERCEPTRON", "en, en/uner-ewt-train.jsonl, PERCEPTRON",
            "zh, zh/uner-gsdsimp-train.jsonl, MAXENT"})
    void compactPredictionsAreTheLibrarys(String language, String file, String algorithm) throws Exception {
        List<AnnotatedDocument> documents = AnnotatedDocument.read(CorpusFiles.nerDirectory().resolve(file));
        List<AnnotatedDocument> sample = documents.subList(0, Math.min(documents.size(), SAMPLE.get(language)));
        NameModelTrainer trainer = new NameModelTrainer(language);
        List<Event> events = trainer.events(sample, new int[1]);
        NameModelTrainer.Settings settings = new NameModelTrainer.Settings(algorithm, 20, 1);
        MaxentModel library = trainer.train(events, settings);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        trainer.export(library, settings, bytes);
        CompactModel compact = CompactModel.read(new ByteArrayInputStream(bytes.toByteArray()));

        int names = 0;
        for (AnnotatedDocument d : sample) {
            Units u = trainer.textUnits().of(d.body());
            double[] libraryConfidence = new double[u.count];
            double[] compactConfidence = new double[u.count];
            int[] expected = GreedyDecoder.labels(u, trainer.library(library), libraryConfidence);
            int[] actual = GreedyDecoder.labels(u, compact.forOneCall(), compactConfidence);
            assertArrayEquals(expected, actual, d.id());
            assertArrayEquals(libraryConfidence, compactConfidence, 1e-4, d.id());
            names += GreedyDecoder.spans(u, actual, compactConfidence).size();
        }
        assertTrue(names > 20, "the sample model should find names in its own training text: " + names);
    }
}
