"""SPARQL: a read-only console over the knowledge graph, with worked examples and CSV download."""

from __future__ import annotations

import csv
import io
from typing import Any

import streamlit as st

from app_pages import state

PREFIXES = """PREFIX kga: <https://kg-asn.example/ontology#>
PREFIX eli: <http://data.europa.eu/eli/ontology#>
PREFIX id: <https://kg-asn.example/id/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""

# Worked examples, each a query over the ontology in kg/graph/ontology.ttl.
EXAMPLES: dict[str, str] = {
    "Prohibitions and the provisions they rest on": PREFIXES
    + """SELECT ?norm ?act ?provision WHERE {
  ?norm a kga:Norm ; kga:normKind kga:Prohibition ; kga:act ?act ; kga:restsOn ?provision .
  FILTER(lang(?act) = "en")
} ORDER BY ?norm LIMIT 100""",
    "Institutions and their powers, each with its provision": PREFIXES
    + """SELECT ?institution ?name ?power ?provision WHERE {
  ?institution a kga:Institution ; kga:name ?name ; kga:hasPower ?p .
  ?p kga:powerKind ?power ; kga:grantedBy ?provision .
} ORDER BY ?institution ?power LIMIT 100""",
    "Sanctions by regime": PREFIXES
    + """SELECT DISTINCT ?sanction ?regime ?kind WHERE {
  ?sanction a ?class ; kga:regime ?regime ; kga:sanctionKind ?kind .
  ?class rdfs:subClassOf* kga:Sanction .
} ORDER BY ?regime ?sanction LIMIT 100""",
    "Does any norm forbid using state facilities in a campaign? (ASK)": PREFIXES
    + """ASK {
  ?norm a kga:Norm ; kga:normKind kga:Prohibition ; kga:act ?act .
  FILTER(CONTAINS(LCASE(STR(?act)), "fasilitas"))
}""",
    "Triples per named graph": """SELECT ?g (COUNT(*) AS ?triples) WHERE { GRAPH ?g { ?s ?p ?o } }
GROUP BY ?g ORDER BY DESC(?triples) LIMIT 50""",
}

MAX_ROWS_SHOWN = 1000


def render() -> None:
    st.title("SPARQL console")
    st.caption("Read-only: updates are refused. Pick a worked example or write your own query.")
    store = state.ensure_store()
    choice = st.selectbox("Worked example", list(EXAMPLES), key="sparql_example")
    with st.form("sparql_form"):
        query = st.text_area("Query", value=EXAMPLES[choice], height=220, key=f"sparql_query_{choice}")
        submitted = st.form_submit_button("Run query", type="primary")
    if not submitted:
        return
    if not query.strip():
        st.warning("Write a query first.")
        return
    try:
        result = run_query(store, query)
    except ImportError as exc:
        st.error(f"The graph layer is not installed yet ({exc.name}); the console cannot run queries.")
        return
    except Exception as exc:  # noqa: BLE001 — parser messages, refusals and missing graphs are all shown
        st.error(state.short_error(exc))
        return
    show_result(result)


def run_query(store: Any, query: str) -> Any:
    """Run one read-only query through the graph layer (which refuses updates)."""
    from kg.api import run_sparql

    return run_sparql(store, query, gs=state.graph_store())


def to_table(result: Any) -> tuple[list[str], list[list[Any]]] | bool | str:
    """A query result as (columns, rows), a boolean for ASK, or Turtle text for CONSTRUCT/DESCRIBE."""
    if isinstance(result, bool):
        return result
    if isinstance(result, str):
        return result
    if isinstance(result, dict):
        if "boolean" in result:
            return bool(result["boolean"])
        cols = list(result.get("variables") or result.get("columns") or result.get("vars") or [])
        rows = result.get("rows") or result.get("results") or []
        rows = [[r.get(c) for c in cols] if isinstance(r, dict) else list(r) for r in rows]
        return cols, rows
    if hasattr(result, "variables") and hasattr(result, "rows"):
        return list(result.variables), [list(r) for r in result.rows]
    if hasattr(result, "serialize") and not hasattr(result, "vars"):
        return result.serialize(format="turtle")
    if isinstance(result, list):
        cols = list(result[0]) if result and isinstance(result[0], dict) else []
        return cols, [[r.get(c) for c in cols] for r in result]
    raise TypeError(f"unexpected result type {type(result).__name__}")


def show_result(result: Any) -> None:
    table = to_table(result)
    if isinstance(table, bool):
        st.success(f"ASK: {'yes' if table else 'no'}")
        return
    if isinstance(table, str):
        st.code(table, language="turtle")
        st.download_button("Download Turtle", table, file_name="result.ttl", mime="text/turtle")
        return
    cols, rows = table
    if cols == ["ask"] and len(rows) == 1:
        st.success(f"ASK: {'yes' if rows[0][0] else 'no'}")
        return
    more = f", first {MAX_ROWS_SHOWN} shown" if len(rows) > MAX_ROWS_SHOWN else ""
    st.caption(f"{len(rows)} row(s){more}")
    if not rows:
        st.info("No results.")
        return
    from kg.api import record_id

    data = {c: [_short(r[i]) for r in rows[:MAX_ROWS_SHOWN]] for i, c in enumerate(cols)}
    config = {}
    for i, c in enumerate(cols):
        # A column of our own records reads as names, each a link to where the record is shown.
        values = data[c]
        ids = [record_id(_cell(r[i])) for r in rows[:MAX_ROWS_SHOWN]]
        if any(ids):
            data[c] = [_named_link(i) if i else v for i, v in zip(ids, values, strict=True)]
            if all(v is None or "#" in str(v) for v in data[c]):
                config[c] = st.column_config.LinkColumn(c, display_text=r"#(.+)$")
    st.dataframe(data, hide_index=True, column_config=config)
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(cols)
    writer.writerows([[_cell(v) for v in r] for r in rows])
    st.download_button("Download CSV", buf.getvalue(), file_name="result.csv", mime="text/csv")


def _named_link(item_id: str) -> str:
    """A record id as 'link#name' for a link column (the name after '#' is what the cell shows)."""
    from kg.api import display_name

    target = state.href(item_id)
    name = display_name(item_id, state.corpus())
    return f"{target}#{name}" if target else f"#{name}"


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


def _short(value: Any) -> str:
    """Our own IRIs shortened to the prefixes the examples use (the CSV keeps them whole)."""
    text = _cell(value)
    for base, prefix in (("https://kg-asn.example/id/", "id:"), ("https://kg-asn.example/ontology#", "kga:")):
        if text.startswith(base):
            return prefix + text[len(base) :]
    return text


if __name__ == "__main__":  # run by st.navigation as a page script
    state.guarded(render)()
