"""Reads an ikg export with networkx and prints a JSON summary: counts and every node's and edge's attributes."""
import csv
import json
import sys
from pathlib import Path

import networkx as nx
from networkx.readwrite.gexf import GEXF


def read_gexf(path):
    # networkx 2.8 (Debian 12) knows GEXF up to 1.2draft; 1.3 differs only in its namespaces, as networkx 3 declares it.
    if "1.3" not in GEXF.versions:
        GEXF.versions["1.3"] = {
            **GEXF.versions["1.2draft"],
            "NS_GEXF": "http://gexf.net/1.3",
            "NS_VIZ": "http://gexf.net/1.3/viz",
            "VERSION": "1.3",
        }
    return nx.read_gexf(path, version="1.3")


def read_json(path):
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    graph = nx.MultiDiGraph()
    for node in data["nodes"]:
        graph.add_node(node["key"], **node.get("attributes", {}))
    for edge in data["edges"]:
        graph.add_edge(edge["source"], edge["target"], key=edge["key"], **edge.get("attributes", {}))
    return graph


def read_csv(folder):
    """Builds the graph neo4j-admin would import; Article ids get the `article:` prefix the graph keys use."""
    graph = nx.MultiDiGraph()

    def node_key(header, value):
        return f"article:{value}" if header.endswith("(Article)") else value

    for name in ["entities.csv", "articles.csv", "relations.csv", "mentions.csv"]:
        with open(Path(folder) / name, newline="", encoding="utf-8") as file:
            for row in csv.DictReader(file):
                ends = {k.split("(")[0]: node_key(k, v) for k, v in row.items() if k.startswith((":START_ID", ":END_ID"))}
                fields = {k.split(":")[0]: v for k, v in row.items() if k and not k.startswith(":")}
                if not ends:
                    id_header = next(k for k in row if k.startswith("id:ID"))
                    graph.add_node(node_key(id_header, row[id_header]), **fields)
                else:
                    key = fields.pop("key")
                    graph.add_edge(ends[":START_ID"], ends[":END_ID"], key=key, **fields)
    return graph


READERS = {"gexf": read_gexf, "graphml": nx.read_graphml, "json": read_json, "csv": read_csv}

fmt, path = sys.argv[1], sys.argv[2]
graph = READERS[fmt](path)
if graph.is_multigraph():
    triples = [(u, v, {"id": k, **d}) for u, v, k, d in graph.edges(keys=True, data=True)]
else:
    triples = graph.edges(data=True)
edges = {d.get("id"): {"source": u, "target": v, "data": d} for u, v, d in triples}
print(json.dumps({"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(),
                  "nodeData": dict(graph.nodes(data=True)), "edgeData": edges}, ensure_ascii=False, default=str))
