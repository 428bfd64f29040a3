package dev.newspipe.contract;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DeadLetterHeadersTest {

    @Test
    void everyHeaderOnceWithTheRecordsOwnKept() {
        RecordHeaders original = new RecordHeaders();
        original.add("traceparent", "00-abc-def-01".getBytes(StandardCharsets.UTF_8));
        original.add(DeadLetterHeaders.STAGE, "enrich".getBytes(StandardCharsets.UTF_8)); // a replayed dead letter
        Headers h = DeadLetterHeaders.of("store", "SQLState 22021: invalid byte sequence",
                new IllegalStateException("Storing 1 article(s) failed", new IOException("NUL")), "news.articles.enriched",
                2, 41L, original);
        assertEquals("00-abc-def-01", DeadLetterHeaders.text(h, "traceparent"));
        assertEquals("store", DeadLetterHeaders.text(h, DeadLetterHeaders.STAGE));
        assertEquals(9, h.toArray().length, "the record's own header and the 8 dead-letter ones: the stage replaced, not added");
        assertEquals("SQLState 22021: invalid byte sequence", DeadLetterHeaders.text(h, "dead-letter-reason"));
        assertEquals(IllegalStateException.class.getName(), DeadLetterHeaders.text(h, "dead-letter-exception-class-name"));
        assertEquals("NUL", DeadLetterHeaders.text(h, "dead-letter-cause"));
        assertEquals(IOException.class.getName(), DeadLetterHeaders.text(h, "dead-letter-cause-class-name"));
        assertEquals("news.articles.enriched", DeadLetterHeaders.text(h, "dead-letter-topic"));
        assertEquals("2", DeadLetterHeaders.text(h, "dead-letter-partition"));
        assertEquals("41", DeadLetterHeaders.text(h, "dead-letter-offset"));
    }

    @Test
    void noCauseNoCauseHeaders() {
        Headers h = DeadLetterHeaders.of("enrich", DeadLetterHeaders.reasonOf(new SerializationException("bad")),
                new SerializationException("bad"), "news.articles.submitted", 0, 0L, null);
        assertEquals("bad", DeadLetterHeaders.text(h, DeadLetterHeaders.REASON));
        assertNull(DeadLetterHeaders.text(h, DeadLetterHeaders.CAUSE));
        assertNull(DeadLetterHeaders.text(h, DeadLetterHeaders.CAUSE_CLASS_NAME));
    }
}
