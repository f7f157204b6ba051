"""Reads a GraphML file with networkx and writes, as JSON on standard
output, what networkx finds in it: the number of nodes and edges, each
node's title, and the fewest-move path length from every node to every node
it reaches (networkx's single_source_shortest_path_length, a breadth-first
search). export's TestNetworkX compares this with the library's answers.

Usage: python3 paths.py FILE.graphml
"""
import json
import sys

import networkx as nx

g = nx.read_graphml(sys.argv[1], force_multigraph=True)
out = {
    "networkx": nx.__version__,
    "directed": g.is_directed(),
    "nodes": g.number_of_nodes(),
    "edges": g.number_of_edges(),
    "titles": {n: d.get("title", "") for n, d in g.nodes(data=True)},
    "lengths": {n: dict(nx.single_source_shortest_path_length(g, n)) for n in g.nodes},
}
json.dump(out, sys.stdout, sort_keys=True)
