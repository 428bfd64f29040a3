package dev.newspipe.enrichment.topics;

import dev.newspipe.contract.TopicTag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Invented example articles per language, pinning which top-level topics are chosen and which are not. */
class TopicClassifierTest {

    private static final String ECONOMY = "medtop:04000000";
    private static final String POLITICS = "medtop:11000000";
    private static final String SPORT = "medtop:15000000";
    private static final String DISASTER = "medtop:03000000";
    private static final String CRIME = "medtop:02000000";
    private static final String HEALTH = "medtop:07000000";
    private static final String WEATHER = "medtop:17000000";
    private static final String CONFLICT = "medtop:16000000";
    private static final String SCIENCE = "medtop:13000000";
    private static final String LABOUR = "medtop:09000000";
    private static final String EDUCATION = "medtop:05000000";
    private static final String ENVIRONMENT = "medtop:06000000";
    private static final String RELIGION = "medtop:12000000";

    private static TopicClassifier classifier;

    @BeforeAll
    static void build() {
        classifier = new TopicClassifier();
    }

    private static Set<String> tops(String lang, String title, String body) {
        return classifier.classify(lang, title, body).stream().map(TopicTag::top).collect(Collectors.toSet());
    }

    private static Set<String> topLevelTags(String lang, String title, String body) {
        return classifier.classify(lang, title, body).stream().filter(t -> t.code().equals(t.top()))
                .map(TopicTag::code).collect(Collectors.toSet());
    }

    @Test
    void englishEconomyAndMarkets() {
        Set<String> tops = tops("en", "Central bank raises interest rates as inflation stays high",
                "The central bank lifted its benchmark interest rate by 25 basis points on Thursday, saying consumer "
                        + "prices rose faster than expected. Shares fell and bond yields climbed after the decision.");
        assertTrue(tops.contains(ECONOMY), tops.toString());
        assertFalse(tops.contains(SPORT));
    }

    @Test
    void englishSportIsNotEconomy() {
        Set<String> tops = tops("en", "City beat United 3-1 to go top of the league",
                "The striker scored twice in the second half and the goalkeeper saved a penalty as the champions "
                        + "extended their unbeaten run to ten matches. The coach praised the fans at the stadium.");
        assertEquals(Set.of(SPORT), tops);
    }

    @Test
    void englishEarthquakeIsDisaster() {
        Set<String> tops = tops("en", "Magnitude 6.8 earthquake kills dozens in mountain villages",
                "Rescue workers searched collapsed buildings overnight after the quake struck. Thousands of residents "
                        + "were evacuated to shelters and the death toll is expected to rise, officials said.");
        assertTrue(tops.contains(DISASTER), tops.toString());
        assertFalse(tops.contains(ECONOMY));
    }

    @Test
    void englishCourtCaseIsCrime() {
        Set<String> tops = tops("en", "Former mayor sentenced to six years for bribery",
                "A jury found the former mayor guilty of taking bribes from construction firms. The judge said the "
                        + "corruption had damaged public trust; prosecutors had asked for eight years in prison.");
        assertTrue(tops.contains(CRIME), tops.toString());
    }

    @Test
    void englishWarAndTruce() {
        Set<String> tops = tops("en", "Missile strikes hit the capital hours before ceasefire talks",
                "Troops on the front line reported heavy shelling as both armies prepared for peace talks. Civilians "
                        + "sheltered in basements while air defences intercepted drones.");
        assertTrue(tops.contains(CONFLICT), tops.toString());
    }

    @Test
    void englishOutbreakIsHealth() {
        Set<String> tops = tops("en", "Cholera outbreak spreads as hospitals run short of vaccines",
                "Health officials recorded 400 new cases this week. Doctors said patients arrive too late for treatment "
                        + "and the vaccination campaign has stalled.");
        assertTrue(tops.contains(HEALTH), tops.toString());
    }

    @Test
    void englishPluralsAndPhrases() {
        assertEquals(List.of("tariff", "company", "tax", "crisis", "new"),
                WordKeywordMatcher.words("tariffs companies taxes crisis news"));
    }

    @Test
    void japanesePoliticsAndElection() {
        Set<String> tops = tops("ja", "衆院選、与党が過半数を維持　野党は議席伸ばす",
                "第５０回衆院選は２７日投開票され、与党が過半数の議席を確保した。投票率は５３％だった。首相は記者会見で「政権運営に全力を尽くす」と述べた。");
        assertEquals(Set.of(POLITICS), tops);
        assertTrue(classifier.classify("ja", "衆院選、与党が過半数を維持", "投票率は５３％だった。")
                .stream().anyMatch(t -> t.code().equals("medtop:20000574")), "the election subtopic");
    }

    @Test
    void japaneseWeatherAndDisaster() {
        Set<String> tops = tops("ja", "台風１５号が上陸、各地で記録的な大雨",
                "気象庁によると、台風は暴風域を伴って北上している。土砂災害の危険が高まり、自治体は避難指示を出した。");
        assertTrue(tops.contains(WEATHER), tops.toString());
        assertTrue(tops.contains(DISASTER), tops.toString());
    }

    @Test
    void japaneseSportsAndScience() {
        assertEquals(Set.of(SPORT), tops("ja", "サッカー日本代表、Ｗ杯予選で勝利",
                "前半に先制点を挙げ、後半にも追加点。監督は「選手がよく走った」と試合を振り返った。"));
        assertTrue(tops("ja", "探査機が小惑星に着陸", "宇宙航空研究開発機構（ＪＡＸＡ）の探査機が小惑星への着陸に成功し、研究チームが試料を分析する。")
                .contains(SCIENCE));
    }

    @Test
    void japaneseLabourAndEducation() {
        assertTrue(tops("ja", "最低賃金、過去最大の引き上げ", "厚生労働省の審議会は、労働者の賃金を巡り、最低賃金の目安を決めた。労働組合は歓迎した。")
                .contains(LABOUR));
        assertTrue(tops("ja", "公立小学校の教員不足が深刻に", "文部科学省の調査で、小学校や中学校の教員が足りず、授業に支障が出ている学校が多いことがわかった。")
                .contains(EDUCATION));
    }

    @Test
    void japaneseTransfusionResearchIsHealthToo() {
        assertTrue(tops("ja", "培養した赤血球を輸血、臨床研究で副作用なし",
                "大学の研究チームは、細胞から作った赤血球を難病の患者に輸血する臨床研究を行い、副作用は見られなかったと発表した。献血に頼らない技術を目指す。")
                .contains(HEALTH));
    }

    @Test
    void japaneseMinimumWageIsLabourNotPolitics() {
        Set<String> tops = tops("ja", "最低賃金、時給１１００円台に",
                "審議会は最低賃金の目安を時給で５０円引き上げると決めた。働き手の代表は評価し、使用者側は中小企業の負担を懸念した。政府は目標を掲げている。首相も賃上げを求めた。労働局が周知する。");
        assertTrue(tops.contains(LABOUR));
        assertFalse(tops.contains(POLITICS), tops::toString);
    }

    @Test
    void chineseEconomyAndDiplomacy() {
        assertTrue(tops("zh", "央行宣布降准0.5个百分点", "中国人民银行表示，此次降准将释放长期资金约1万亿元，支持实体经济发展。股市应声上涨。")
                .contains(ECONOMY));
        Set<String> diplomacy = tops("zh", "两国外长举行会谈", "双方就双边关系和共同关心的国际问题交换意见，表示将加强战略沟通。");
        assertEquals(Set.of(POLITICS), diplomacy);
    }

    @Test
    void chineseCrimeSportEnvironmentReligion() {
        assertTrue(tops("zh", "警方破获特大跨境赌博案", "公安机关抓获犯罪嫌疑人120名，涉案资金超过10亿元。").contains(CRIME));
        assertEquals(Set.of(SPORT), tops("zh", "女排3比1战胜对手晋级决赛", "比赛中主教练多次调整阵容，球员表现出色。"));
        assertTrue(tops("zh", "湿地候鸟数量创新高", "生态环境部门监测显示，保护区内越冬候鸟种群数量持续增长，生物多样性明显改善。")
                .contains(ENVIRONMENT));
        assertTrue(tops("zh", "教宗在圣诞弥撒中呼吁和平", "数万名信徒聚集在梵蒂冈圣伯多禄广场参加弥撒。").contains(RELIGION));
    }

    @Test
    void atMostThreeTopLevelTopicsAndSubtopicsOnlyUnderThem() {
        String body = "The election campaign, a football match, an earthquake, a new vaccine, a court ruling, rising "
                + "shares, a strike by workers, a church service, a rocket launch and a heatwave all made news.";
        List<TopicTag> tags = classifier.classify("en", "A busy day", body);
        Set<String> topLevel = tags.stream().filter(t -> t.code().equals(t.top())).map(TopicTag::code).collect(Collectors.toSet());
        assertTrue(topLevel.size() <= 3, topLevel.toString());
        for (TopicTag t : tags) {
            assertTrue(topLevel.contains(t.top()), "subtopic under a chosen top: " + t);
            assertTrue(t.score() >= 0 && t.score() <= 1, t.toString());
            assertFalse(t.label().isBlank());
        }
    }

    @Test
    void nothingToSayGivesNoTopics() {
        assertTrue(classifier.classify("en", "", "").isEmpty());
        assertTrue(classifier.classify("en", "Hello", "The quick brown fox jumps over the lazy dog.").isEmpty());
        assertTrue(classifier.classify("ja", "", "").isEmpty());
        assertTrue(classifier.classify("xx", "Election", "election vote ballot").isEmpty(), "no keywords for the language");
        assertTrue(classifier.classify(null, null, null).isEmpty());
    }

    @Test
    void shortKeywordsDoNotMatchInsideOtherWords() {
        // "AI" must not be found inside "RAID"/"MAIN", nor "F1" inside "F16".
        assertTrue(topLevelTags("ja", "RAIDとMAINの説明", "RAID MAIN F16").isEmpty());
        assertFalse(topLevelTags("ja", "ＡＩの新モデル", "生成ＡＩを使った研究").isEmpty());
        assertTrue(topLevelTags("zh", "RAID说明", "MAIN RAID").isEmpty());
    }

    @Test
    void exclusionsHideShorterKeywordsInsideThem() {
        // 兵 (soldier) inside 兵庫 (a prefecture), 連合 (the union federation) inside 欧州連合 (the EU).
        assertTrue(topLevelTags("ja", "兵庫県の兵庫町", "兵庫県").isEmpty());
        assertFalse(tops("ja", "欧州連合の会合", "欧州連合と欧州連合の話").contains(LABOUR));
        // a missile strike is war, not a labour strike
        assertEquals(Set.of(CONFLICT), topLevelTags("en", "Missile strike on a city", "A missile strike hit the city."));
    }

    @Test
    @Timeout(20)
    void hostileAndHugeInputs() {
        StringBuilder big = new StringBuilder();
        Random random = new Random(7);
        while (big.length() < 300_000) {
            big.append((char) random.nextInt(0x10000));
        }
        for (String lang : List.of("en", "ja", "zh")) {
            classifier.classify(lang, big.toString(), big.toString());
            classifier.classify(lang, "選挙".repeat(50_000), "election ".repeat(30_000));
        }
    }
    @Test
    void chineseBorderClashIsConflictAsWellAsDiplomacy() {
        Set<String> tops = tops("zh", "边境交火后两国同意撤军",
                "两国外交部长周二举行会谈。上月两国在边境地区交火，双方随后同意撤军，并从争议地区撤出重型武器。"
                        + "双方表示将通过谈判解决边界争端。");
        assertTrue(tops.contains(CONFLICT), tops.toString());
    }

    @Test
    void chineseDegreeProgrammesAreEducationNotTechnology() {
        Set<String> tops = tops("zh", "多所院校新增人工智能本科专业",
                "省教育考试院公布今年招生计划，多所高校新增本科专业，优化专业设置。考生可在志愿填报前查询高考成绩和院校信息。");
        assertTrue(tops.contains(EDUCATION), tops.toString());
        assertFalse(tops.contains(SCIENCE), tops.toString());
    }
}
