
-- Fixture for int_comment_themes
select 
    
    cast('r1' as text)
 as "response_id", 
    
    cast('delivery' as character varying)
 as "theme", cast(null as text) as "matched_keywords"
union all
select 
    
    cast('r1' as text)
 as "response_id", 
    
    cast('price' as character varying)
 as "theme", cast(null as text) as "matched_keywords"
union all
select 
    
    cast('r2' as text)
 as "response_id", 
    
    cast('delivery' as character varying)
 as "theme", cast(null as text) as "matched_keywords"
union all
select 
    
    cast('r3' as text)
 as "response_id", 
    
    cast('delivery' as character varying)
 as "theme", cast(null as text) as "matched_keywords"
union all
select 
    
    cast('r4' as text)
 as "response_id", 
    
    cast('price' as character varying)
 as "theme", cast(null as text) as "matched_keywords"
union all
select 
    
    cast('r5' as text)
 as "response_id", 
    
    cast('delivery' as character varying)
 as "theme", cast(null as text) as "matched_keywords"
union all
select 
    
    cast('r6' as text)
 as "response_id", 
    
    cast('support' as character varying)
 as "theme", cast(null as text) as "matched_keywords"
union all
select 
    
    cast('r7' as text)
 as "response_id", 
    
    cast('support' as character varying)
 as "theme", cast(null as text) as "matched_keywords"
union all
select 
    
    cast('r11' as text)
 as "response_id", 
    
    cast('delivery' as character varying)
 as "theme", cast(null as text) as "matched_keywords"
union all
select 
    
    cast('r11' as text)
 as "response_id", 
    
    cast('invoicing' as character varying)
 as "theme", cast(null as text) as "matched_keywords"
union all
select 
    
    cast('r20' as text)
 as "response_id", 
    
    cast('delivery' as character varying)
 as "theme", cast(null as text) as "matched_keywords"