package dev.newspipe.enrichment.entities.ja;

import dev.newspipe.contract.EntityType;
import dev.newspipe.contract.TextField;
import dev.newspipe.enrichment.entities.Countries;
import dev.newspipe.enrichment.entities.EntityMention;
import dev.newspipe.enrichment.entities.EntityRecognizer;
import dev.newspipe.enrichment.entities.chain.Evidence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Japanese names, on invented sentences: what must be found, with which span and type, and what must not. */
class JapaneseEntitiesTest {

    private static EntityRecognizer recognizer;

    @BeforeAll
    static void build() {
        recognizer = JapaneseEntities.chain(new Countries());
    }

    private static List<EntityMention> recognize(String text) {
        List<EntityMention> mentions = recognizer.recognize(TextField.BODY, text);
        for (EntityMention m : mentions) {
            assertEquals(m.text(), text.substring(m.start(), m.end()), "offsets point at the mention");
        }
        return mentions;
    }

    private static void assertFound(String text, String surface, EntityType type) {
        List<EntityMention> mentions = recognize(text);
        assertTrue(mentions.stream().anyMatch(m -> m.text().equals(surface) && m.type() == type),
                () -> surface + " as " + type + " in " + text + " → " + mentions);
    }

    private static void assertNotFound(String text, String surface) {
        List<EntityMention> mentions = recognize(text);
        assertFalse(mentions.stream().anyMatch(m -> m.text().equals(surface)),
                () -> surface + " must not be tagged in " + text + " → " + mentions);
    }

    @Test
    void personsBeforeTitlesWithoutTheTitle() {
        assertFound("山本和也首相は３日、記者会見を開いた。", "山本和也", EntityType.PERSON);
        assertFound("会合には鈴木花子外相も出席した。", "鈴木花子", EntityType.PERSON);
        assertFound("ジョン・スミス米国務長官が来日した。", "ジョン・スミス", EntityType.PERSON);
        assertFound("協議の後、スミス氏は記者団に語った。", "スミス", EntityType.PERSON);
        assertFound("東海銀行の中村一郎頭取は増益を発表した。", "中村一郎", EntityType.PERSON);
        assertNotFound("中村一郎頭取は増益を発表した。", "中村一郎頭取");
    }

    @Test
    void titleQualifiersStayOutOfTheName() {
        assertFound("小川花子北海道知事は視察した。", "小川花子", EntityType.PERSON);
        assertNotFound("小川花子北海道知事は視察した。", "小川花子北海道");
        assertFound("ポール・マーティン英首相が演説した。", "ポール・マーティン", EntityType.PERSON);
    }

    @Test
    void honorificsAndRanks() {
        assertFound("町に住む田村ハナさん（８８）が表彰された。", "田村ハナ", EntityType.PERSON);
        assertFound("横綱朝日山が土俵入りを披露した。", "朝日山", EntityType.PERSON);
        assertNotFound("横綱昇進が決まった。", "昇進");
    }

    @Test
    void commonNounsBeforeTitlesAreNoNames() {
        assertNotFound("会社の社長は辞任した。", "会社");
        assertNotFound("政府の報道官は否定した。", "政府");
        assertTrue(recognize("同社の社長は「回復基調だ」と述べた。").isEmpty());
    }

    @Test
    void everydayWordsBeforeHonorificsAreNoNames() {
        assertTrue(recognize("お客さんや運転手さん、パン屋さんに話を聞いた。").isEmpty());
        assertNotFound("男性容疑者が逮捕された。", "男性");
    }

    @Test
    void legalFormsAndListedCompanies() {
        assertFound("株式会社ミライ・ラボは新製品を発表した。", "株式会社ミライ・ラボ", EntityType.ORGANIZATION);
        assertNotFound("株式会社ミライ・ラボは新製品を発表した。", "ミライ・ラボ");
        assertFound("トヨタ自動車とザルトニクスが提携した。", "ザルトニクス", EntityType.ORGANIZATION);
        assertNotFound("研究チームはｉＰＳ細胞を使った。", "ｉＰＳ");
        assertNotFound("デジタル・トランスフォーメーションが進む。", "デジタル・トランスフォーメーション");
    }

    @Test
    void countriesAndTheirShortForms() {
        EntityMention us = recognize("米国は追加関税を発表した。").get(0);
        assertEquals("米国", us.text());
        assertEquals("US", us.key());
        assertFound("フランスとブラジルが合意した。", "ブラジル", EntityType.LOCATION);
    }

    @Test
    void fusedAbbreviationsAndDemonymsAreNoCountries() {
        assertTrue(recognize("日米首脳会談と米中対立が焦点だ。").isEmpty());
        assertNotFound("中国人観光客が増えた。", "中国");
        assertNotFound("訪日客が過去最多となった。", "日");
        assertNotFound("日本語の授業が始まった。", "日本");
    }

    @Test
    void organisationsBySuffix() {
        assertFound("北陸電気工業は新工場を建てる。", "北陸電気工業", EntityType.ORGANIZATION);
        assertFound("青葉市観光協会が記者会見した。", "青葉市観光協会", EntityType.ORGANIZATION);
        assertFound("国立海洋環境研究機構が調査した。", "国立海洋環境研究機構", EntityType.ORGANIZATION);
        assertNotFound("電気自動車の販売が伸びた。", "電気自動車");
        assertNotFound("国立大学の授業料が上がる。", "国立大学");
        assertNotFound("関係省庁の会議が開かれた。", "関係省庁");
    }

    @Test
    void knownOrganisationsAndAcronyms() {
        assertFound("ＩＭＦは見通しを引き下げた。", "ＩＭＦ", EntityType.ORGANIZATION);
        assertFound("財務省と日銀が協議した。", "日銀", EntityType.ORGANIZATION);
        assertNotFound("日本銀行は利上げを決めた。", "日本");
    }

    @Test
    void placesBySuffixAndPrefecture() {
        List<EntityMention> mentions = recognize("岐阜県高山市で大雪となった。");
        assertTrue(mentions.stream().anyMatch(m -> m.text().equals("岐阜県")));
        assertTrue(mentions.stream().anyMatch(m -> m.text().equals("高山市")));
        assertNotFound("岐阜県高山市で大雪となった。", "岐阜県高山市");
        assertNotFound("インド政府は発表した。", "インド政府");
        assertNotFound("市は避難所を開設した。", "市");
    }

    @Test
    void eventsAndPrizesBlockThePlaceInside() {
        assertNotFound("名古屋場所の初日を迎えた。", "名古屋");
        assertNotFound("日経平均株価が上昇した。", "日経");
    }

    @Test
    void bracketedReadingsAndAcronymsAreAliases() {
        List<EntityMention> mentions = recognize("環太平洋海洋機構（ＰＯＯ）は声明を出した。ＰＯＯは来月会合を開く。");
        assertTrue(mentions.stream().filter(m -> m.text().equals("ＰＯＯ")).count() >= 2, mentions::toString);
        assertFound("仁川（インチョン）で会談した。", "インチョン", EntityType.LOCATION);
        assertFound("日本労働者総同盟（労同）が要求した。", "労同", EntityType.ORGANIZATION);
    }

    @Test
    void katakanaNamesWithMiddleDots() {
        assertFound("作家のマリア・ロドリゲスさんが受賞した。", "マリア・ロドリゲス", EntityType.PERSON);
        assertNotFound("ロシア・サハリン州との交流", "ロシア・サハリン");
    }

    @Test
    void eachMentionSaysWhatItRestsOnWithThatEvidencesConfidence() {
        String text = "山本和也首相は米国を訪れ、環太平洋海洋機構（ＰＯＯ）と株式会社ミライ・ラボを視察した。"
                + "北陸電気工業のマリア・ロドリゲスさんも同行し、主将の石井健一郎が案内した。石井は喜んだ。";
        assertEvidence(text, "山本和也", Evidence.TITLE);
        assertEvidence(text, "米国", Evidence.KNOWN);
        assertEvidence(text, "ＰＯＯ", Evidence.ALIAS);
        assertEvidence(text, "株式会社ミライ・ラボ", Evidence.LEGAL_FORM);
        assertEvidence(text, "北陸電気工業", Evidence.SUFFIX);
        assertEvidence(text, "マリア・ロドリゲス", Evidence.TITLE);
        assertEvidence(text, "石井健一郎", Evidence.TAGGER);
        assertEvidence(text, "石井", Evidence.REFERENCE);
    }

    /**
     * Every mention of {@code surface} in {@code text} rests on {@code evidence}, with its confidence; an alias is no
     * surer than the name it abbreviates.
     */
    private static void assertEvidence(String text, String surface, Evidence evidence) {
        List<EntityMention> mentions = recognize(text).stream().filter(m -> m.text().equals(surface)).toList();
        assertFalse(mentions.isEmpty(), () -> surface + " in " + text + " → " + recognize(text));
        for (EntityMention m : mentions) {
            assertEquals(evidence, m.evidence(), m::toString);
            if (evidence == Evidence.ALIAS) {
                assertTrue(m.confidence() <= evidence.confidence(), m::toString);
            } else {
                assertEquals(evidence.confidence(), m.confidence(), 1e-9, m::toString);
            }
        }
    }

    @Test
    void emptyAndJunkInputNeverThrow() {
        assertTrue(recognize("").isEmpty());
        assertTrue(recognize("   ").isEmpty());
        Random random = new Random(7);
        StringBuilder junk = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            junk.append((char) random.nextInt(0xFFFF));
        }
        recognize(junk.toString());
        recognize("（（（（（（（（（（氏氏氏氏さんさん首相首相・・・・ＡＡＡＡＡＡ）");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void longTextStaysFast() {
        String sentence = "東京都の山田一郎知事は、ＡＳＥＡＮ諸国との協力を巡り、トヨタ自動車や日本銀行と協議した。";
        StringBuilder text = new StringBuilder();
        while (text.length() < 200_000) {
            text.append(sentence);
        }
        assertFalse(recognize(text.toString()).isEmpty());
    }
    @Test
    void clubsFusedWithAPlaceAreOrganisations() {
        assertFound("浦安ブレイザーズが開幕戦に勝った。", "浦安ブレイザーズ", EntityType.ORGANIZATION);
        assertNotFound("浦安ブレイザーズが開幕戦に勝った。", "浦安");
        assertFound("昨季王者のグリフォンズ金沢を破った。", "グリフォンズ金沢", EntityType.ORGANIZATION);
        assertNotFound("昨季王者のグリフォンズ金沢を破った。", "金沢");
        assertFound("ガイナーレ鳥取と対戦した。", "ガイナーレ鳥取", EntityType.ORGANIZATION);
        assertNotFound("中国メディアが伝えた。", "中国メディア");
    }

    @Test
    void headOfficeInBracketsMakesAnOrganisation() {
        assertFound("開発したのはベンチャーのミナモ・バイオ（仙台市）で、", "ミナモ・バイオ", EntityType.ORGANIZATION);
        assertFound("運営会社のサクラネット北陸（金沢市）は謝罪した。", "サクラネット北陸", EntityType.ORGANIZATION);
        assertFound("市内に住む田中ハナ（仙台市）は", "田中ハナ", EntityType.PERSON);
        assertNotFound("大会の結果、アンナ・ベルク（ドイツ）が優勝した。", "アンナ・ベルク（ドイツ）");
    }

    @Test
    void newspapersAndJournalsAfterTheirKind() {
        assertFound("米科学誌サイエンス・アドバンシズに掲載された。", "サイエンス・アドバンシズ", EntityType.ORGANIZATION);
        assertFound("英紙ガーディアンが報じた。", "ガーディアン", EntityType.ORGANIZATION);
        assertNotFound("英紙ガーディアンが報じた。", "英紙ガーディアン");
    }

    @Test
    void splitKatakanaFirstNamesAndOneCharacterFamilyNames() {
        assertFound("新加入のミカエラ・コバチが活躍した。", "ミカエラ・コバチ", EntityType.PERSON);
        assertFound("エースの関真瑚が２０得点を挙げた。", "関真瑚", EntityType.PERSON);
        assertNotFound("森林の保全を進める。", "森林");
    }

    @Test
    void titlesOfHeadsOfUnitsAndLocalAssemblies() {
        assertFound("漁協の高田和夫組合長は懸念を示した。", "高田和夫", EntityType.PERSON);
        assertNotFound("漁協の高田和夫組合長は懸念を示した。", "高田和夫組合");
        assertFound("商工会議所の小川一郎会頭が述べた。", "小川一郎", EntityType.PERSON);
        assertFound("山下健太市議が質問した。", "山下健太", EntityType.PERSON);
        assertFound("財務省の高橋直人局長が説明した。", "高橋直人", EntityType.PERSON);
    }

    @Test
    void armedForcesMissionsAndPresidentialOffices() {
        assertFound("タイ軍とカンボジア軍が国境で交戦した。", "タイ軍", EntityType.ORGANIZATION);
        assertFound("ポーランド空軍によると、無人機を撃墜した。", "ポーランド空軍", EntityType.ORGANIZATION);
        assertFound("国連停戦監視団によると、死者が増えた。", "国連停戦監視団", EntityType.ORGANIZATION);
        assertFound("ウクライナ大統領府の報道官は否定した。", "ウクライナ大統領府", EntityType.ORGANIZATION);
        assertNotFound("政府軍と反政府勢力が衝突した。", "政府軍");
        assertFound("仙台管区気象台が発表した。", "仙台管区気象台", EntityType.ORGANIZATION);
    }

    @Test
    void verbalNounsAndTitlesAreNoOrganisationEndings() {
        assertNotFound("新知事の初登庁は３日だ。", "初登庁");
        assertTrue(recognize("帰省客で混雑した。").isEmpty());
    }

    @Test
    void regionsNamedWithTheirPart() {
        assertFound("前線は東北南部に停滞する。", "東北南部", EntityType.LOCATION);
        assertFound("北陸地方で大雪となった。", "北陸地方", EntityType.LOCATION);
        assertFound("甲信越地方の梅雨明け", "甲信越地方", EntityType.LOCATION);
        assertFound("ロシア南部で爆発があった。", "ロシア", EntityType.LOCATION);
        assertNotFound("ロシア南部で爆発があった。", "ロシア南部");
    }

    @Test
    void capitalsOfProvincesAfterNo() {
        assertFound("ヘルソン州の州都ヘルソニで停電が起きた。", "ヘルソニ", EntityType.LOCATION);
    }

    @Test
    void clubsTheDictionaryKnowsKeepTheirType() {
        assertFound("サンフレッチェ広島が勝った。", "サンフレッチェ広島", EntityType.ORGANIZATION);
    }
    @Test
    void occupationsBeforeANameStayOutOfIt() {
        assertFound("住所不定、無職山川太一容疑者（４２）を逮捕した。", "山川太一", EntityType.PERSON);
        assertNotFound("住所不定、無職山川太一容疑者（４２）を逮捕した。", "無職山川太一");
    }

    @Test
    void manufacturersNamedByTheirTrade() {
        assertFound("部品メーカーの岡崎精工が増産する。", "岡崎精工", EntityType.ORGANIZATION);
        assertNotFound("精密な精工技術", "精工");
    }

    @Test
    void aKnownNameIsNotCutByAWeakEnding() {
        assertFound("国土交通省北陸地方整備局によると、", "国土交通省北陸地方整備局", EntityType.ORGANIZATION);
        assertNotFound("国土交通省北陸地方整備局によると、", "交通省北陸地方整備局");
    }

    @Test
    void electionsAndDisastersNamedAfterAPlace() {
        assertNotFound("能登半島地震の被災地を訪れた。", "能登半島");
        assertFound("能登半島の先端に位置する。", "能登半島", EntityType.LOCATION);
        assertNotFound("北陸南部豪雨から５年。", "北陸");
        assertNotFound("北陸南部豪雨から５年。", "北陸南部");
        assertNotFound("参院選の公示を控えた。", "参院");
        assertNotFound("阪神大震災から３０年となった。", "阪神");
    }
    @Test
    void givenNamesWhoseLastKanjiTheDictionaryReadsApart() {
        assertFound("大谷翔平（ドジャース）が本塁打を放った。", "大谷翔平", EntityType.PERSON);
        assertNotFound("大谷翔平（ドジャース）が本塁打を放った。", "大谷翔");
        assertFound("将棋の藤井聡太七冠が防衛した。", "藤井聡太", EntityType.PERSON);
        assertFound("山田太郎県知事が視察した。", "山田太郎", EntityType.PERSON);
    }

    @Test
    void aClubInBracketsAfterAPersonIsNoReading() {
        assertFound("大谷翔平（ドジャース）が本塁打を放った。", "ドジャース", EntityType.ORGANIZATION);
        assertNotFound("大谷翔平（ドジャース）が本塁打を放った。", "ドジャース（");
        assertFound("尹錫悦（ユン・ソンニョル）大統領が来日した。", "ユン・ソンニョル", EntityType.PERSON);
    }

    @Test
    void boardsOfEducationByTheirShortForm() {
        assertFound("福岡県教委によると、欠員が増えた。", "福岡県教委", EntityType.ORGANIZATION);
        assertNotFound("県教委によると、欠員が増えた。", "県教委");
    }
    @Test
    void familyNameAloneRefersBackToAPersonNamedInFull() {
        assertFound("主将の石井健一郎が区間賞。石井は「最高の走り」と話した。", "石井", EntityType.PERSON);
        assertFound("エースの関真瑚が活躍した。関は笑顔を見せた。", "関", EntityType.PERSON);
        assertNotFound("エースの林美羽が活躍した。林業の町だ。", "林業");
        assertTrue(recognize("石井は笑顔を見せた。").stream().noneMatch(m -> m.text().equals("石井")));
    }
    @Test
    void localAssembliesUnionsAndCooperatives() {
        assertFound("松江市議会は条例案を可決した。", "松江市議会", EntityType.ORGANIZATION);
        assertNotFound("松江市議会は条例案を可決した。", "松江市");
        assertTrue(recognize("県議会で可決した。").isEmpty());
        assertFound("ホンダ労組は回答を受け入れた。", "ホンダ労組", EntityType.ORGANIZATION);
        assertFound("唐津漁協の組合員", "唐津漁協", EntityType.ORGANIZATION);
    }
    @Test
    void municipalitiesWrittenWithInside() {
        assertFound("西条市内の学校で訓練があった。", "西条市", EntityType.LOCATION);
        assertNotFound("西条市内の学校で訓練があった。", "西条");
        assertTrue(recognize("同市内で訓練があった。").isEmpty());
    }

    @Test
    void headOfficeAfterHonsha() {
        assertFound("ハルカ電子（本社・京都市）は新製品を発表した。", "ハルカ電子", EntityType.ORGANIZATION);
        assertFound("株式会社ミライテック（本社・東京）は", "株式会社ミライテック", EntityType.ORGANIZATION);
    }
    @Test
    void shortFormsOfAgenciesAndPrivateRailways() {
        assertFound("海保によると、漁船が転覆した。", "海保", EntityType.ORGANIZATION);
        assertFound("京王と東京メトロが運転を見合わせた。", "東京メトロ", EntityType.ORGANIZATION);
        assertNotFound("京王と東京メトロが運転を見合わせた。", "東京");
    }
    @Test
    void shortFormsOfPartiesAndTheirPairs() {
        assertFound("立憲、国民民主両党が反対した。", "立憲", EntityType.ORGANIZATION);
        assertFound("立憲、国民民主両党が反対した。", "国民民主", EntityType.ORGANIZATION);
        assertNotFound("立憲、国民民主両党が反対した。", "国民民主両党");
        assertTrue(recognize("明治維新の後、共産主義が広まった。").isEmpty());
    }
    @Test
    void kindsOfUniversitiesAreNoNames() {
        assertTrue(recognize("難関大学や総合大学、女子大学を志望する。").isEmpty());
        assertFound("東京女子大学の学長が述べた。", "東京女子大学", EntityType.ORGANIZATION);
    }
}
