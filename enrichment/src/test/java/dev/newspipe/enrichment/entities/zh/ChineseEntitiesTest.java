package dev.newspipe.enrichment.entities.zh;

import dev.newspipe.contract.EntityType;
import dev.newspipe.contract.TextField;
import dev.newspipe.enrichment.entities.Countries;
import dev.newspipe.enrichment.entities.EntityMention;
import dev.newspipe.enrichment.entities.EntityRecognizer;
import dev.newspipe.enrichment.entities.chain.EntityChain;
import dev.newspipe.enrichment.entities.chain.Evidence;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class ChineseEntitiesTest {

    private static final EntityRecognizer RECOGNIZER = ChineseEntities.chain(new Countries());

    private static Map<String, EntityType> tag(String text) {
        List<EntityMention> mentions = RECOGNIZER.recognize(TextField.BODY, text);
        for (EntityMention m : mentions) {
            assertEquals(m.text(), text.substring(m.start(), m.end()), "offsets must point at the surface");
        }
        return mentions.stream().collect(Collectors.toMap(EntityMention::text, EntityMention::type, (a, b) -> a));
    }

    @Test
    void knownPeopleOrganisationsAndPlaces() {
        Map<String, EntityType> found = tag("俄罗斯总统普京在莫斯科会见了来访的联合国秘书长古特雷斯。");
        assertEquals(EntityType.LOCATION, found.get("俄罗斯"));
        assertEquals(EntityType.PERSON, found.get("普京"));
        assertEquals(EntityType.LOCATION, found.get("莫斯科"));
        assertEquals(EntityType.ORGANIZATION, found.get("联合国"));
        assertEquals(EntityType.PERSON, found.get("古特雷斯"));
    }

    @Test
    void countriesGetIsoKeysAndPeopleEnglishSlugs() {
        List<EntityMention> mentions = RECOGNIZER.recognize(TextField.TITLE, "美国总统特朗普抵达日本");
        assertTrue(mentions.stream().anyMatch(m -> m.text().equals("美国") && "US".equals(m.key())));
        assertTrue(mentions.stream().anyMatch(m -> m.text().equals("特朗普") && "donald-trump".equals(m.key())));
    }

    @Test
    void chineseNamesAfterTitlesOrBeforeSpeechVerbs() {
        Map<String, EntityType> found = tag("某某科技公司董事长周建华表示，今年营收将增长。研究员孔德明指出，风险仍在。");
        assertEquals(EntityType.PERSON, found.get("周建华"));
        assertEquals(EntityType.PERSON, found.get("孔德明"));
        assertFalse(found.containsKey("董事长周建华"), "the title is not part of the name");
    }

    @Test
    void givenNameDoesNotSwallowAFunctionCharacter() {
        Map<String, EntityType> found = tag("市长范伟在会上讲话。");
        assertEquals(EntityType.PERSON, found.get("范伟"));
    }

    @Test
    void transliteratedNamesInPersonContextAndDottedNames() {
        Map<String, EntityType> found = tag("足球运动员克里斯蒂亚诺·罗纳尔多在赛后说，球队表现出色。罗纳尔多还感谢了球迷。");
        assertEquals(EntityType.PERSON, found.get("克里斯蒂亚诺·罗纳尔多"));
        assertEquals(EntityType.PERSON, found.get("罗纳尔多"));
    }

    @Test
    void organisationsBuiltFromSuffixes() {
        Map<String, EntityType> found = tag("中国钢铁工业协会发布报告。浙江省教育厅负责人表示支持。");
        assertEquals(EntityType.ORGANIZATION, found.get("中国钢铁工业协会"));
        assertEquals(EntityType.ORGANIZATION, found.get("浙江省教育厅"));
    }

    @Test
    void countryBeforeAMinistryIsTheMinistry() {
        Map<String, EntityType> found = tag("中国商务部新闻发言人回答了记者提问。");
        assertEquals(EntityType.ORGANIZATION, found.get("中国商务部"));
    }

    @Test
    void companyWithLegalFormKeepsItsCanonicalName() {
        List<EntityMention> mentions = RECOGNIZER.recognize(TextField.BODY, "华为公司今天发布新品。");
        assertTrue(mentions.stream().anyMatch(m -> m.text().equals("华为公司") && "huawei".equals(m.key())));
    }

    @Test
    void placesAfterACountryAndWithAdministrativeSuffixes() {
        Map<String, EntityType> found = tag("该工厂位于匈牙利德布勒森，另一座工厂建在越南平阳省。");
        assertEquals(EntityType.LOCATION, found.get("匈牙利"));
        assertEquals(EntityType.LOCATION, found.get("德布勒森"));
        assertEquals(EntityType.LOCATION, found.get("平阳省"));
    }

    @Test
    void latinAliasInParentheses() {
        Map<String, EntityType> found = tag("世界卫生组织（WHO）当天发布通报。");
        assertEquals(EntityType.ORGANIZATION, found.get("世界卫生组织"));
        assertEquals(EntityType.ORGANIZATION, found.get("WHO"));
    }

    @Test
    void notTagged() {
        Map<String, EntityType> found = tag("中美两国关系受到关注，中方和美方都表示克制。很多中国人喜欢这部电影。外交部长出席会议。");
        assertFalse(found.containsKey("中美"));
        assertFalse(found.containsKey("中方"));
        assertFalse(found.containsKey("美方"));
        assertFalse(found.containsKey("中国人"));
        assertFalse(found.containsKey("中国"), "中国 in 中国人 is a demonym");
        assertFalse(found.containsKey("外交部"), "外交部长 is a title");
        assertTrue(tag("一家杭州机器人公司获得融资。").keySet().stream().noneMatch(s -> s.endsWith("公司")),
                "a place + description + 公司 describes a company, it does not name one");
    }

    @Test
    void eventNamesAreNotPlaces() {
        assertFalse(tag("第十届亚洲冬季运动会开幕。").containsKey("亚洲"));
    }

    @Test
    void traditionalChinese() {
        Map<String, EntityType> found = tag("美國總統川普在白宮會見日本首相，國務院發言人表示歡迎。");
        assertEquals(EntityType.LOCATION, found.get("美國"));
        assertEquals(EntityType.PERSON, found.get("川普"));
        assertEquals(EntityType.LOCATION, found.get("白宮"));
        assertEquals(EntityType.ORGANIZATION, found.get("國務院"));
    }

    @Test
    void emptyJunkAndHugeInputs() {
        assertTrue(RECOGNIZER.recognize(TextField.BODY, "").isEmpty());
        RECOGNIZER.recognize(TextField.BODY, "\u0000\uFFFF\uD800abc·····（（（)))");
        StringBuilder big = new StringBuilder();
        while (big.length() < 200_000) {
            big.append("中国汽车工业协会预计，比亚迪董事长王某某表示·阿·巴·卡·达");
        }
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> RECOGNIZER.recognize(TextField.BODY, big.toString()));
    }
    @Test
    void reportersNamedInABylineAreNames() {
        Map<String, EntityType> found = tag("（记者 欧阳明轩 晏可欣）本市今天举行城市马拉松。");
        assertEquals(EntityType.PERSON, found.get("欧阳明轩"));
        assertEquals(EntityType.PERSON, found.get("晏可欣"));
        assertEquals(EntityType.PERSON, tag("南国晚报记者 钱嘉树\n昨天下午，暴雨袭城。").get("钱嘉树"));
        assertEquals(EntityType.PERSON, tag("（记者次仁央宗、杜一鸣）当地牧区迎来降雪。").get("次仁央宗"));
        assertTrue(tag("记者从市交通局获悉，地铁将延长运营。").keySet().stream().noneMatch(s -> s.startsWith("从")),
                "记者 run into a sentence is not a byline");
    }

    @Test
    void roleWordsEndingInRoleCharactersActLikeTitles() {
        Map<String, EntityType> found = tag("值班调度员倪晓峰介绍了情况。证券分析师邝宇航认为前景向好。");
        assertEquals(EntityType.PERSON, found.get("倪晓峰"));
        assertEquals(EntityType.PERSON, found.get("邝宇航"));
        assertFalse(found.containsKey("师邝宇航"), "the 师 of 分析师 is not a surname");
        assertTrue(tag("有关人员于二〇二四年三月完成整改。").keySet().stream().noneMatch(s -> s.startsWith("于")),
                "a preposition after a role word is not a surname");
        assertFalse(tag("老师和学生一起参加了活动。").containsKey("和学生"));
    }

    @Test
    void surnameWithHonorificRefersBackToANamedPerson() {
        Map<String, EntityType> found = tag("村民雷振山说，今年收成不错。“日子越过越好了。”雷大爷笑着说。");
        assertEquals(EntityType.PERSON, found.get("雷振山"));
        assertFalse(tag("一位姓雷的先生打来电话。").containsKey("雷"), "no named person with that surname");
    }

    @Test
    void newsOutletsInDatelines() {
        assertEquals(EntityType.ORGANIZATION, tag("江城晚报讯 昨日，市区一处老旧小区完成改造。").get("江城晚报"));
        assertEquals(EntityType.ORGANIZATION, tag("荆楚网3月2日讯 湖北省多地迎来降雨。").get("荆楚网"));
        assertFalse(tag("本报讯 昨日召开会议。").containsKey("本报"));
        assertFalse(tag("人民网络安全意识不断提高。").containsKey("人民网"), "a site name run into 网络 is not the site");
    }

    @Test
    void clubTeamsNamedByCityAndName() {
        Map<String, EntityType> found = tag("武汉三镇队主场迎战浙江绿城队。赛后，三镇队主帅表示满意，浙江绿城球迷也很兴奋。");
        assertEquals(EntityType.ORGANIZATION, found.get("武汉三镇队"));
        assertEquals(EntityType.ORGANIZATION, found.get("浙江绿城队"));
        assertEquals(EntityType.ORGANIZATION, found.get("三镇队"));
        assertEquals(EntityType.ORGANIZATION, found.get("浙江绿城"));
        assertFalse(tag("上海代表队获得团体冠军。").containsKey("上海代表队"), "a delegation, not a club");
    }

    @Test
    void placesWrittenAfterPlaces() {
        Map<String, EntityType> found = tag("四川省甘孜藏族自治州稻城县桑堆乡发生山火，广东省韶关市乐昌市也有险情。");
        assertEquals(EntityType.LOCATION, found.get("甘孜藏族自治州"));
        assertEquals(EntityType.LOCATION, found.get("稻城县"));
        assertEquals(EntityType.LOCATION, found.get("桑堆乡"));
        assertEquals(EntityType.LOCATION, tag("浙江省舟山市普陀区出现大风。").get("普陀区"));
    }

    @Test
    void placesFoundByTheRulesOpenOrganisationNames() {
        Map<String, EntityType> found = tag("江西省瑞金市发布通报。瑞金市市场监督管理局随后立案调查。");
        assertEquals(EntityType.LOCATION, found.get("瑞金市"));
        assertEquals(EntityType.ORGANIZATION, found.get("瑞金市市场监督管理局"));
    }

    @Test
    void facilitiesAndNaturalFeaturesOfUnknownNames() {
        Map<String, EntityType> found = tag("渔船停靠在广东省茂名市庙岭岛避风。");
        assertEquals(EntityType.LOCATION, found.get("庙岭岛"));
        assertFalse(found.containsKey("茂名市庙"), "a one-character suffix (庙) inside an unknown name does not end it");
        Map<String, EntityType> lakes = tag("候鸟陆续飞抵查干湖、鄱阳湖越冬。");
        assertEquals(EntityType.LOCATION, lakes.get("查干湖"));
        assertEquals(EntityType.LOCATION, tag("火箭在太原卫星发射中心点火升空。").get("太原卫星发射中心"));
        assertFalse(tag("我国新设立一批国家公园。").containsKey("国家公园"), "a kind of place, not one");
    }

    @Test
    void organisationNamesExtendOverTheBodiesTheyBelongTo() {
        Map<String, EntityType> found = tag("中国科学院南海海洋研究所发布报告，湖南省长沙市中级人民法院作出判决。");
        assertEquals(EntityType.ORGANIZATION, found.get("中国科学院南海海洋研究所"));
        assertEquals(EntityType.ORGANIZATION, found.get("湖南省长沙市中级人民法院"));
        assertEquals(EntityType.ORGANIZATION, tag("南京医科大学附属苏州医院专家会诊。").get("南京医科大学附属苏州医院"));
        assertEquals(EntityType.ORGANIZATION, tag("据上海中院通报，案件已审结。").get("上海中院"));
        assertEquals(EntityType.ORGANIZATION, tag("山西省人大常委会审议了草案。").get("山西省人大常委会"));
        assertEquals(EntityType.ORGANIZATION, tag("国家气象中心和北京市气象台发布预警。").get("北京市气象台"));
    }

    @Test
    void organisationRulesKeepVerbsAndForeignNamesApart() {
        assertFalse(tag("教育部组织专家评审。").containsKey("教育部组织"), "组织 here is a verb");
        assertEquals(EntityType.ORGANIZATION, tag("他曾在法国阿尔斯通集团工作。").get("阿尔斯通集团"));
    }
    @Test
    void tibetanNamesOfTwoElements() {
        Map<String, EntityType> found = tag("乡村医生索朗卓玛说，今年村里新建了卫生室。技术员次旦多吉表示，设备已经到位。");
        assertEquals(EntityType.PERSON, found.get("索朗卓玛"));
        assertEquals(EntityType.PERSON, found.get("次旦多吉"));
    }

    @Test
    void financialFirmsQuotedWithTheirAnalysts() {
        Map<String, EntityType> found = tag("海通证券首席经济学家表示，降息仍有空间。广发基金认为市场将回暖。");
        assertEquals(EntityType.ORGANIZATION, found.get("海通证券"));
        assertEquals(EntityType.ORGANIZATION, found.get("广发基金"));
        assertFalse(tag("投资者购买证券基金时应注意风险。").keySet().stream().anyMatch(s -> s.endsWith("基金")));
    }

    @Test
    void riverMouthsAndNamesOpeningWithANumeral() {
        assertEquals(EntityType.LOCATION, tag("长江口禁渔成效明显。").get("长江口"));
        Map<String, EntityType> found = tag("游客走进四姑娘山国家公园，也有人前往九龙国家公园。");
        assertFalse(found.containsKey("姑娘山国家公园"), "the numeral opens the name");
    }

    @Test
    void knownNameIsNotSwallowedByAGuessRunningIntoTheNextWord() {
        // a person in the gazetteer, run on into 本|周 by the transliteration rule after the title
        Map<String, EntityType> found = tag("联合国秘书长古特雷斯本周访问开罗。");
        assertEquals(EntityType.PERSON, found.get("古特雷斯"));
        assertFalse(found.containsKey("古特雷斯本"));
        // a name confirmed earlier in the same text, at every later occurrence
        List<EntityMention> mentions = RECOGNIZER.recognize(TextField.BODY, "发言人萨洛米表示将加强合作。发言人萨洛米本周还将访问开罗。");
        assertEquals(2, mentions.stream().filter(m -> m.text().equals("萨洛米")).count());
        assertTrue(mentions.stream().noneMatch(m -> m.text().equals("萨洛米本")));
    }

    @Test
    void knownNameAsTheLastPartOfADottedNameIsNotRunOn() {
        Map<String, EntityType> found = tag("发言人萨洛米表示将加强合作。玛丽亚·萨洛米本周还将访问开罗。");
        assertEquals(EntityType.PERSON, found.get("玛丽亚·萨洛米"));
        assertFalse(found.containsKey("玛丽亚·萨洛米本"));
    }

    @Test
    void knownNameContinuedByANameCharacterKeepsTheLongerName() {
        Map<String, EntityType> found = tag("发言人萨洛表示将加强合作。大使萨洛米表示欢迎。");
        assertEquals(EntityType.PERSON, found.get("萨洛"));
        assertEquals(EntityType.PERSON, found.get("萨洛米"), "米 may continue a name: the longer guess stands");
    }

    @Test
    void givenNameDoesNotSwallowAVerbTakingAnObject() {
        Map<String, EntityType> found = tag("前锋张海接队友传球破门。");
        assertEquals(EntityType.PERSON, found.get("张海"));
        assertFalse(found.containsKey("张海接"));
    }

    @Test
    void aGuessDoesNotStartInsideAPlaceReadToItsLeft() {
        Map<String, EntityType> found = tag("该镇位于四川省资阳市安岳县，距离县城不远。");
        assertEquals(EntityType.LOCATION, found.get("资阳市"));
        assertEquals(EntityType.LOCATION, found.get("安岳县"));
        assertFalse(found.containsKey("阳市安岳县"), "the run of unknown characters before 县 does not reach into 资阳市");
    }

    @Test
    void mentionsSayWhatEvidenceTheyRestOn() {
        List<EntityMention> mentions = RECOGNIZER.recognize(TextField.BODY, "美国一家科技公司董事长周建华表示，营收将增长。");
        assertEquals(Evidence.KNOWN, evidenceOf(mentions, "美国"));
        assertEquals(Evidence.CONTEXT, evidenceOf(mentions, "周建华"));
    }

    @Test
    void theChosenNamesDoNotDependOnTheOrderOfTheAnnotators() {
        ZhLexicon lex = new ZhLexicon(new Countries());
        EntityRecognizer reversed = EntityChain.analyzing(new ChineseAnalyzer(lex))
                .annotate(new PersonRules(lex))
                .annotate(new OrganizationRules(lex))
                .annotate(new PlaceNames())
                .annotate(new KnownNames())
                .then(new LatinAliases(lex))
                .then(new NotNameFilter(lex.notNames))
                .then(new EventNameFilter())
                .build();
        for (String text : List.of("该工厂位于匈牙利德布勒森，德布勒森表示欢迎。", "该镇位于四川省资阳市安岳县，距离县城不远。",
                "招商证券分析师表示，东南网7月8日讯。武汉三镇队主场迎战浙江绿城队。")) {
            assertEquals(RECOGNIZER.recognize(TextField.BODY, text), reversed.recognize(TextField.BODY, text), text);
        }
    }

    private static Evidence evidenceOf(List<EntityMention> mentions, String text) {
        return mentions.stream().filter(m -> m.text().equals(text)).map(EntityMention::evidence).findFirst().orElse(null);
    }
}
