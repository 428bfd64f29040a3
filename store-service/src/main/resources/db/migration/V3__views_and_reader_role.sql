-- For people who query PostgreSQL directly: stable views over the tables (the tables may change shape;
-- these views keep their columns), and a read-only role that can select from them.

-- Full-text search by substring in any script (Japanese and Chinese have no spaces to split on).
create index articles_title_trgm_idx on articles using gin (title gin_trgm_ops);
create index articles_body_trgm_idx on articles using gin (body gin_trgm_ops);
create index articles_language_idx on articles (language, published_at desc);
create index articles_source_idx on articles (source, published_at desc);

create view article_entities_v as
select a.id as article_id, a.title, a.published_at, a.language, a.source,
       e.type as entity_type, e.canonical as entity, e.key as entity_key,
       ae.mention_count, ae.confidence
from articles a
join article_entities ae on ae.article_id = a.id
join entities e on e.id = ae.entity_id;
comment on view article_entities_v is 'One row per (article, entity): who and what each article names, and how often.';

create view article_topics_v as
select a.id as article_id, a.title, a.published_at, a.language, a.source,
       t.code as topic, t.label as topic_label, top.code as top_topic, top.label as top_topic_label, at.score
from articles a
join article_topics at on at.article_id = a.id
join topics t on t.code = at.code
join topics top on top.code = at.top_code;
comment on view article_topics_v is 'One row per (article, IPTC topic), with the topic''s top-level ancestor.';

create view article_dates_v as
select a.id as article_id, a.title, a.published_at, a.language, a.source,
       d.text, d.value, d.granularity, d.period_start, d.period_end, d.field
from articles a
join article_dates d on d.article_id = a.id;
comment on view article_dates_v is 'One row per date mentioned in an article, with the period it denotes.';

-- The read-only role. Creating a role needs CREATEROLE: where the store's own role lacks it, the views
-- are still created and an administrator creates the role (see README, "Querying PostgreSQL directly").
do $$
begin
    if not exists (select from pg_roles where rolname = 'newspipe_reader') then
        create role newspipe_reader nologin;
    end if;
    execute format('grant connect on database %I to newspipe_reader', current_database());
    grant usage on schema public to newspipe_reader;
    grant select on article_entities_v, article_topics_v, article_dates_v,
                    articles, entities, article_entities, mentions, article_dates, article_topics, topics,
                    topic_ancestors
          to newspipe_reader;
exception when insufficient_privilege then
    raise notice 'newspipe_reader not created or not granted (needs CREATEROLE); create it as an administrator';
end
$$;
