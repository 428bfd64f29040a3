package dev.newspipe.enrichment.entities.ja;

/**
 * One Kuromoji (IPADIC) token: its surface, UTF-16 offsets into the field text, part of speech
 * (e.g. {@code 名詞-固有名詞-人名-姓}) and whether the dictionary knew the word (unknown words have no reading).
 */
record Token(String surface, int start, int end, String pos, boolean known) {

    boolean isNoun() {
        return pos.startsWith("名詞");
    }

    boolean isProper() {
        return pos.startsWith("名詞-固有名詞");
    }

    boolean isPersonPos() {
        return pos.startsWith("名詞-固有名詞-人名");
    }

    boolean isPlacePos() {
        return pos.startsWith("名詞-固有名詞-地域");
    }

    boolean isOrgPos() {
        return pos.startsWith("名詞-固有名詞-組織");
    }

    boolean isParticle() {
        return pos.startsWith("助詞") || pos.startsWith("助動詞");
    }

    boolean isSymbol() {
        return pos.startsWith("記号");
    }

    boolean isNumber() {
        return pos.startsWith("名詞-数");
    }

    /** Verbal nouns (会談, 昇進): never part of a name. */
    boolean isSahen() {
        return pos.startsWith("名詞-サ変接続");
    }

    /** 県, 市, 町, 区, 州 …: IPADIC's place suffixes. */
    boolean isPlaceSuffix() {
        return pos.startsWith("名詞-接尾-地域");
    }

    /** 氏, さん, 様, 君, ちゃん: IPADIC's person suffixes (honorifics). */
    boolean isPersonSuffix() {
        return pos.startsWith("名詞-接尾-人名");
    }

    int length() {
        return end - start;
    }
}
