package dev.newspipe.store;

import dev.newspipe.contract.ArticleEnriched;
import dev.newspipe.contract.DateTag;
import dev.newspipe.contract.EntityTag;
import dev.newspipe.contract.EntityType;
import dev.newspipe.contract.EventJson;
import dev.newspipe.contract.Mention;
import dev.newspipe.contract.TextField;
import dev.newspipe.contract.TopicTag;
import dev.newspipe.infra.QuarkusInfraResource;
import dev.newspipe.infra.TestCredentials;
import dev.newspipe.store.query.ArticleSearch;
import dev.newspipe.store.service.EnrichedArticleWriter;
import dev.newspipe.store.service.EnrichedArticleWriter.Received;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The query API over HTTP against the real database, on articles written by the real writer. */
@QuarkusTest
@WithTestResource(value = QuarkusInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "postgres", value = "true"))
class QueryApiTest {

    @ConfigProperty(name = TestCredentials.READER_KEY)
    String readerKey;

    /** Every query below comes with the reader key of this test run (StoreAuthenticationTest: without). */
    private RequestSpecification given() {
        return RestAssured.given().header("Authorization", "ApiKey " + readerKey);
    }

    static final String SOURCE = "query-api-test";

    @Inject
    EnrichedArticleWriter writer;

    private static EntityTag entity(String surface, EntityType type, String canonical, String key, int start) {
        return new EntityTag(surface, type, canonical, key, 0.9,
                List.of(new Mention(surface, TextField.BODY, start, start + surface.length())));
    }

    private static ArticleEnriched article(String id, String language, String publishedAt, String title, String body,
            List<EntityTag> entities, List<DateTag> dates, List<TopicTag> topics) {
        return new ArticleEnriched(1, id, title, body, publishedAt, SOURCE, null, null, null, language,
                Instant.parse("2025-10-28T00:00:00Z"), Instant.parse("2025-10-28T00:00:01Z"), entities, dates, topics);
    }

    private static final TopicTag TRADE = new TopicTag("medtop:20000344", "international trade", "medtop:04000000", 0.8);
    private static final TopicTag ECONOMY = new TopicTag("medtop:04000000", "economy, business and finance", "medtop:04000000", 0.8);
    private static final TopicTag POLITICS = new TopicTag("medtop:11000000", "politics", "medtop:11000000", 0.7);

    @BeforeEach
    void seed() {
        List<ArticleEnriched> articles = new ArrayList<>();
        articles.add(article("qa-ja", "ja", "2025-10-28T09:00:00+09:00", "米中が関税で合意", "習近平国家主席は11月に訪米する。",
                List.of(entity("習近平", EntityType.PERSON, "Xi Jinping", "xi-jinping", 0),
                        entity("米国", EntityType.LOCATION, "United States", "US", 20)),
                List.of(new DateTag("11月", "2025-11", TextField.BODY, 6, 9)), List.of(TRADE, ECONOMY)));
        articles.add(article("qa-zh", "zh", "2025-10-27", "中美贸易休战", "习近平与特朗普会晤。",
                List.of(entity("习近平", EntityType.PERSON, "Xi Jinping", "xi-jinping", 0)),
                List.of(new DateTag("明年", "2026", TextField.BODY, 0, 2)), List.of(POLITICS)));
        articles.add(article("qa-en", "en", "2025-10-26T12:00:00Z", "Trade truce holds", "Xi Jinping meets Trump in Busan.",
                List.of(entity("Xi Jinping", EntityType.PERSON, "Xi Jinping", "xi-jinping", 0),
                        entity("Busan", EntityType.LOCATION, "Busan", null, 25)),
                List.of(), List.of(TRADE, ECONOMY, POLITICS)));
        articles.add(article("qa-en-2", "en", "2025-10-25T12:00:00Z", "Bank of Japan holds rates", "The Bank of Japan kept rates.",
                List.of(entity("Bank of Japan", EntityType.ORGANIZATION, "Bank of Japan", "bank-of-japan", 4)),
                List.of(new DateTag("2024", "2024", TextField.BODY, 0, 4)), List.of(ECONOMY)));
        writer.write(articles.stream().map(a -> new Received(a, EventJson.MAPPER.valueToTree(a).toString())).toList());
    }

    @Test
    void newestFirstWithKeysetPagesThatNeitherRepeatNorSkip() {
        String cursor = given().queryParam("source", SOURCE).queryParam("limit", 3).get("/articles").then()
                .statusCode(200)
                .body("items.id", contains("qa-ja", "qa-zh", "qa-en"))
                .body("total", equalTo(4))
                .body("total_exact", equalTo(true))
                .extract().path("next_cursor");
        given().queryParam("source", SOURCE).queryParam("limit", 3).queryParam("cursor", cursor).get("/articles").then()
                .statusCode(200)
                .body("items.id", contains("qa-en-2"))
                .body("next_cursor", nullValue());
    }

    @Test
    void filtersCombine() {
        given().queryParam("source", SOURCE).queryParam("q", "関税").get("/articles").then()
                .body("items.id", contains("qa-ja"));
        given().queryParam("source", SOURCE).queryParam("q", "truce").get("/articles").then()
                .body("items.id", contains("qa-en"));
        given().queryParam("source", SOURCE).queryParam("entity", "Xi Jinping").get("/articles").then()
                .body("items.id", contains("qa-ja", "qa-zh", "qa-en"));
        // A surface form names its entity: 习近平 finds Xi Jinping's articles in every language.
        given().queryParam("source", SOURCE).queryParam("entity", "习近平").get("/articles").then()
                .body("items.id", contains("qa-ja", "qa-zh", "qa-en"));
        given().queryParam("source", SOURCE).queryParam("entity", "Nobody Atall").get("/articles").then()
                .body("items", empty()).body("total", equalTo(0)).body("total_exact", equalTo(true));
        given().queryParam("source", SOURCE).queryParam("entity", "Xi Jinping").queryParam("entity_type", "LOCATION")
                .get("/articles").then().body("items", empty());
        given().queryParam("source", SOURCE).queryParam("topic", "medtop:04000000").get("/articles").then()
                .body("items.id", contains("qa-ja", "qa-en", "qa-en-2"));
        given().queryParam("source", SOURCE).queryParam("topic", "medtop:04000000").queryParam("language", "en")
                .get("/articles").then().body("items.id", contains("qa-en", "qa-en-2"));
        given().queryParam("source", SOURCE).queryParam("published_from", "2025-10-26").queryParam("published_to", "2025-10-27")
                .get("/articles").then().body("items.id", contains("qa-zh", "qa-en"));
        // "Mentions of November 2025" finds 2025-11; a year 2026 mention does not overlap it.
        given().queryParam("source", SOURCE).queryParam("date_from", "2025-11-01").queryParam("date_to", "2025-11-30")
                .get("/articles").then().body("items.id", contains("qa-ja"));
    }

    @Test
    void beyondTheWindowTotalIsALowerBoundAndFacetsCountTheNewest() {
        String source = "window-test";
        List<Received> batch = new ArrayList<>();
        for (int i = 0; i <= ArticleSearch.WINDOW; i++) { // one more than the window
            ArticleEnriched a = new ArticleEnriched(1, "win-" + i, "Window " + i, "Body " + i,
                    Instant.parse("2024-01-01T00:00:00Z").plusSeconds(60L * i).toString(), source, null, null, null,
                    i == 0 ? "zh" : "en", Instant.parse("2025-10-28T00:00:00Z"), Instant.parse("2025-10-28T00:00:01Z"),
                    List.of(), List.of(), List.of());
            batch.add(new Received(a, EventJson.MAPPER.valueToTree(a).toString()));
        }
        writer.write(batch);
        given().queryParam("source", source).queryParam("limit", 1).get("/articles").then()
                .statusCode(200)
                .body("items.id", contains("win-" + ArticleSearch.WINDOW))
                .body("total", equalTo(ArticleSearch.WINDOW))
                .body("total_exact", equalTo(false))
                .body("facets.articles", equalTo(ArticleSearch.WINDOW))
                // the oldest article (the only zh one) is outside the newest WINDOW
                .body("facets.languages.language", contains("en"))
                .body("facets.languages[0].articles", equalTo(ArticleSearch.WINDOW));
        given().queryParam("source", source).queryParam("language", "zh").get("/articles").then()
                .body("total", equalTo(1)).body("total_exact", equalTo(true)).body("facets.articles", equalTo(1));
    }

    @Test
    void facetsCountTheWholeResultSet() {
        given().queryParam("source", SOURCE).queryParam("limit", 1).get("/articles").then()
                .body("items.size()", equalTo(1))
                .body("total_exact", equalTo(true))
                .body("facets.articles", equalTo(4))
                .body("facets.entities.PERSON[0].canonical", equalTo("Xi Jinping"))
                .body("facets.entities.PERSON[0].articles", equalTo(3))
                .body("facets.entities.ORGANIZATION.canonical", contains("Bank of Japan"))
                .body("facets.topics.find { it.code == 'medtop:04000000' }.articles", equalTo(3))
                .body("facets.languages.find { it.language == 'en' }.articles", equalTo(2));
    }

    @Test
    void entitiesAutocompleteAndByKey() {
        given().queryParam("q", "xi j").get("/entities").then().statusCode(200)
                .body("canonical", hasItem("Xi Jinping"));
        given().queryParam("q", "习").get("/entities").then().statusCode(200)
                .body("key", hasItem("xi-jinping"));
        given().queryParam("q", "bank").queryParam("type", "PERSON").get("/entities").then().statusCode(200)
                .body("canonical", empty());
        List<String> ids = given().queryParam("limit", 100).get("/entities/xi-jinping/articles").then().statusCode(200)
                .extract().path("items.id");
        assertEquals(List.of("qa-ja", "qa-zh", "qa-en"), ids.stream().filter(id -> id.startsWith("qa-")).toList());
    }

    @Test
    void topicsTreeCountsDescendants() {
        given().get("/topics").then().statusCode(200)
                .body("code", hasItems("medtop:04000000", "medtop:11000000"))
                .body("find { it.code == 'medtop:04000000' }.label", equalTo("economy, business and finance"));
    }

    @Test
    void badParametersAreNamed() {
        given().queryParam("limit", "0").get("/articles").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("limit"));
        given().queryParam("topic", "trade").queryParam("entity_type", "ANIMAL").queryParam("published_from", "soon")
                .get("/articles").then().statusCode(400)
                .body("errors.field", hasItems("topic", "entity_type", "published_from"));
        given().queryParam("cursor", "not-a-cursor").get("/articles").then().statusCode(400)
                .body("errors.field", contains("cursor"));
        given().get("/entities").then().statusCode(400).body("errors.field", contains("q"));
        given().queryParam("q", "' or 1=1 --").get("/articles").then().statusCode(200);
    }

    @Test
    void openApiDescribesTheQueries() {
        given().get("/q/openapi").then().statusCode(200)
                .body(containsString("/articles")).body(containsString("/entities/{key}/articles"))
                .body(containsString("/topics"));
    }
}
