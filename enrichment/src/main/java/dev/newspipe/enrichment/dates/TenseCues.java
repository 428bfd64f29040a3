package dev.newspipe.enrichment.dates;

import dev.newspipe.enrichment.Resources;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses whether a bare weekday ("Thursday", 木曜日, 周四) points back or forward, from the tense cues
 * around it ({@code dates/<lang>/tense.tsv}: rows {@code PAST|FUTURE <tab> regex}, plus settings rows
 * {@code default <tab> PAST|FUTURE}, {@code before_weight} and {@code after_weight}). The cue nearest to the
 * weekday wins, distances being weighted by side (English and Chinese verbs mostly come before the time
 * phrase, Japanese ones after). The clause is searched first, then the whole sentence. Immutable.
 */
final class TenseCues {

    enum Direction { PAST, FUTURE }

    private record Cue(Direction direction, Pattern pattern) {
    }

    private final List<Cue> cues = new ArrayList<>();
    private final Direction fallback;
    private final double beforeWeight;
    private final double afterWeight;

    TenseCues(String path, Map<String, String> macros, BiFunction<String, Map<String, String>, String> expander) {
        Direction def = Direction.PAST;
        double before = 1.0;
        double after = 1.0;
        for (String[] row : Resources.tsv(path)) {
            if (row.length < 2) {
                continue;
            }
            String key = row[0].strip();
            String value = row[1].strip();
            switch (key) {
                case "default" -> def = Direction.valueOf(value);
                case "before_weight" -> before = Double.parseDouble(value);
                case "after_weight" -> after = Double.parseDouble(value);
                default -> cues.add(new Cue(Direction.valueOf(key), Pattern.compile(expander.apply(value, macros))));
            }
        }
        this.fallback = def;
        this.beforeWeight = before;
        this.afterWeight = after;
    }

    /**
     * The direction implied around {@code [start, end)} of {@code text}: the nearest cue in the clause
     * {@code [clauseStart, clauseEnd)}, else in the sentence, else the language's default.
     */
    Direction guess(String text, int start, int end, int clauseStart, int clauseEnd, int sentenceStart, int sentenceEnd) {
        Direction d = nearest(text, start, end, clauseStart, clauseEnd);
        if (d == null) {
            d = nearest(text, start, end, sentenceStart, sentenceEnd);
        }
        return d == null ? fallback : d;
    }

    private Direction nearest(String text, int start, int end, int from, int to) {
        double best = Double.MAX_VALUE;
        Direction bestDirection = null;
        for (Cue cue : cues) {
            Matcher m = cue.pattern().matcher(text);
            m.region(from, to);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            while (m.find()) {
                double distance;
                if (m.end() <= start) {
                    distance = (start - m.end()) * beforeWeight;
                } else if (m.start() >= end) {
                    distance = (m.start() - end) * afterWeight;
                } else {
                    continue;
                }
                if (distance < best || (distance == best && cue.direction() == Direction.FUTURE)) {
                    best = distance;
                    bestDirection = cue.direction();
                }
            }
        }
        return bestDirection;
    }
}
