-- Files of the landing folder that could not be used, with the reason; their files stay untouched.
select
    source_uri,
    file_name,
    reason,
    cast(seen_at as timestamp) as seen_at
from {{ source('raw', 'quarantine') }}
