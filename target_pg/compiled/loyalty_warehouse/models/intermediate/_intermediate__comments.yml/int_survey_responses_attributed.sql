
-- Fixture for int_survey_responses_attributed
select 
    
    cast('e1' as text)
 as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", cast(null as text) as "contact_id", cast(null as text) as "contact_match", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as bigint) as "status", cast(null as boolean) as "is_counting", cast(null as integer) as "nps_score", cast(null as integer) as "qualtrics_nps_group", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", 
    
    cast('(Deliveries were LATE) and the invoice was wrong.' as text)
 as "comment", cast(null as text) as "user_language", cast(null as text) as "distribution_channel"
union all
select 
    
    cast('e2' as text)
 as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", cast(null as text) as "contact_id", cast(null as text) as "contact_match", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as bigint) as "status", cast(null as boolean) as "is_counting", cast(null as integer) as "nps_score", cast(null as integer) as "qualtrics_nps_group", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", 
    
    cast('Our account
manager never calls; prices are fine' as text)
 as "comment", cast(null as text) as "user_language", cast(null as text) as "distribution_channel"
union all
select 
    
    cast('e3' as text)
 as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", cast(null as text) as "contact_id", cast(null as text) as "contact_match", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as bigint) as "status", cast(null as boolean) as "is_counting", cast(null as integer) as "nps_score", cast(null as integer) as "qualtrics_nps_group", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", 
    
    cast('Undelivered, reinvoiced, in pristine condition' as text)
 as "comment", cast(null as text) as "user_language", cast(null as text) as "distribution_channel"
union all
select 
    
    cast('d1' as text)
 as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", cast(null as text) as "contact_id", cast(null as text) as "contact_match", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as bigint) as "status", cast(null as boolean) as "is_counting", cast(null as integer) as "nps_score", cast(null as integer) as "qualtrics_nps_group", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", 
    
    cast('Leveringen var forsinket, og fakturaen var forkert.' as text)
 as "comment", cast(null as text) as "user_language", cast(null as text) as "distribution_channel"
union all
select 
    
    cast('d2' as text)
 as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", cast(null as text) as "contact_id", cast(null as text) as "contact_match", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as bigint) as "status", cast(null as boolean) as "is_counting", cast(null as integer) as "nps_score", cast(null as integer) as "qualtrics_nps_group", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", 
    
    cast('En god oplevelse – vi føler os VÆRDSAT.' as text)
 as "comment", cast(null as text) as "user_language", cast(null as text) as "distribution_channel"
union all
select 
    
    cast('d3' as text)
 as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", cast(null as text) as "contact_id", cast(null as text) as "contact_match", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as bigint) as "status", cast(null as boolean) as "is_counting", cast(null as integer) as "nps_score", cast(null as integer) as "qualtrics_nps_group", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", 
    
    cast('Prisen er for høj, men leverancen er fin' as text)
 as "comment", cast(null as text) as "user_language", cast(null as text) as "distribution_channel"
union all
select 
    
    cast('none' as text)
 as "response_id", cast(null as text) as "survey_id", cast(null as timestamp without time zone) as "recorded_at", cast(null as text) as "contact_id", cast(null as text) as "contact_match", cast(null as text) as "customer_id", cast(null as text) as "segment", cast(null as text) as "account_manager_id", cast(null as text) as "department", cast(null as bigint) as "status", cast(null as boolean) as "is_counting", cast(null as integer) as "nps_score", cast(null as integer) as "qualtrics_nps_group", cast(null as integer) as "csat_score", cast(null as integer) as "ces_score", cast(null as integer) as "appreciation_score", 
    
    cast(null as text)
 as "comment", cast(null as text) as "user_language", cast(null as text) as "distribution_channel"