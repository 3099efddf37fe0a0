
-- Fixture for int_comment_themes
select cast(null as text) as "response_id", cast(null as character varying) as "theme", cast(null as text) as "matched_keywords"
    limit 0