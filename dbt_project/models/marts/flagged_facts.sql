-- Facts kept out of the fact marts, with the reason (the extractor's flag or 'period not resolved').
select
    fact_id,
    document_id,
    fact_table,
    exclusion_reason as reason,
    exporter,
    destination,
    product,
    company,
    metric,
    market,
    basis,
    rank,
    period_start,
    period_end,
    period_grain,
    value,
    currency,
    change_pct,
    change_pp,
    qualifier,
    source_org,
    evidence
from {{ ref('stg_facts') }}
where exclusion_reason is not null
