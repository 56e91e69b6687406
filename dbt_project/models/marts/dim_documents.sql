-- One row per ingested document (contract: marts.dim_documents).
select
    document_id,
    source_uri,
    title,
    published_on,
    ingested_at
from {{ ref('stg_documents') }}
