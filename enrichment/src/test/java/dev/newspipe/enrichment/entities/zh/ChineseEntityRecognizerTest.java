package dev.newspipe.enrichment.entities.zh;

import dev.newspipe.contract.EntityType;
import dev.newspipe.contract.TextField;
import dev.newspipe.enrichment.entities.Countries;
import dev.newspipe.enrichment.entities.EntityMention;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class ChineseEntityRecognizerTest {

    private static final ChineseEntityRecognizer RECOGNIZER = new ChineseEntityRecognizer(new Countries());

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
}
