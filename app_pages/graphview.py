"""Draw a networkx graph as an interactive plotly figure (hover for details, zoom and pan)."""

from __future__ import annotations

import math
from typing import Any

import networkx as nx
import plotly.graph_objects as go

from kg.api import format_citation

# Node kind -> colour; anything else is grey.
COLOURS = {
    "institution": "#1f77b4",
    "case": "#d62728",
    "actor": "#ff7f0e",
    "conduct": "#8c564b",
    "norm": "#2ca02c",
    "sanction": "#9467bd",
    "provision": "#17becf",
    "article": "#bcbd22",
    "outcome": "#e377c2",
    "violation": "#d62728",
}


def _kind(data: dict) -> str:
    return str(data.get("kind") or data.get("type") or "other")


def _label(node: Any, data: dict) -> str:
    return str(data.get("label") or data.get("name") or data.get("title") or node)


def layout(graph: nx.DiGraph) -> dict[Any, tuple[float, float]]:
    """Positions: layered left to right when the graph is a DAG (a chain reads best so), else spring."""
    if graph.number_of_nodes() == 0:
        return {}
    if nx.is_directed_acyclic_graph(graph) and graph.number_of_nodes() <= 60:
        layers = {}
        for layer, nodes in enumerate(nx.topological_generations(graph)):
            for n in nodes:
                layers[n] = layer
        return layered(graph, layers)
    k = 1.6 / math.sqrt(max(graph.number_of_nodes(), 1))
    pos = nx.spring_layout(graph, seed=7, k=k, iterations=80)
    return {n: (float(x), float(y)) for n, (x, y) in pos.items()}


def layered(graph: nx.DiGraph, layer_of: dict[Any, int] | None = None) -> dict[Any, tuple[float, float]]:
    """Columns by layer, left to right (a node's ``layer`` attribute when no mapping is given); within a
    column nodes sit near the mean height of their neighbours in the column before, so lines cross less."""
    if layer_of is None:
        layer_of = {n: int(d.get("layer", 0)) for n, d in graph.nodes(data=True)}
    columns: dict[int, list[Any]] = {}
    for n in graph.nodes:
        columns.setdefault(layer_of.get(n, 0), []).append(n)
    pos: dict[Any, tuple[float, float]] = {}
    tallest = max((len(c) for c in columns.values()), default=1)
    for x, layer in enumerate(sorted(columns)):
        nodes = sorted(columns[layer], key=lambda n: _label(n, graph.nodes[n]))

        def centre(n: Any) -> float:
            ys = [pos[m][1] for m in [*graph.predecessors(n), *graph.successors(n)] if m in pos]
            return -sum(ys) / len(ys) if ys else 0.0

        if x:
            nodes.sort(key=centre)
        # Columns sit alternately a little higher and lower, so that an edge skipping a column does
        # not run through the nodes between and labels of neighbouring columns do not meet.
        lift = 0.35 if x % 2 else -0.35
        # A short column spreads over the height of the tallest, so its labels have room.
        gap = min(2.5, max(1.0, tallest / len(nodes)))
        for i, n in enumerate(nodes):
            pos[n] = (float(x), gap * ((len(nodes) - 1) / 2 - i) + lift)
    return pos


def height_for(graph: nx.DiGraph, per_node: int = 100, least: int = 480) -> int:
    """A figure height that gives every node of the fullest column room for its label."""
    sizes: dict[Any, int] = {}
    for _, data in graph.nodes(data=True):
        sizes[data.get("layer", 0)] = sizes.get(data.get("layer", 0), 0) + 1
    return max(least, per_node * max(sizes.values(), default=1))


def figure(
    graph: nx.DiGraph,
    highlight: set[Any] | None = None,
    height: int = 560,
    pos: dict[Any, tuple[float, float]] | None = None,
    edge_labels: bool = False,
) -> go.Figure:
    """The graph as a plotly figure: edges with their labels on hover, nodes coloured by kind."""
    pos = pos or layout(graph)
    highlight = highlight or set()
    fig = go.Figure()
    edge_x: list[float | None] = []
    edge_y: list[float | None] = []
    mid_x, mid_y, mid_text = [], [], []
    mid_label: list[str] = []
    seq_x: list[float | None] = []
    seq_y: list[float | None] = []
    for u, v, data in graph.edges(data=True):
        (x0, y0), (x1, y1) = pos[u], pos[v]
        if data.get("sequence"):
            seq_x += [x0, x1, None]
            seq_y += [y0, y1, None]
        else:
            edge_x += [x0, x1, None]
            edge_y += [y0, y1, None]
        mid_x.append((x0 + x1) / 2)
        mid_y.append((y0 + y1) / 2)
        power = str(data.get("label") or data.get("kind") or data.get("relation") or "")
        words = [power]
        if data.get("citation") or data.get("provision"):
            words.append(str(data.get("citation") or format_citation(str(data["provision"]))))
        mid_text.append("<br>".join(_safe(w) for w in words if w))
        # Every edge into a sanction says "imposes", and dotted edges only order the stages: words on
        # them would crowd the picture (hover still tells).
        quiet = _kind(graph.nodes[v]) == "sanction" or data.get("sequence")
        mid_label.append("" if quiet else _safe(power))
        fig.add_annotation(
            x=x1, y=y1, ax=x0, ay=y0, xref="x", yref="y", axref="x", ayref="y",
            showarrow=True, arrowhead=2, arrowsize=1, arrowwidth=1, arrowcolor="#999", standoff=12, text="",
        )  # fmt: skip
    fig.add_trace(
        go.Scatter(
            x=edge_x,
            y=edge_y,
            mode="lines",
            line={"width": 1, "color": "#bbb"},
            hoverinfo="skip",
            showlegend=False,
        )
    )
    if seq_x:
        fig.add_trace(
            go.Scatter(
                x=seq_x,
                y=seq_y,
                mode="lines",
                line={"width": 1, "color": "#ccc", "dash": "dot"},
                hoverinfo="skip",
                name="next stage of the procedure",
            )
        )
    fig.add_trace(
        go.Scatter(
            x=mid_x,
            y=mid_y,
            mode="markers+text" if edge_labels else "markers",
            marker={"size": 6, "color": "#999", "symbol": "diamond"},
            text=mid_label,
            textfont={"size": 10, "color": "#666"},
            textposition="middle right",
            hovertext=mid_text,
            hoverinfo="text",
            name="links (hover for the provision)",
        )
    )
    by_kind: dict[str, list[Any]] = {}
    for n, data in graph.nodes(data=True):
        by_kind.setdefault(_kind(data), []).append(n)
    shown = short_labels(graph)
    for kind, nodes in sorted(by_kind.items()):
        fig.add_trace(
            go.Scatter(
                x=[pos[n][0] for n in nodes],
                y=[pos[n][1] for n in nodes],
                mode="markers+text",
                name=kind,
                text=[shown[n] for n in nodes],
                textposition=[_text_side(pos, n, i) for i, n in enumerate(nodes)],
                hovertext=[_hover(n, graph.nodes[n]) for n in nodes],
                hoverinfo="text",
                marker={
                    "size": [22 if n in highlight else 15 for n in nodes],
                    "color": COLOURS.get(kind, "#7f7f7f"),
                    "line": {"width": [3 if n in highlight else 1 for n in nodes], "color": "#333"},
                },
            )
        )
    columns = graph.graph.get("columns") or {}
    if columns:
        # Column headings: which stage of the procedure each column is.
        at_x = {data.get("layer", 0): pos[n][0] for n, data in graph.nodes(data=True) if n in pos}
        top = max((p[1] for p in pos.values()), default=0.0) + 0.9
        for layer, x in at_x.items():
            if layer in columns:
                fig.add_annotation(x=x, y=top, text=f"<b>{_safe(columns[layer])}</b>", showarrow=False)
    xs = [p[0] for p in pos.values()] or [0.0]
    ys = [p[1] for p in pos.values()] or [0.0]
    # Room round the outermost nodes, so that their labels are not cut at the edges.
    pad_x = max(0.8, 0.12 * (max(xs) - min(xs)))
    pad_y = max(0.5, 0.08 * (max(ys) - min(ys))) + (0.6 if columns else 0.0)
    fig.update_layout(
        height=height,
        showlegend=True,
        margin={"l": 20, "r": 20, "t": 30, "b": 20},
        xaxis={
            "visible": False,
            "range": [min(xs) - pad_x, max(xs) + pad_x * (2.2 if len(set(xs)) > 2 else 1)],
        },
        yaxis={"visible": False, "range": [min(ys) - pad_y, max(ys) + pad_y]},
        legend={"orientation": "h"},
        hovermode="closest",
    )
    return fig


def _text_side(pos: dict[Any, tuple[float, float]], node: Any, i: int) -> str:
    """Labels of the last column to the right (the margin leaves them room); inside a column above and
    below in turn, so that neighbours do not write over each other."""
    xs = {p[0] for p in pos.values()}
    if len(xs) > 2 and pos[node][0] == max(xs):
        return "middle right"
    return "top center" if i % 2 == 0 else "bottom center"


def _short(text: str, n: int = 40) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _safe(text: str) -> str:
    """Plotly reads a few HTML tags in text: a record's own words are shown as words."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def short_labels(graph: nx.DiGraph, n: int = 48) -> dict[Any, str]:
    """Each node's label cut to fit and wrapped on two lines; two nodes never end up with the same one."""
    out: dict[Any, str] = {}
    taken: set[str] = set()
    for node, data in graph.nodes(data=True):
        full = _label(node, data)
        width = n
        cut = _short(full, width)
        while cut in taken and width < len(full):
            width += 8
            cut = _short(full, width)
        k = 2
        base = cut
        while cut in taken:
            cut, k = f"{base} ({k})", k + 1
        taken.add(cut)
        out[node] = _wrap(_safe(cut))
    return out


def _wrap(text: str, width: int = 20) -> str:
    """Break a label into short lines (plotly does not wrap text)."""
    import textwrap

    return "<br>".join(textwrap.wrap(text, width=width, break_long_words=False)) or text


def _hover(node: Any, data: dict) -> str:
    lines = [f"<b>{_safe(_label(node, data))}</b>"]
    for key in ("description", "role", "state", "citation", "summary"):
        if data.get(key):
            lines.append(_safe(str(data[key])).replace("&lt;br&gt;", "<br>"))
    return "<br>".join(lines)
