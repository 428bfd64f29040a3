package dev.newspipe.ingest;

import dev.newspipe.contract.ArticleSubmitted;
import dev.newspipe.contract.Topics;
import dev.newspipe.contract.kafka.ArticleSubmittedDeserializer;
import dev.newspipe.infra.QuarkusInfraResource;
import dev.newspipe.infra.TestCredentials;
import dev.newspipe.infra.TopicProbe;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An id belongs to the publisher that first used it (IdRegistry, in a real PostgreSQL): the owner's retry is the same
 * version again, the owner's new content the next version, another publisher's post a 409 that publishes nothing.
 * Two publisher keys of one test run, over real HTTP, a real broker and a real database.
 */
@QuarkusTest
@WithTestResource(value = QuarkusInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "postgres", value = "true"))
class IdOwnershipTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @ConfigProperty(name = TestCredentials.PUBLISHER_KEY)
    String publisherKey;
    @ConfigProperty(name = TestCredentials.OTHER_PUBLISHER_KEY)
    String otherPublisherKey;

    private static ValidatableResponse post(String key, String json) {
        return given().header("Authorization", "ApiKey " + key).contentType("application/json")
                .body(json.getBytes(StandardCharsets.UTF_8)).post("/articles").then();
    }

    private static String article(String id, String title) {
        return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"body\":\"Body of " + title
                + "\",\"published_at\":\"2025-10-28\",\"source\":\"Owner test\"}";
    }

    private List<ArticleSubmitted> submitted(String key, int count) {
        ArticleSubmittedDeserializer reader = new ArticleSubmittedDeserializer();
        List<ConsumerRecord<String, String>> records = new TopicProbe(bootstrap)
                .await(Topics.SUBMITTED, r -> key.equals(r.key()), count, Duration.ofSeconds(20));
        return records.stream()
                .map(r -> reader.deserialize(Topics.SUBMITTED, r.value().getBytes(StandardCharsets.UTF_8))).toList();
    }

    @Test
    void theOwnersRetryIsTheSameVersionItsNewContentTheNextAndAnotherPublishersPostA409() {
        String id = "owned-" + UUID.randomUUID().toString().substring(0, 8);
        post(publisherKey, article(id, "First")).statusCode(202).body("id", equalTo(id)).body("version", equalTo(1));
        // Another publisher, other content or the very same: the id is not theirs.
        for (String json : List.of(article(id, "Hijacked"), article(id, "First"))) {
            post(otherPublisherKey, json).statusCode(409).contentType("application/problem+json")
                    .body("status", equalTo(409))
                    .body("type", equalTo("https://newspipe.dev/problems/id-owned-by-another-publisher"))
                    .body("instance", equalTo("/articles"));
        }
        post(publisherKey, article(id, "First")).statusCode(202).body("version", equalTo(1)); // a retry
        post(publisherKey, article(id, "Second")).statusCode(202).body("version", equalTo(2)); // an update
        post(publisherKey, article(id, "Second")).statusCode(202).body("version", equalTo(2)); // its retry

        List<ArticleSubmitted> events = submitted(id, 4);
        assertEquals(List.of("First", "First", "Second", "Second"), events.stream().map(ArticleSubmitted::title).toList(),
                "the owner's four posts are on the topic, the other publisher's none");
        assertEquals(List.of(1, 1, 2, 2), events.stream().map(ArticleSubmitted::version).toList());
        assertTrue(events.stream().allMatch(e -> "api-key:publisher".equals(e.publisher())), events.toString());
        assertEquals(events.get(0).updatedAt(), events.get(1).updatedAt(), "a retry keeps its version's updated_at");
        assertEquals(events.get(2).updatedAt(), events.get(3).updatedAt());
        assertTrue(events.get(2).updatedAt().isAfter(events.get(0).updatedAt()), "version 2 is newer");
        // Nothing more on the topic for this id (the 409s published nothing).
        assertEquals(4, submitted(id, 5).size());
    }

    /** The report: a second publisher posting under an existing id replaced the first one's article. */
    @Test
    void aUrlIdBelongsToWhoeverFirstPostedTheStoryHoweverItsUrlIsWritten() {
        String path = "https://news.example.com/" + UUID.randomUUID() + "/truce";
        String id = post(publisherKey, "{\"title\":\"Truce\",\"body\":\"B\",\"published_at\":\"2025-10-28\",\"url\":\""
                + path + "\"}").statusCode(202).body("version", equalTo(1)).extract().path("id");
        post(otherPublisherKey, "{\"title\":\"Copy\",\"body\":\"B\",\"published_at\":\"2025-10-28\",\"url\":\""
                + path.replace("https://news.example.com", "http://News.Example.com:80") + "/?utm_source=x#top\"}")
                .statusCode(409).contentType("application/problem+json");
        post(publisherKey, "{\"title\":\"Truce, updated\",\"body\":\"B\",\"published_at\":\"2025-10-28\",\"url\":\""
                + path + "?fbclid=abc\"}").statusCode(202).body("id", equalTo(id)).body("version", equalTo(2));
    }

    @Test
    void clientsCannotMintIdsInTheGeneratedNamespaces() {
        for (String id : List.of("u-0123456789abcdef0123456789abcdef", "c-anything", "U-upper")) {
            post(publisherKey, article(id, "Minted")).statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("id"));
        }
    }

    /**
     * Many posts of one new id at once, on many connections (as several ingest replicas would make them): the
     * registry decides them one after the other. One publisher's eight different contents are versions 1 to 8, each
     * once; of two publishers racing for a fresh id, exactly one gets it.
     */
    @Test
    void concurrentPostsOfOneIdAreDecidedOneAfterTheOther() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            String id = "race-" + UUID.randomUUID().toString().substring(0, 8);
            List<Callable<Integer>> posts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String json = article(id, "Content " + i);
                posts.add(() -> post(publisherKey, json).statusCode(202).extract().path("version"));
            }
            List<Integer> versions = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(posts)) {
                versions.add(f.get());
            }
            assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), versions.stream().sorted().toList());

            String contested = "contested-" + UUID.randomUUID().toString().substring(0, 8);
            List<Callable<Integer>> racers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String key = i % 2 == 0 ? publisherKey : otherPublisherKey;
                String json = article(contested, "Race");
                racers.add(() -> post(key, json).extract().statusCode());
            }
            Map<String, Integer> byPublisher = new TreeMap<>();
            List<Future<Integer>> answers = pool.invokeAll(racers);
            for (int i = 0; i < answers.size(); i++) {
                byPublisher.merge((i % 2 == 0 ? "first" : "other") + ":" + answers.get(i).get(), 1, Integer::sum);
            }
            assertTrue(byPublisher.equals(Map.of("first:202", 4, "other:409", 4))
                    || byPublisher.equals(Map.of("first:409", 4, "other:202", 4)), byPublisher.toString());
        } finally {
            pool.shutdownNow();
        }
    }
}
