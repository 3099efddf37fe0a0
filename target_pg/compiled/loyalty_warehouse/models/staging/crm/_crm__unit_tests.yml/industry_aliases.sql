
-- Fixture for industry_aliases
select 
    
    cast('manufacturing' as character varying)
 as "industry_alias", 
    
    cast('Manufacturing' as character varying)
 as "industry"