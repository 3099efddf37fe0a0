create schema if not exists intermediate;
    create table if not exists intermediate._incremental_watermarks (
        model varchar, loaded_until timestamp, fingerprint varchar
    );
    create table if not exists intermediate._rebuilt_customers (
        customer_id varchar, loaded_until timestamp
    );
    delete from intermediate._rebuilt_customers
    where loaded_until <= (select min(loaded_until) from intermediate._incremental_watermarks)