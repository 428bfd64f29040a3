package dev.newspipe.enrichment.entities.en;

import java.util.ArrayList;
import java.util.List;

/**
 * "SEOUL, Nov. 3 —", "MEXICO CITY —", "GAZA CITY/JERUSALEM —": the all-caps places a body opens with.
 *
 * @param places token ranges {@code [from, to)} of the places
 * @param end    the token after them (the dash or comma), where names in running text start; 0 without a dateline
 */
record Dateline(List<int[]> places, int end) {

    static final Dateline NONE = new Dateline(List.of(), 0);

    static Dateline find(EnglishText tx) {
        List<Token> tokens = tx.tokens;
        int n = tx.n;
        List<int[]> places = new ArrayList<>();
        int j = 0;
        while (true) {
            int from = j;
            while (j < n && j - from < 4 && tokens.get(j).allCaps() && !tokens.get(j).hasDigit()) {
                j++;
            }
            if (j == from || j >= n) {
                return NONE;
            }
            places.add(new int[] {from, j});
            if (!tokens.get(j).text().equals("/")) {
                break; // several places
            }
            j++;
        }
        String next = tokens.get(j).text();
        if (!(next.equals("—") || next.equals("–") || next.equals("-") || next.equals(",") || next.equals("("))) {
            return NONE;
        }
        return new Dateline(List.copyOf(places), j);
    }
}
