
  create view "warehouse"."staging"."stg_billing__invoices__dbt_tmp"
    
    
  as (
    with

source as (
    select * from "warehouse"."raw"."billing_invoices"
),

renamed as (
    select
        ---------- ids
        trim("InvoiceNo") as invoice_no,
        case
        when length(trim("AccountId")) in (15, 18)
            then substr(trim("AccountId"), 1, 15)
            || substr('ABCDEFGHIJKLMNOPQRSTUVWXYZ012345', 1
                + case when ascii(substr(trim("AccountId"), 1, 1)) between 65 and 90 then 1 else 0 end
                + case when ascii(substr(trim("AccountId"), 2, 1)) between 65 and 90 then 2 else 0 end
                + case when ascii(substr(trim("AccountId"), 3, 1)) between 65 and 90 then 4 else 0 end
                + case when ascii(substr(trim("AccountId"), 4, 1)) between 65 and 90 then 8 else 0 end
                + case when ascii(substr(trim("AccountId"), 5, 1)) between 65 and 90 then 16 else 0 end, 1)
            || substr('ABCDEFGHIJKLMNOPQRSTUVWXYZ012345', 1
                + case when ascii(substr(trim("AccountId"), 6, 1)) between 65 and 90 then 1 else 0 end
                + case when ascii(substr(trim("AccountId"), 7, 1)) between 65 and 90 then 2 else 0 end
                + case when ascii(substr(trim("AccountId"), 8, 1)) between 65 and 90 then 4 else 0 end
                + case when ascii(substr(trim("AccountId"), 9, 1)) between 65 and 90 then 8 else 0 end
                + case when ascii(substr(trim("AccountId"), 10, 1)) between 65 and 90 then 16 else 0 end, 1)
            || substr('ABCDEFGHIJKLMNOPQRSTUVWXYZ012345', 1
                + case when ascii(substr(trim("AccountId"), 11, 1)) between 65 and 90 then 1 else 0 end
                + case when ascii(substr(trim("AccountId"), 12, 1)) between 65 and 90 then 2 else 0 end
                + case when ascii(substr(trim("AccountId"), 13, 1)) between 65 and 90 then 4 else 0 end
                + case when ascii(substr(trim("AccountId"), 14, 1)) between 65 and 90 then 8 else 0 end
                + case when ascii(substr(trim("AccountId"), 15, 1)) between 65 and 90 then 16 else 0 end, 1)
    end as account_id,
        -- As delivered, for tracing documents whose account is unknown.
        nullif(trim("AccountId"), '') as source_account_id,

        ---------- strings
        trim("DocumentType") as document_type,
        trim("Status") as status,
        upper(trim("Currency")) as currency,

        ---------- numerics
        -- Positive on invoices and credit notes alike, as in the file; the sign is applied in
        -- int_invoices_converted.
        "NetAmount" as net_amount,
        "VatAmount" as vat_amount,

        ---------- booleans
        lower(trim("DocumentType")) = 'creditnote' as is_credit_note,
        lower(trim("Status")) = 'posted' as is_posted,

        ---------- dates
        "InvoiceDate" as invoice_date,
        "DueDate" as due_date,

        ---------- lineage
        _drop_date,
        _source_file,
        _row_number
    from source
),

-- A document reappears in a later drop when it changes (e.g. voided): the latest drop wins.
final as (
    select distinct on (invoice_no) *
    from renamed
    order by invoice_no, _drop_date desc, _row_number desc
)

select * from final
  );