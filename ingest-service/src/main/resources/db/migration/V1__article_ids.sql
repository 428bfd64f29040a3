-- ingest-service's registry of article ids (IdRegistry): who owns each id, and which version of its content is the
-- current one. Decided here, synchronously and atomically, when POST /articles is answered: the store sees an
-- article only after enrichment, too late to answer 409. One row per id; nothing else of the article is kept.
create table article_ids (
    id         text        primary key,
    -- The credential that first used the id (api-key:<name> or jwt:<subject>): only it may post new versions.
    publisher  text        not null,
    -- SHA-256 of the current version's content (ContentDigest): the same digest again is a retry, another an update.
    digest     bytea       not null,
    version    integer     not null check (version >= 1),
    created_at timestamptz not null,
    updated_at timestamptz not null
);

comment on table article_ids is 'Article ids: owner (publisher credential), current version and its content digest.';
