-- The enrichment's tags as rows, so that analysts can join and filter on them (the whole event stays in
-- articles.event). Written by EnrichedArticleWriter in the same transaction as the article row.

create extension if not exists pg_trgm;

-- IPTC Media Topics (© IPTC, CC BY 4.0), loaded at start from the contract's copy of the vocabulary
-- by TopicVocabulary; topic_ancestors holds every (topic, ancestor-or-self) pair, so that a query for a
-- topic finds the articles tagged with any of its descendants.
create table topics (
    code     text primary key,
    parent   text references topics (code),
    top_code text not null,
    level    integer not null,
    label    text not null,
    label_zh text
);

create table topic_ancestors (
    code     text not null references topics (code),
    ancestor text not null references topics (code),
    primary key (ancestor, code)
);

-- One row per distinct entity across all articles. identity is what makes two mentions the same entity:
-- the enricher's language-independent key when it has one (習近平, 习近平 and Xi Jinping share
-- 'xi-jinping'), else type and canonical name.
create table entities (
    id        bigint generated always as identity primary key,
    identity  text not null unique,
    type      text not null check (type in ('PERSON', 'ORGANIZATION', 'LOCATION')),
    canonical text not null,
    key       text
);
create index entities_canonical_prefix_idx on entities (lower(canonical) text_pattern_ops);
create index entities_canonical_trgm_idx on entities using gin (lower(canonical) gin_trgm_ops);
create index entities_key_idx on entities (key) where key is not null;

-- An entity in an article (one row per pair), with how often and how surely it is mentioned.
create table article_entities (
    article_id    text    not null references articles (id) on delete cascade,
    entity_id     bigint  not null references entities (id),
    mention_count integer not null,
    confidence    real    not null,
    primary key (article_id, entity_id)
);
create index article_entities_entity_idx on article_entities (entity_id, article_id);

create table mentions (
    article_id   text    not null references articles (id) on delete cascade,
    entity_id    bigint  not null references entities (id),
    text         text    not null,
    field        text    not null check (field in ('title', 'body')),
    start_offset integer not null,
    end_offset   integer not null,
    primary key (article_id, field, start_offset, entity_id)
);
create index mentions_text_idx on mentions (lower(text), article_id);

-- A date mentioned in an article, with the period it denotes: a query for November 2025 finds
-- 2025-11-01 (a day inside it), 2025-11 and 2025 (periods that overlap it).
create table article_dates (
    article_id   text    not null references articles (id) on delete cascade,
    value        text    not null,
    granularity  text    not null check (granularity in ('day', 'month', 'year', 'decade', 'century')),
    period_start date    not null,
    period_end   date    not null,
    text         text    not null,
    field        text    not null check (field in ('title', 'body')),
    start_offset integer not null,
    end_offset   integer not null,
    primary key (article_id, field, start_offset)
);
create index article_dates_period_idx on article_dates (period_start, period_end);

create table article_topics (
    article_id text not null references articles (id) on delete cascade,
    code       text not null,
    top_code   text not null,
    score      real not null,
    primary key (article_id, code)
);
create index article_topics_code_idx on article_topics (code, article_id);

comment on table entities is 'Distinct people, organisations and places across all articles.';
comment on table article_entities is 'Which entity each article mentions, how often and how surely.';
comment on table mentions is 'Every mention: surface text, field (title/body) and UTF-16 offsets into it.';
comment on table article_dates is 'Dates mentioned in articles, with the period [period_start, period_end] each denotes.';
comment on table article_topics is 'IPTC Media Topics of articles: the most specific ones and their top-level ancestors.';
