package dev.newspipe.enrichment.entities.model;

import dev.newspipe.contract.EventJson;
import dev.newspipe.enrichment.cli.LabelCommand;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./pipeline train}: trains the name model of every language from the shared training files and
 * writes them to ner-models. {@code --holdout DIR} instead trains on nine documents in ten and writes the
 * tenth (gold and predictions) to DIR for scoring: how settings are chosen without the test files.
 * {@code --algorithm, --iterations, --cutoff} override the settings; {@code --languages ja,zh} limits the run.
 */
public final class TrainCommand {

    static final NameModelTrainer.Settings DEFAULT = new NameModelTrainer.Settings("PERCEPTRON", 100, 1);

    private TrainCommand() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of("ner-models/src/main/resources/dev/newspipe/ner-models");
        Path holdout = null;
        List<String> languages = CorpusFiles.LANGUAGES;
        String algorithm = DEFAULT.algorithm();
        int iterations = DEFAULT.iterations();
        int cutoff = DEFAULT.cutoff();
        for (int a = 0; a < args.length; a++) {
            switch (args[a]) {
                case "--out" -> out = Path.of(args[++a]);
                case "--holdout" -> holdout = Path.of(args[++a]);
                case "--languages" -> languages = List.of(args[++a].split(","));
                case "--algorithm" -> algorithm = args[++a];
                case "--iterations" -> iterations = Integer.parseInt(args[++a]);
                case "--cutoff" -> cutoff = Integer.parseInt(args[++a]);
                default -> throw new IllegalArgumentException("unknown option " + args[a]);
            }
        }
        NameModelTrainer.Settings settings = new NameModelTrainer.Settings(algorithm, iterations, cutoff);
        Path ner = CorpusFiles.nerDirectory();
        for (String language : languages) {
            List<AnnotatedDocument> train = new ArrayList<>();
            List<AnnotatedDocument> held = new ArrayList<>();
            for (String file : CorpusFiles.TRAIN.get(language)) {
                List<AnnotatedDocument> documents = AnnotatedDocument.read(ner.resolve(file));
                for (int d = 0; d < documents.size(); d++) {
                    (holdout != null && d % 10 == 9 ? held : train).add(documents.get(d));
                }
            }
            long t0 = System.nanoTime();
            NameModelTrainer trainer = new NameModelTrainer(language);
            int[] misaligned = {0};
            List<Event> events = trainer.events(train, misaligned);
            int spans = train.stream().mapToInt(d -> d.spans().size()).sum();
            MaxentModel model = trainer.train(events, settings);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            trainer.export(model, settings, bytes);
            System.err.printf("%s: %d documents, %d units, %d spans (%d not on unit edges), %s: %.0f s, %d bytes%n",
                    language, train.size(), events.size(), spans, misaligned[0], settings,
                    (System.nanoTime() - t0) / 1e9, bytes.size());
            if (holdout == null) {
                Files.createDirectories(out);
                Files.write(out.resolve(language + ".nermodel"), bytes.toByteArray());
                continue;
            }
            NameModel compact = NameModel.of(trainer.textUnits(), CompactModel.read(new ByteArrayInputStream(bytes.toByteArray())));
            Files.createDirectories(holdout);
            // The nine-tenths model too: put DIR first on the class path (as dev/newspipe/ner-models/) to measure the
            // whole chain, rules with this model, on the tenth it has not seen (how the arbitration was chosen).
            Files.write(holdout.resolve(language + ".nermodel"), bytes.toByteArray());
            try (Writer gold = Files.newBufferedWriter(holdout.resolve(language + ".gold.jsonl"), StandardCharsets.UTF_8);
                 Writer pred = Files.newBufferedWriter(holdout.resolve(language + ".pred.jsonl"), StandardCharsets.UTF_8)) {
                for (AnnotatedDocument d : held) {
                    gold.write(d.json());
                    gold.write('\n');
                    pred.write(EventJson.MAPPER.writeValueAsString(
                            LabelCommand.prediction(d.id(), language, d.body(), compact.label(d.body()))));
                    pred.write('\n');
                }
            }
        }
    }
}
