-- One row per stated export value (contract: marts.fct_exports).
-- Flagged facts and facts whose period is not resolved are kept out (see flagged_facts).
select
    fact_id,
    document_id,
    exporter,
    destination,
    product,
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
where fact_table = 'fct_exports'
  and exclusion_reason is null
