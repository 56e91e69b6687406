{#-
  Post-hook of every model (dbt_project.yml): logs the model's columns and those of its parents (refs
  and sources) as one JSON line. dagster-dbt reads that line from dbt's structured log and attaches
  the column schema and the column lineage (sqlglot over the compiled SQL) to the model's
  materialization in the Dagster UI. It runs inside the dbt process, which holds the DuckDB file:
  nothing else has to open the build database while dbt writes it. Outside Dagster it does nothing.
-#}
{% macro dagster_column_metadata() %}
    {%- if execute and env_var('DAGSTER_DBT_CLI', '') == 'true' -%}
        {%- set parents = [] -%}
        {%- for r in model.refs -%}
            {%- do parents.append(ref(r['name'], package=r.get('package'), version=r.get('version'))) -%}
        {%- endfor -%}
        {%- for s in model.sources -%}
            {%- do parents.append(source(s[0], s[1])) -%}
        {%- endfor -%}
        {%- set log_entry = {'relation_name': this.render(), 'columns': newsfacts_column_types(this), 'parents': {}} -%}
        {%- for p in parents -%}
            {%- do log_entry['parents'].update({p.render(): {'columns': newsfacts_column_types(p)}}) -%}
        {%- endfor -%}
        {%- do log(tojson(log_entry), info=true) -%}
    {%- endif -%}
{% endmacro %}

{% macro newsfacts_column_types(relation) %}
    {%- set types = {} -%}
    {%- for column in adapter.get_columns_in_relation(relation) -%}
        {%- do types.update({column.name: {'data_type': column.dtype}}) -%}
    {%- endfor -%}
    {{- return(types) -}}
{% endmacro %}
