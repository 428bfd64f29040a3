-- Article bodies and events (9 KB and 13 KB for the sample) are stored out of line, compressed. PostgreSQL's
-- default compression (pglz) was most of the cost of writing an article here: with lz4 a COPY of such rows
-- runs 1.7x faster for 18 % more space (docs/benchmarks.md). Only new values are affected. lz4 needs
-- PostgreSQL 14+ built with it (Debian's and the official images are); elsewhere the default stays.
do $$
begin
    alter table articles alter column title set compression lz4,
                         alter column body set compression lz4,
                         alter column event set compression lz4;
exception when feature_not_supported or invalid_parameter_value or syntax_error then
    raise notice 'lz4 compression not available (%); articles keep the default TOAST compression', sqlerrm;
end
$$;
