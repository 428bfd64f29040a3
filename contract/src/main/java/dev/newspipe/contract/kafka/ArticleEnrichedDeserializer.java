package dev.newspipe.contract.kafka;

import dev.newspipe.contract.ArticleEnriched;
import dev.newspipe.contract.validation.EventSchema;
import dev.newspipe.contract.validation.TextSpans;
import dev.newspipe.contract.validation.Violation;

import java.util.List;

public class ArticleEnrichedDeserializer extends EventDeserializer<ArticleEnriched> {
    public ArticleEnrichedDeserializer() {
        super(ArticleEnriched.class, ArticleEnriched.SCHEMA_VERSION, EventSchema.ENRICHED);
    }

    @Override
    protected List<Violation> semanticViolations(ArticleEnriched event) {
        return TextSpans.violations(event);
    }
}
