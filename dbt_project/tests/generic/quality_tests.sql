{#-
  Generic data tests of the marts (no dbt Hub packages). Each returns the offending rows; with
  severity error (dbt_project.yml) a failing one is a blocking Dagster asset check.
-#}

{#- The column holds an ISO 4217 currency code (macros/iso_4217_codes.sql); nulls are not_null's job. -#}
{% test iso_4217_currency(model, column_name) %}
select {{ column_name }} as currency, count(*) as n_rows
from {{ model }}
where {{ column_name }} is not null
  and {{ column_name }} not in ({% for c in iso_4217_codes() %}'{{ c }}'{% if not loop.last %}, {% endif %}{% endfor %})
group by 1
{% endtest %}

{#- Values between min_value and max_value (inclusive; either may be omitted). NaN is out of range. -#}
{% test within_range(model, column_name, min_value=none, max_value=none) %}
select *
from {{ model }}
where {{ column_name }} is not null
  and (isnan(cast({{ column_name }} as double))
       {%- if min_value is not none %} or {{ column_name }} < {{ min_value }}{% endif %}
       {%- if max_value is not none %} or {{ column_name }} > {{ max_value }}{% endif %})
{% endtest %}

{#- A money amount: finite (no NaN, no infinity) and not zero. -#}
{% test finite_nonzero(model, column_name) %}
select *
from {{ model }}
where {{ column_name }} is not null
  and (not isfinite({{ column_name }}) or {{ column_name }} = 0)
{% endtest %}

{#- The column is not after other_column in the same row (period_start <= period_end). -#}
{% test not_after(model, column_name, other_column) %}
select *
from {{ model }}
where {{ column_name }} > {{ other_column }}
{% endtest %}

{#- Text that says something: not empty, not only whitespace. -#}
{% test not_blank(model, column_name) %}
select *
from {{ model }}
where {{ column_name }} is not null
  and trim({{ column_name }}) = ''
{% endtest %}

{#- No value of the column appears in field of another relation (no flagged fact in a fact mart). -#}
{% test not_in_relation(model, column_name, to, field) %}
select m.*
from {{ model }} as m
where m.{{ column_name }} in (select {{ field }} from {{ to }} where {{ field }} is not null)
{% endtest %}

{#- Per group, the sum of the column is at most max_value (market shares of one market and period);
    rows matching exclude_where are not added (stated groups such as '... (combined)'). -#}
{% test group_sum_at_most(model, column_name, group_by, max_value, exclude_where=none) %}
select {{ group_by | join(', ') }}, sum({{ column_name }}) as total, count(*) as n_rows
from {{ model }}
{%- if exclude_where %}
where not ({{ exclude_where }})
{%- endif %}
group by {{ group_by | join(', ') }}
having sum({{ column_name }}) > {{ max_value }}
{% endtest %}
