package dev.newspipe.enrichment.dates;

import dev.newspipe.contract.DateTag;
import dev.newspipe.contract.TextField;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Invented sentences pinning the date stage per language, including what must not be tagged. */
class DateTaggerTest {

    private static final DateTagger TAGGER = new DateTagger();
    /** A Wednesday. */
    private static final LocalDate ANCHOR = LocalDate.of(2025, 3, 5);

    /** "text=value" for every tag, checking the offsets on the way. */
    private static String tags(String language, String text) {
        List<DateTag> tags = TAGGER.tag(language, TextField.BODY, text, ANCHOR);
        for (DateTag t : tags) {
            assertEquals(t.text(), text.substring(t.start(), t.end()), "offsets of " + t);
        }
        return tags.stream().map(t -> t.text() + "=" + t.value()).collect(Collectors.joining(" "));
    }

    // ---- Japanese ----

    @Test
    void japaneseExplicitDates() {
        assertEquals("2024年11月3日=2024-11-03 ２０２３年４月=2023-04 1998年=1998",
                tags("ja", "2024年11月3日に式典を開いた。２０２３年４月に入社し、1998年に生まれた。"));
        assertEquals("令和元年5月1日=2019-05-01 平成２０年=2008 昭和二十年八月=1945-08",
                tags("ja", "令和元年5月1日に即位。平成２０年に開業。昭和二十年八月に終戦。"));
        assertEquals("二〇二四年十二月二十五日=2024-12-25", tags("ja", "二〇二四年十二月二十五日の夜"));
    }

    @Test
    void japanesePartialDatesTakeTheClosestYearAndMonth() {
        // a bare day: the month around the anchor; after an explicit month in the sentence: that month
        assertEquals("４日=2025-03-04 ２８日=2025-02-28", tags("ja", "首相は４日、会見した。２８日には訪米した。"));
        assertEquals("2月10日=2025-02-10 12日=2025-02-12", tags("ja", "2月10日と12日に試験を行った。"));
        assertEquals("11月=2024-11 6月下旬=2025-06", tags("ja", "11月に発表した。6月下旬に始まる。"));
    }

    @Test
    void japaneseRelativeDates() {
        assertEquals("昨年=2024 来年度=2025 今年度=2024 先月=2025-02 きょう=2025-03-05 あす=2025-03-06",
                tags("ja", "昨年に続き、来年度も実施する。今年度は先月に終えた。きょうは晴れ、あすは雨。"));
        assertEquals("昨年12月=2024-12 来年4月1日=2026-04-01", tags("ja", "昨年12月に決定し、来年4月1日に施行する。"));
        assertEquals("10日=2025-03-10 同日=2025-03-10 翌日=2025-03-11", tags("ja", "10日に到着し、同日夜に会談。翌日に帰国した。"));
        assertEquals("5年前=2020", tags("ja", "5年前の災害を思い出す。"));
    }

    @Test
    void japaneseWeekdaysFollowTense() {
        assertEquals("先週金曜日=2025-02-28 来週の月曜日=2025-03-10", tags("ja", "先週金曜日に決まり、来週の月曜日に発表する。"));
        assertEquals("月曜日=2025-03-03", tags("ja", "月曜日に発表した。"));
        assertEquals("金曜日=2025-03-07", tags("ja", "金曜日に発表する予定だ。"));
    }

    @Test
    void japaneseDecadesCenturiesHolidays() {
        assertEquals("1980年代=198X 90年代=199X 19世紀=18XX", tags("ja", "1980年代後半から90年代にかけて。19世紀の建物。"));
        assertEquals("大みそか=2024-12-31 元日=2025-01-01", tags("ja", "大みそかから元日にかけて"));
        assertEquals("2025年度=2025", tags("ja", "2025年度の予算"));
    }

    @Test
    void japaneseNonDates() {
        assertEquals("", tags("ja", "10か月連続で減少。3年間延期し、約30年ぶりの水準。1日10時間働く。1日あたり5万人。"));
        assertEquals("", tags("ja", "毎週金曜日に開く。前年同期比12%増。2日間の日程。24歳の男性。153円台。約1300年の歴史。"));
        assertEquals("", tags("ja", "第2次世界大戦の資料と5日目の取組。"));
    }

    @Test
    void japaneseEndAndStartOfAYear() {
        assertEquals("昨年末=2024-12 今年初め=2025-01", tags("ja", "昨年末に逮捕され、今年初めに起訴された。"));
        assertEquals("2023年末=2023-12", tags("ja", "2023年末までに完了した。"));
        assertEquals("", tags("ja", "週末に開く。期末の配当。"));
    }

    @Test
    void japanesePairsOfDaysAndDaysAgo() {
        assertEquals("6=2025-03-06 7=2025-03-07", tags("ja", "6、7両日に開かれる。"));
        assertEquals("先月８=2025-02-08 ９日=2025-02-09", tags("ja", "先月８、９日に開いた。"));
        assertEquals("2日前=2025-03-03", tags("ja", "2日前に発表した。"));
        assertEquals("", tags("ja", "開幕5日前に発表。投票日の2日前に。"));
    }

    @Test
    void japaneseTwoDigitYearWithASeason() {
        assertEquals("26年=2026 27年末=2027-12", tags("ja", "26年春に開業し、27年末に完成する。"));
        assertEquals("", tags("ja", "30年以上続く。"));
    }

    // ---- Chinese ----

    @Test
    void chineseExplicitAndRelative() {
        assertEquals("2023年5月20日=2023-05-20 二〇二四年八月=2024-08 去年7月=2024-07 明年=2026",
                tags("zh", "2023年5月20日发布，二〇二四年八月生效，去年7月投产，明年扩产。"));
        assertEquals("4日=2025-03-04 上月27日=2025-02-27 今天=2025-03-05 昨天=2025-03-04",
                tags("zh", "记者4日获悉，上月27日签约。今天和昨天都下雨。"));
        assertEquals("今年1=2025-01 10月=2025-10", tags("zh", "今年1至10月，销量增长。"));
    }

    @Test
    void chineseWeekdaysDecadesHolidays() {
        assertEquals("上周三=2025-02-26 下周一=2025-03-10 本周六=2025-03-08",
                tags("zh", "上周三开会，下周一公布，本周六开幕。"));
        assertEquals("周一=2025-03-03", tags("zh", "该公司周一发布了财报。"));
        assertEquals("周五=2025-03-07", tags("zh", "该公司预计将于周五发布财报。"));
        assertEquals("上世纪80年代=198X 20世纪90年代=199X 元旦=2025-01-01 国庆节=2024-10-01",
                tags("zh", "上世纪80年代和20世纪90年代。元旦和国庆节。"));
    }

    @Test
    void chineseNonDates() {
        assertEquals("", tags("zh", "用15年时间，两年内完成，5个月，成立75周年，每年3月15日，同比增长5%，60周岁。"));
    }

    // ---- English ----

    @Test
    void englishExplicitDates() {
        assertEquals("Oct. 26=2024-10-26 March 9, 2023=2023-03-09 14 February 1990=1990-02-14",
                tags("en", "It opened on Oct. 26 and closed on March 9, 2023; he was born on 14 February 1990."));
        assertEquals("September 2023=2023-09 July=2025-07 late 2022=2022 mid-2026=2026",
                tags("en", "Sales fell in September 2023 and will recover in July, after a slump in late 2022, by mid-2026."));
        assertEquals("2025-04-01=2025-04-01 04/15/2025=2025-04-15", tags("en", "Filed 2025-04-01, due 04/15/2025."));
    }

    @Test
    void englishRelativeDates() {
        assertEquals("last year=2024 next month=2025-04 yesterday=2025-03-04 two years ago=2023",
                tags("en", "Profits rose last year and will rise next month, the firm said yesterday, two years ago."));
        assertEquals("last December=2024-12 this November=2025-11 May 8 last year=2024-05-08",
                tags("en", "It began last December, ends this November and was agreed on May 8 last year."));
        assertEquals("fiscal 2026=2026 FY2024=2024", tags("en", "Guidance for fiscal 2026 beat FY2024."));
    }

    @Test
    void englishSeasonsOfThisYear() {
        assertEquals("this fall=2025 this summer=2025", tags("en", "Harvests were poor this fall and prices may rise this summer."));
    }

    @Test
    void englishWeekdaysFollowTense() {
        assertEquals("Monday=2025-03-03 Friday=2025-03-07",
                tags("en", "The minister said on Monday that talks will resume. The summit will open on Friday."));
        assertEquals("Wednesday=2025-03-05 next Tuesday=2025-03-11 last Friday=2025-02-28",
                tags("en", "The bank cut rates on Wednesday and meets next Tuesday; it met last Friday."));
        assertEquals("Thursday=2025-03-06", tags("en", "Voting is due to begin on Thursday."));
    }

    @Test
    void englishDecadesCenturiesHolidays() {
        assertEquals("1990s=199X late 1980s=198X the '70s=197X 19th century=18XX",
                tags("en", "Since the 1990s and the late 1980s, as in the '70s and the 19th century."));
        assertEquals("Christmas Day=2024-12-25 Valentine's Day=2025-02-14", tags("en", "From Christmas Day to Valentine's Day."));
    }

    @Test
    void englishNonDates() {
        assertEquals("", tags("en", "For two years, every Monday, the store stayed open 24/7 for 2000 people and 1,500 workers."));
        assertEquals("", tags("en", "He is in his early 70s. It costs $2025 and runs at 3,000 rpm. Theresa May spoke. She may go."));
        assertEquals("", tags("en", "Black Friday sales and Route 2025. USA Today reported. The 737 MAX flew 20 miles."));
    }

    // ---- robustness ----

    @Test
    void unknownLanguageAndEmptyTextGiveNothing() {
        assertTrue(TAGGER.tag("ko", TextField.BODY, "2025년 3월 5일", ANCHOR).isEmpty());
        assertTrue(TAGGER.tag("en", TextField.BODY, "", ANCHOR).isEmpty());
        assertTrue(TAGGER.tag(null, TextField.TITLE, null, null).isEmpty());
    }

    @Test
    void hostileInputNeitherThrowsNorHangs() {
        Random random = new Random(7);
        StringBuilder junk = new StringBuilder();
        while (junk.length() < 1_000_000) {
            junk.append((char) random.nextInt(0x10000));
        }
        String dense = "2025年".repeat(20_000) + "12月31日 Monday, Oct. 26, 2025 ".repeat(5_000) + "９".repeat(100_000);
        for (String language : List.of("ja", "en", "zh")) {
            long start = System.nanoTime();
            TAGGER.tag(language, TextField.BODY, junk.toString(), ANCHOR);
            TAGGER.tag(language, TextField.BODY, dense, ANCHOR);
            TAGGER.tag(language, TextField.BODY, " ".repeat(500_000) + "May", ANCHOR);
            assertTrue(System.nanoTime() - start < 20_000_000_000L, "too slow for " + language);
        }
    }
}
