"""Expands a Valueflows JSON-LD file with pyld, a real JSON-LD processor,
without the network (a document loader that refuses every URL, so the
inline @context must be complete), and prints what the expanded graph says
as JSON: events per action, the work and money each provider gave, the
`corrects` links, claims and settlements per receiver.

Run by tests/interchange.rs with the Python of the test set-up.
"""

import json
import sys
from collections import defaultdict
from decimal import Decimal

from pyld import jsonld

VF = "https://w3id.org/valueflows/ont/vf#"
OM2 = "http://www.ontology-of-units-of-measure.org/resource/om-2/"
DECIMAL = "http://www.w3.org/2001/XMLSchema#decimal"


def no_network(url, options=None):
    raise jsonld.JsonLdError("no network in tests", "loading document failed", {"url": url})


def one(node, prop):
    values = node.get(prop, [])
    if len(values) != 1:
        return None
    value = values[0]
    return value.get("@id", value.get("@value"))


def quantity(nodes, node, prop):
    ref = node.get(VF + prop)
    if not ref:
        return None
    measure = ref[0] if "@id" not in ref[0] else nodes[ref[0]["@id"]]
    value = measure[OM2 + "hasNumericalValue"][0]
    assert value["@type"] == DECIMAL, value
    return Decimal(value["@value"]), one(measure, OM2 + "hasUnit")


def main(path):
    with open(path, encoding="utf-8") as f:
        document = json.load(f)
    expanded = jsonld.expand(document, {"documentLoader": no_network})
    graph = expanded[0]["@graph"] if "@graph" in expanded[0] else expanded
    nodes = {n["@id"]: n for n in graph if "@id" in n}
    actions = defaultdict(int)
    work = defaultdict(Decimal)
    money_in = defaultdict(Decimal)
    corrects = {}
    claims = defaultdict(Decimal)
    settled = defaultdict(Decimal)
    for node in graph:
        types = node.get("@type", [])
        if VF + "EconomicEvent" in types:
            action = one(node, VF + "action")
            assert action.startswith(VF), action
            actions[action[len(VF):]] += 1
            provider = one(node, VF + "provider")
            effort = quantity(nodes, node, "effortQuantity")
            if effort and action == VF + "work" and not node.get(VF + "corrects"):
                work[f"{provider} {effort[1]}"] += effort[0]
            if node.get(VF + "corrects"):
                corrects[node["@id"]] = one(node, VF + "corrects")
            resource = quantity(nodes, node, "resourceQuantity")
            if resource and action == VF + "transfer" and provider and provider.startswith("urn:openvalue:agent:") and not node.get(VF + "corrects"):
                if provider != "urn:openvalue:agent:cooperative":
                    money_in[provider] += resource[0]
        if VF + "Claim" in types:
            claims[one(node, VF + "receiver")] += quantity(nodes, node, "resourceQuantity")[0]
            assert one(node, VF + "triggeredBy") in nodes, node
        if VF + "Settlement" in types:
            claim = nodes[one(node, VF + "settles")]
            event = nodes[one(node, VF + "settledBy")]
            assert one(claim, VF + "receiver") == one(event, VF + "receiver")
            settled[one(claim, VF + "receiver")] += quantity(nodes, node, "resourceQuantity")[0]
    print(json.dumps({
        "actions": actions,
        "work": {k: str(v) for k, v in work.items()},
        "money_in": {k: str(v) for k, v in money_in.items()},
        "corrects": corrects,
        "claims": {k: str(v) for k, v in claims.items()},
        "settled": {k: str(v) for k, v in settled.items()},
    }, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
