{#
    The ultimate parent of each account in `links` (SPEC §3 "Account hierarchy"), per value of
    the column `by` (the month, or a constant for the current state).

    `links` has one row per (`by`, account_id) for the accounts that have a parent, with its
    parent_account_id. The chain is walked upwards with var('hierarchy_max_depth') left joins
    (no recursive CTE: Spark has none), one more to see whether it goes on:

        node_0 (the account) → node_1 (its parent) → … → node_{depth + 1}

    - The chain ends (node_{depth + 1} is NULL): the ultimate parent is the last node, the depth
      the number of steps to it.
    - A node comes back further up the chain: a CYCLE (A → B → A, or A → A). Every node from
      the first one that comes back belongs to the cycle; the accounts in it and under it all
      get the smallest Id of the cycle as ultimate parent, so that their figures still roll up,
      one group per cycle. hierarchy_issue says 'cycle', the depth is NULL.
    - Neither within the depth: the chain is deeper than the limit (or its cycle longer). The
      account rolls up to the account `depth` steps up, and hierarchy_issue says 'too deep':
      reported, never silently cut. Raise hierarchy_max_depth (dbt_project.yml).

    Returns: `by`, account_id, parent_account_id, ultimate_parent_id, hierarchy_depth,
    hierarchy_issue, is_in_cycle (the account itself is one of the cycle's).
#}
{% macro account_hierarchy(links, by) -%}
    {%- set depth = var('hierarchy_max_depth') | int -%}
    select
        {{ by }},
        node_0 as account_id,
        node_1 as parent_account_id,
        case
            when node_{{ depth + 1 }} is null
                then coalesce(
                    {%- for k in range(depth, -1, -1) %}
                    node_{{ k }}{{ ',' if not loop.last }}
                    {%- endfor %}
                )
            when is_in_cycle_{{ depth }}
                then least(
                    {%- for k in range(depth + 1) %}
                    case when is_in_cycle_{{ k }} then node_{{ k }} end{{ ',' if not loop.last }}
                    {%- endfor %}
                )
            else node_{{ depth }}
        end as ultimate_parent_id,
        case
            when node_{{ depth + 1 }} is null
                then cast(
                {%- for k in range(1, depth + 1) %}
                    case when node_{{ k }} is null then 0 else 1 end{{ ' +' if not loop.last }}
                {%- endfor %}
                    as bigint
                )
        end as hierarchy_depth,
        case
            when node_{{ depth + 1 }} is null then null
            when is_in_cycle_{{ depth }} then 'cycle'
            else 'too deep'
        end as hierarchy_issue,
        is_in_cycle_0 as is_in_cycle
    from (
        -- is_in_cycle_k: node_k, or a node below it, comes back further up: node_k is in the
        -- cycle (every node above the first that comes back is).
        select
            *,
            {%- for k in range(depth + 1) %}
            {% for i in range(k + 1) %}comes_back_{{ i }}{{ ' or ' if not loop.last }}{% endfor %} as is_in_cycle_{{ k }}{{ ',' if not loop.last }}
            {%- endfor %}
        from (
            select
                *,
                -- (A comparison with the NULLs past the chain's end is unknown, not true.)
                {%- for i in range(depth + 1) %}
                coalesce(
                    node_{{ i }} in ({% for j in range(i + 1, depth + 2) %}node_{{ j }}{{ ', ' if not loop.last }}{% endfor %}),
                    false
                ) as comes_back_{{ i }}{{ ',' if not loop.last }}
                {%- endfor %}
            from (
                select
                    step_0.{{ by }},
                    step_0.account_id as node_0,
                    {%- for k in range(depth + 1) %}
                    step_{{ k }}.parent_account_id as node_{{ k + 1 }}{{ ',' if not loop.last }}
                    {%- endfor %}
                from {{ links }} as step_0
                {%- for k in range(1, depth + 1) %}
                left join {{ links }} as step_{{ k }}
                    on
                        step_0.{{ by }} = step_{{ k }}.{{ by }}
                        and step_{{ k - 1 }}.parent_account_id = step_{{ k }}.account_id
                {%- endfor %}
            ) as walked
        ) as compared
    ) as flagged
{%- endmacro %}
