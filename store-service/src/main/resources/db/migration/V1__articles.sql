-- One row per article: the latest enrichment wins (see ArticleStore).
-- The whole enriched event is kept as JSONB, as it came off the topic, so nothing is lost when the
-- event grows fields this version of the store does not know yet.
create table articles (
    id             text        primary key,
    title          text        not null,
    body           text        not null,
    url            text,
    source         text,
    author         text,
    language       text        not null,
    -- published_at as a point in time: a date without a time is taken as midnight UTC.
    -- The client's own text (date or date-time with offset) is in event->>'published_at'.
    published_at   timestamptz not null,
    ingested_at    timestamptz not null,
    enriched_at    timestamptz not null,
    stored_at      timestamptz not null default now(),
    schema_version integer     not null,
    event          jsonb       not null
);

create index articles_published_at_idx on articles (published_at desc, id desc);

comment on table articles is 'Enriched articles, one row per article id; event holds the whole news.articles.enriched value.';
