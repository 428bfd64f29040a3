package dev.newspipe.contract.kafka;

import dev.newspipe.contract.ArticleSubmitted;
import dev.newspipe.contract.validation.EventSchema;

public class ArticleSubmittedDeserializer extends EventDeserializer<ArticleSubmitted> {
    public ArticleSubmittedDeserializer() {
        super(ArticleSubmitted.class, ArticleSubmitted.SCHEMA_VERSION, EventSchema.SUBMITTED);
    }
}
