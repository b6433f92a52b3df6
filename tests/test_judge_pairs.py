"""The bookkeeping of a cluster's pairs in the judge, against plain restatements
of what it computes: groups of agreeing claims, a pair's strength read by its
place, and the lists a message shows."""
from __future__ import annotations

from hypothesis import given, strategies as st
from claimfactory import quantity

from factcheck.judge import MESSAGE_CLAIMS, _agreeing_groups, _listed, _StrongLinks, pair_index
from factcheck.model import Cluster

CLAIMS = [quantity(f"a{k % 4}.md", float(k)) for k in range(12)]


def _groups_by_search(pairs):
    """Connected claims, each group and the groups in the order the pairs first name them."""
    order: list = []
    for a, b in pairs:
        for c in (a, b):
            if c not in order:
                order.append(c)
    near: dict = {c.id: set() for c in order}
    for a, b in pairs:
        near[a.id].add(b.id)
        near[b.id].add(a.id)
    groups, placed = [], set()
    for c in order:
        if c.id in placed:
            continue
        reached, todo = {c.id}, [c.id]
        while todo:
            for other in near[todo.pop()]:
                if other not in reached:
                    reached.add(other)
                    todo.append(other)
        placed |= reached
        groups.append([x for x in order if x.id in reached])
    return groups


@given(st.lists(st.tuples(st.integers(0, 11), st.integers(0, 11)).filter(lambda p: p[0] != p[1]), max_size=40))
def test_agreeing_groups_are_the_connected_claims_in_the_order_first_named(links):
    pairs = [(CLAIMS[i], CLAIMS[j]) for i, j in links]
    assert _agreeing_groups(pairs) == _groups_by_search(pairs)


@given(st.integers(2, 30).flatmap(lambda n: st.tuples(st.just(n), st.binary(min_size=n * (n - 1) // 2,
                                                                            max_size=n * (n - 1) // 2))))
def test_a_pair_read_by_its_place_has_the_strength_looked_up_by_its_ids(sized):
    n, strong = sized
    members = [quantity(f"b{k}.md", float(k)) for k in range(n)]
    cluster = Cluster(id="c", key="k", claims=tuple(c.id for c in members), score=90.0, strong=strong)
    links = _StrongLinks(cluster)
    bits = links.in_order(members)
    assert bits is strong
    for i in range(n):
        for j in range(i + 1, n):
            assert bool(bits[pair_index(i, j, n)]) == ((members[i].id, members[j].id) in links) \
                == ((members[j].id, members[i].id) in links)


def test_strength_is_not_read_by_place_for_claims_out_of_the_clusters_order():
    members = [quantity(f"c{k}.md", float(k)) for k in range(3)]
    cluster = Cluster(id="c", key="k", claims=tuple(c.id for c in members), score=90.0, strong=b"\x01\x00\x01")
    links = _StrongLinks(cluster)
    assert links.in_order(members) == b"\x01\x00\x01"
    assert links.in_order(members[::-1]) is None
    assert links.in_order(members[:2]) is None


@given(st.lists(st.text(max_size=5), max_size=3 * MESSAGE_CLAIMS))
def test_a_list_writes_only_the_parts_it_shows(parts):
    written = []

    def each(p: str) -> str:
        written.append(p)
        return p.upper()

    assert _listed(parts, each=each) == _listed([p.upper() for p in parts])
    assert written == parts[:MESSAGE_CLAIMS]
