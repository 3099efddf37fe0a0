-- The group of every account that has a parent, as of each reported month's end (SPEC §3,
-- account hierarchy): its parent then, its ultimate parent, how deep it sits, and any cycle.
-- An account without a row here is its own ultimate parent that month.

with

months as (
    select month from {{ ref('int_months') }}
),

accounts as (
    select * from {{ ref('int_accounts_historized') }}
),

-- A parent counts while it is a known account that is not deleted at the month's end: a
-- ParentId naming no account (or a deleted one) ends the chain at the account that names it.
links as (
    select
        months.month,
        children.account_id,
        parents.account_id as parent_account_id
    from months
    inner join accounts as children
        on {{ valid_at_month_end('children', 'months.month') }}
    inner join accounts as parents
        on
            children.parent_account_id = parents.account_id
            and {{ valid_at_month_end('parents', 'months.month') }}
            and not parents.is_deleted
),

final as (
    {{ account_hierarchy('links', 'month') }}
)

select * from final
