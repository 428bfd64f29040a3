-- Versions of an article (README, "Who owns an id"): ingest numbers each publisher's post of new content under an id,
-- and the store applies an enriched event only when its version is higher than the stored one. The same version
-- again (a redelivery, a replay, the same content submitted twice and so enriched twice) is a duplicate: left
-- alone and counted (newspipe_articles_duplicates_skipped_total). Rows stored before versions existed are version 1,
-- updated when they were ingested, by no named publisher.
alter table articles
    add column version    integer not null default 1 check (version >= 1),
    add column updated_at timestamptz,
    add column publisher  text,
    -- How many times an event was applied to this row: 1 per version stored. A redelivery that was written again
    -- instead of being recognised as a duplicate would show here (the fault tests check it).
    add column writes     integer not null default 1 check (writes >= 1);
update articles set updated_at = ingested_at where updated_at is null;
alter table articles alter column updated_at set not null;

comment on column articles.version is 'The version of the article stored here (1 = as first posted); earlier ones are in article_versions.';
comment on column articles.publisher is 'The credential that posted the article and owns its id (api-key:<name> or jwt:<subject>); null before versions.';
comment on column articles.writes is 'How many enriched events were applied to this row: one per version; never raised by a redelivery.';

-- Every version that is no longer the current one, with its whole enriched event: the version a newer one replaced,
-- and an older one that arrived after a newer (late). The current version is the row of articles.
create table article_versions (
    article_id  text        not null references articles (id) on delete cascade,
    version     integer     not null check (version >= 1),
    updated_at  timestamptz not null,
    publisher   text,
    enriched_at timestamptz not null,
    stored_at   timestamptz not null,
    event       jsonb       not null,
    primary key (article_id, version)
);
comment on table article_versions is 'Earlier versions of articles (the current one is in articles), each with its enriched event.';

do $$
begin
    alter table article_versions alter column event set compression lz4;
exception when feature_not_supported or invalid_parameter_value or syntax_error then
    raise notice 'lz4 compression not available (%); article_versions keeps the default TOAST compression', sqlerrm;
end
$$;

do $$
begin
    grant select on article_versions to newspipe_reader;
exception when undefined_object or insufficient_privilege then
    raise notice 'newspipe_reader cannot be granted article_versions (%); grant it as an administrator', sqlerrm;
end
$$;
