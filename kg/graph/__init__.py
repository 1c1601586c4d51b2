"""The knowledge graph: RDF store, build, versions over time, graph questions, network views."""
