-- Every extracted fact, typed, with the reason it is kept out of the fact marts (null = publishable).
-- A fact is kept out when the extractor flagged it, or when its period could not be resolved
-- (the contract: a period is never invented).
with facts as (
    select * from {{ source('raw', 'facts') }}
)

select
    fact_id,
    document_id,
    fact_table,
    cast(article_index as integer) as article_index,
    article_title,
    exporter,
    destination,
    product,
    company,
    metric,
    market,
    basis,
    cast(rank as integer) as rank,
    cast(period_start as date) as period_start,
    cast(period_end as date) as period_end,
    period_grain,
    cast(value as double) as value,
    currency,
    cast(value_usd as double) as value_usd,
    cast(change_pct as double) as change_pct,
    cast(change_pp as double) as change_pp,
    qualifier,
    source_org,
    evidence,
    flag,
    case
        when flag is not null then flag
        when period_start is null or period_end is null then 'period not resolved'
    end as exclusion_reason
from facts
