-- One row per ingested document, without its text.
select
    document_id,
    source_uri,
    file_name,
    title,
    cast(published_on as date) as published_on,
    date_source,
    encoding,
    n_chars,
    file_sha256,
    cast(ingested_at as timestamp) as ingested_at,
    warnings
from {{ source('raw', 'documents') }}
