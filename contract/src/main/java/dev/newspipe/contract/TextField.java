package dev.newspipe.contract;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which text of the article an offset points into. */
public enum TextField {
    @JsonProperty("title") TITLE,
    @JsonProperty("body") BODY;

    /** The field's text in {@code article}. */
    public String of(ArticleSubmitted article) {
        return this == TITLE ? article.title() : article.body();
    }
}
