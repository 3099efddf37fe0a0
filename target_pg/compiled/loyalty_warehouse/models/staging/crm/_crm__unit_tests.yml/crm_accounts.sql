
-- Fixture for crm_accounts
select 
    
    cast('001A0000006Vm9rIAC' as text)
 as "Id", cast(null as text) as "Name", cast(null as text) as "Type", 
    
    cast(' MANUFACTURING ' as text)
 as "Industry", cast(null as text) as "BillingCountry", cast(null as bigint) as "NumberOfEmployees", cast(null as double precision) as "AnnualRevenue", cast(null as text) as "CurrencyIsoCode", cast(null as text) as "OwnerId", cast(null as text) as "ParentId", 
    
    cast('Enterprise' as text)
 as "Customer_Segment__c", cast(null as timestamp without time zone) as "CreatedDate", 
    
    cast('2026-01-01 00:00:00' as timestamp without time zone)
 as "SystemModstamp", cast(null as boolean) as "IsDeleted", 
    
    cast('2026-01-05' as date)
 as "_drop_date", cast(null as text) as "_source_file", 
    
    cast(1 as bigint)
 as "_row_number", cast(null as timestamp without time zone) as "_loaded_at"
union all
select 
    
    cast('001A0000006Vm9rIAC' as text)
 as "Id", cast(null as text) as "Name", cast(null as text) as "Type", 
    
    cast(' MANUFACTURING ' as text)
 as "Industry", cast(null as text) as "BillingCountry", cast(null as bigint) as "NumberOfEmployees", cast(null as double precision) as "AnnualRevenue", cast(null as text) as "CurrencyIsoCode", cast(null as text) as "OwnerId", cast(null as text) as "ParentId", 
    
    cast(' ' as text)
 as "Customer_Segment__c", cast(null as timestamp without time zone) as "CreatedDate", 
    
    cast('2026-02-15 00:00:00' as timestamp without time zone)
 as "SystemModstamp", cast(null as boolean) as "IsDeleted", 
    
    cast('2026-03-05' as date)
 as "_drop_date", cast(null as text) as "_source_file", 
    
    cast(4 as bigint)
 as "_row_number", cast(null as timestamp without time zone) as "_loaded_at"
union all
select 
    
    cast('001A0000006Vm9rIAC' as text)
 as "Id", cast(null as text) as "Name", cast(null as text) as "Type", 
    
    cast(' MANUFACTURING ' as text)
 as "Industry", cast(null as text) as "BillingCountry", cast(null as bigint) as "NumberOfEmployees", cast(null as double precision) as "AnnualRevenue", cast(null as text) as "CurrencyIsoCode", cast(null as text) as "OwnerId", cast(null as text) as "ParentId", 
    
    cast(' ' as text)
 as "Customer_Segment__c", cast(null as timestamp without time zone) as "CreatedDate", 
    
    cast('2026-02-15 00:00:00' as timestamp without time zone)
 as "SystemModstamp", cast(null as boolean) as "IsDeleted", 
    
    cast('2026-04-05' as date)
 as "_drop_date", cast(null as text) as "_source_file", 
    
    cast(2 as bigint)
 as "_row_number", cast(null as timestamp without time zone) as "_loaded_at"