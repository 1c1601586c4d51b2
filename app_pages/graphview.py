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


def layered(graph: nx.DiGraph, layer_of: dict[Any, int]) -> dict[Any, tuple[float, float]]:
    """Columns by layer (left to right), nodes spread evenly down each column in label order."""
    columns: dict[int, list[Any]] = {}
    for n in graph.nodes:
        columns.setdefault(layer_of.get(n, 0), []).append(n)
    pos = {}
    for x, layer in enumerate(sorted(columns)):
        nodes = sorted(columns[layer], key=lambda n: _label(n, graph.nodes[n]))
        for i, n in enumerate(nodes):
            pos[n] = (float(x), (len(nodes) - 1) / 2 - i)
    return pos


def rings(graph: nx.DiGraph, centre: Any, inner: set[str]) -> dict[Any, tuple[float, float]]:
    """The centre node in the middle, nodes of the inner kinds on a ring round it, the rest outside."""
    first = [n for n in graph.nodes if n != centre and _kind(graph.nodes[n]) in inner]
    second = [n for n in graph.nodes if n != centre and n not in first]
    pos = {centre: (0.0, 0.0)} if centre in graph else {}
    for radius, ring in ((1.0, first), (2.0, second)):
        ring = sorted(ring, key=lambda n: (_kind(graph.nodes[n]), _label(n, graph.nodes[n])))
        for i, n in enumerate(ring):
            angle = 2 * math.pi * i / max(len(ring), 1) + (0.3 if radius > 1 else 0.0)
            pos[n] = (radius * math.cos(angle), radius * math.sin(angle))
    return pos


def figure(
    graph: nx.DiGraph,
    highlight: set[Any] | None = None,
    height: int = 560,
    pos: dict[Any, tuple[float, float]] | None = None,
) -> go.Figure:
    """The graph as a plotly figure: edges with their labels on hover, nodes coloured by kind."""
    pos = pos or layout(graph)
    highlight = highlight or set()
    fig = go.Figure()
    edge_x: list[float | None] = []
    edge_y: list[float | None] = []
    mid_x, mid_y, mid_text = [], [], []
    for u, v, data in graph.edges(data=True):
        (x0, y0), (x1, y1) = pos[u], pos[v]
        edge_x += [x0, x1, None]
        edge_y += [y0, y1, None]
        mid_x.append((x0 + x1) / 2)
        mid_y.append((y0 + y1) / 2)
        words = [str(data.get("label") or data.get("kind") or data.get("relation") or "")]
        if data.get("citation") or data.get("provision"):
            words.append(str(data.get("citation") or format_citation(str(data["provision"]))))
        mid_text.append("<br>".join(w for w in words if w))
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
    fig.add_trace(
        go.Scatter(
            x=mid_x,
            y=mid_y,
            mode="markers",
            marker={"size": 6, "color": "#999", "symbol": "diamond"},
            text=mid_text,
            hoverinfo="text",
            name="edges",
        )
    )
    by_kind: dict[str, list[Any]] = {}
    for n, data in graph.nodes(data=True):
        by_kind.setdefault(_kind(data), []).append(n)
    for kind, nodes in sorted(by_kind.items()):
        fig.add_trace(
            go.Scatter(
                x=[pos[n][0] for n in nodes],
                y=[pos[n][1] for n in nodes],
                mode="markers+text",
                name=kind,
                text=[_short(_label(n, graph.nodes[n])) for n in nodes],
                textposition="top center",
                hovertext=[_hover(n, graph.nodes[n]) for n in nodes],
                hoverinfo="text",
                marker={
                    "size": [22 if n in highlight else 15 for n in nodes],
                    "color": COLOURS.get(kind, "#7f7f7f"),
                    "line": {"width": [3 if n in highlight else 1 for n in nodes], "color": "#333"},
                },
            )
        )
    fig.update_layout(
        height=height,
        showlegend=True,
        margin={"l": 10, "r": 10, "t": 10, "b": 10},
        xaxis={"visible": False},
        yaxis={"visible": False},
        legend={"orientation": "h"},
        hovermode="closest",
    )
    return fig


def _short(text: str, n: int = 40) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _hover(node: Any, data: dict) -> str:
    lines = [f"<b>{_label(node, data)}</b>", str(node)]
    for key in ("role", "state", "citation", "summary", "description"):
        if data.get(key):
            lines.append(f"{key}: {_short(str(data[key]), 90)}")
    return "<br>".join(lines)
