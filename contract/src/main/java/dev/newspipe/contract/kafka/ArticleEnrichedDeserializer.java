package dev.newspipe.contract.kafka;

import dev.newspipe.contract.ArticleEnriched;

public class ArticleEnrichedDeserializer extends EventDeserializer<ArticleEnriched> {
    public ArticleEnrichedDeserializer() {
        super(ArticleEnriched.class, ArticleEnriched.SCHEMA_VERSION);
    }
}
