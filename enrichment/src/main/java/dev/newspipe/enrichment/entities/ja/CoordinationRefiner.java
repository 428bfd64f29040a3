package dev.newspipe.enrichment.entities.ja;

import dev.newspipe.contract.EntityType;
import dev.newspipe.enrichment.entities.chain.Arbitration;
import dev.newspipe.enrichment.entities.chain.Evidence;
import dev.newspipe.enrichment.entities.chain.Proposal;
import dev.newspipe.enrichment.entities.chain.Refiner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Companies the dictionary does not know, recognised by the company they are listed with: an unknown
 * katakana or Latin word coordinated with an organisation (東映とマッドハウス, ＮＴＴや＊＊) or named as
 * its subsidiary (伊藤忠商事傘下の〜). In a list only unknown words count: known katakana words are common
 * nouns (東映とアニメ).
 */
final class CoordinationRefiner implements Refiner<FieldText> {

    private static final Set<String> COORDINATORS = Set.of("と", "や", "、", "，", "・", "及び", "および", "または");
    private static final Set<String> SUBSIDIARY = Set.of("傘下", "子会社", "系列", "グループ会社");

    @Override
    public List<Proposal> refine(FieldText field, List<Proposal> chosen) {
        Proposal[] startingAt = new Proposal[field.text.length() + 1];
        Proposal[] endingAt = new Proposal[field.text.length() + 1];
        for (Proposal c : chosen) {
            startingAt[c.start()] = c;
            endingAt[c.end()] = c;
        }
        TakenChars taken = new TakenChars(field.text.length(), chosen);
        List<Proposal> added = new ArrayList<>();
        for (int i = 0; i < field.size(); i++) {
            int j = i;
            boolean unknown = false;
            while (j < field.size() && foreignWord(field.token(j))) {
                unknown |= !field.token(j).known();
                j++;
            }
            if (j == i) {
                continue;
            }
            int start = field.token(i).start();
            int end = field.token(j - 1).end();
            if (end - start >= 3 && taken.isFree(start, end)
                    && (unknown && coordinatedWithOrganisation(field, i, j - 1, startingAt, endingAt)
                        || subsidiaryOfOrganisation(field, i, endingAt))) {
                added.add(Proposal.of(start, end, EntityType.ORGANIZATION, Evidence.CONTEXT));
            }
            i = j - 1;
        }
        return Arbitration.withAdded(chosen, added);
    }

    private static boolean foreignWord(Token t) {
        if (!t.isNoun() && !t.pos().startsWith("記号-アルファベット")) {
            return false;
        }
        String s = t.surface();
        return Scripts.allKatakana(s) || Scripts.hasLatin(s) && !Scripts.isDigit(s.charAt(0));
    }

    private static boolean coordinatedWithOrganisation(FieldText field, int first, int last, Proposal[] startingAt,
            Proposal[] endingAt) {
        Token before = field.token(first - 1);
        if (before != null && COORDINATORS.contains(before.surface()) && isOrg(endingAt[before.start()])) {
            return true;
        }
        Token after = field.token(last + 1);
        return after != null && COORDINATORS.contains(after.surface()) && after.end() < startingAt.length
                && isOrg(startingAt[after.end()]);
    }

    /** 伊藤忠商事傘下のファミリーマート: what an organisation owns is an organisation, known words or not. */
    private static boolean subsidiaryOfOrganisation(FieldText field, int first, Proposal[] endingAt) {
        Token before = field.token(first - 1);
        Token beforeThat = field.token(first - 2);
        return before != null && beforeThat != null && before.surface().equals("の")
                && SUBSIDIARY.contains(beforeThat.surface()) && isOrg(endingAt[beforeThat.start()]);
    }

    private static boolean isOrg(Proposal c) {
        return c != null && c.type() == EntityType.ORGANIZATION;
    }
}
