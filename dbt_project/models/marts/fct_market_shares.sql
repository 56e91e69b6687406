-- One row per stated market share (contract: marts.fct_market_shares); share_pct is the fact's value.
-- Flagged facts and facts whose period is not resolved are kept out (see flagged_facts).
select
    fact_id,
    document_id,
    company,
    market,
    basis,
    rank,
    period_start,
    period_end,
    period_grain,
    value as share_pct,
    change_pp,
    qualifier,
    source_org,
    evidence
from {{ ref('stg_facts') }}
where fact_table = 'fct_market_shares'
  and exclusion_reason is null
