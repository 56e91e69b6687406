-- One row per stated company financial figure (contract: marts.fct_revenues).
-- Flagged facts and facts whose period is not resolved are kept out (see flagged_facts).
select
    fact_id,
    document_id,
    company,
    metric,
    period_start,
    period_end,
    period_grain,
    value,
    currency,
    value_usd,
    change_pct,
    qualifier,
    source_org,
    evidence
from {{ ref('stg_facts') }}
where fact_table = 'fct_revenues'
  and exclusion_reason is null
