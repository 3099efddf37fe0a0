
-- Fixture for comment_themes
select 
    
    cast('delivery' as character varying)
 as "theme", 
    
    cast('en' as character varying)
 as "language", 
    
    cast('deliver' as character varying)
 as "keyword"
union all
select 
    
    cast('delivery' as character varying)
 as "theme", 
    
    cast('da' as character varying)
 as "language", 
    
    cast('lever' as character varying)
 as "keyword"
union all
select 
    
    cast('invoicing' as character varying)
 as "theme", 
    
    cast('en' as character varying)
 as "language", 
    
    cast('invoic' as character varying)
 as "keyword"
union all
select 
    
    cast('invoicing' as character varying)
 as "theme", 
    
    cast('da' as character varying)
 as "language", 
    
    cast('faktur' as character varying)
 as "keyword"
union all
select 
    
    cast('price' as character varying)
 as "theme", 
    
    cast('en' as character varying)
 as "language", 
    
    cast('price' as character varying)
 as "keyword"
union all
select 
    
    cast('price' as character varying)
 as "theme", 
    
    cast('da' as character varying)
 as "language", 
    
    cast('pris' as character varying)
 as "keyword"
union all
select 
    
    cast('account_manager' as character varying)
 as "theme", 
    
    cast('en' as character varying)
 as "language", 
    
    cast('account manager' as character varying)
 as "keyword"
union all
select 
    
    cast('appreciation' as character varying)
 as "theme", 
    
    cast('da' as character varying)
 as "language", 
    
    cast('værdsat' as character varying)
 as "keyword"