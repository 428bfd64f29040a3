-- A surface form is looked up to find the entities it names (GET /articles?entity=トランプ, and the prefix
-- search of GET /entities): index it with the entity, so that both read the index only. text_pattern_ops
-- serves equality and LIKE 'prefix%' whatever the database's collation. It replaces the (text, article) index
-- that an article-by-article check used before.
drop index if exists mentions_text_idx;
create index mentions_text_entity_idx on mentions (lower(text) text_pattern_ops, entity_id);
