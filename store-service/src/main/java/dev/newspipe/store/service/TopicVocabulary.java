package dev.newspipe.store.service;

import dev.newspipe.contract.MediaTopicsVocabulary;
import dev.newspipe.contract.MediaTopicsVocabulary.MediaTopic;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Loads the IPTC Media Topics vocabulary (© IPTC, CC BY 4.0; the contract module's
 * {@code iptc/mediatopics.tsv}, the one copy in the project) into {@code topics} and
 * {@code topic_ancestors} at start-up. Idempotent: a newer vocabulary updates labels and adds topics.
 */
@ApplicationScoped
public class TopicVocabulary {

    private static final Logger LOG = Logger.getLogger(TopicVocabulary.class);
    private final AgroalDataSource dataSource;

    public TopicVocabulary(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void load(@Observes StartupEvent event) {
        Map<String, MediaTopic> topics = MediaTopicsVocabulary.read();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement upsert = c.prepareStatement("""
                    insert into topics (code, parent, top_code, level, label, label_zh)
                    select * from unnest(?::text[], ?::text[], ?::text[], ?::int4[], ?::text[], ?::text[])
                    on conflict (code) do update set parent = excluded.parent, top_code = excluded.top_code,
                        level = excluded.level, label = excluded.label, label_zh = excluded.label_zh
                    """);
                 PreparedStatement ancestors = c.prepareStatement("""
                    insert into topic_ancestors (code, ancestor)
                    select * from unnest(?::text[], ?::text[]) on conflict do nothing
                    """)) {
                List<MediaTopic> all = new ArrayList<>(topics.values());
                upsert.setArray(1, c.createArrayOf("text", all.stream().map(MediaTopic::code).toArray()));
                upsert.setArray(2, c.createArrayOf("text", all.stream().map(MediaTopic::parent).toArray()));
                upsert.setArray(3, c.createArrayOf("text", all.stream().map(MediaTopic::top).toArray()));
                upsert.setArray(4, c.createArrayOf("int4", all.stream().map(MediaTopic::level).toArray()));
                upsert.setArray(5, c.createArrayOf("text", all.stream().map(MediaTopic::label).toArray()));
                upsert.setArray(6, c.createArrayOf("text", all.stream().map(MediaTopic::labelZh).toArray()));
                upsert.executeUpdate();

                List<String> codes = new ArrayList<>();
                List<String> ancestorCodes = new ArrayList<>();
                for (MediaTopic topic : all) {
                    for (MediaTopic t = topic; t != null; t = t.parent() == null ? null : topics.get(t.parent())) {
                        codes.add(topic.code());
                        ancestorCodes.add(t.code());
                    }
                }
                ancestors.setArray(1, c.createArrayOf("text", codes.toArray()));
                ancestors.setArray(2, c.createArrayOf("text", ancestorCodes.toArray()));
                ancestors.executeUpdate();
            }
            c.commit();
            LOG.infof("IPTC Media Topics: %d topics loaded", topics.size());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot load the IPTC vocabulary", e);
        }
    }
}
