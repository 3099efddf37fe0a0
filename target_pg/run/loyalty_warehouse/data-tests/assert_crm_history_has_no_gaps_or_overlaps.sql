
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  -- A failure means a CRM record's version history has a gap or an overlap: an event in that
-- moment would be attributed to no account manager / segment, or to two at once, and
-- as-of figures (NPS by segment, complaints by owner) would drop or double-count it.



with

bounds as (
    
        select
            'int_accounts_historized' as history,
            account_id as record_id,
            valid_from,
            valid_to,
            lead(valid_from) over (partition by account_id order by valid_from) as next_valid_from,
            row_number() over (partition by account_id order by valid_from) as version_number
        from "warehouse"."intermediate"."int_accounts_historized"
        union all
    
        select
            'int_contacts_historized' as history,
            contact_id as record_id,
            valid_from,
            valid_to,
            lead(valid_from) over (partition by contact_id order by valid_from) as next_valid_from,
            row_number() over (partition by contact_id order by valid_from) as version_number
        from "warehouse"."intermediate"."int_contacts_historized"
        union all
    
        select
            'int_users_historized' as history,
            user_id as record_id,
            valid_from,
            valid_to,
            lead(valid_from) over (partition by user_id order by valid_from) as next_valid_from,
            row_number() over (partition by user_id order by valid_from) as version_number
        from "warehouse"."intermediate"."int_users_historized"
        
    
)

select *
from bounds
where
    valid_from >= valid_to
    or (version_number = 1 and valid_from <> cast('1900-01-01 00:00:00' as timestamp))
    or (next_valid_from is null and valid_to <> cast('9999-12-31 00:00:00' as timestamp))
    or (next_valid_from is not null and next_valid_from <> valid_to)
  
  
      
    ) dbt_internal_test