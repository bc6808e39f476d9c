"""A collection's list order, kept in an SQLite file beside the store and served a page at a
time (`SortedMembers`), and how a collection's sort values are read from the store (`SortSpec`).

A collection's members are the IRIs with one of its types; each member's sort key is made
from its own values of a few predicates (`graph.entities.SORT_VALUES`): one hop from the
member, so every value is a quad of the member in some named graph. The values are kept per
named graph by `graph.member_values` (after a write, the graphs written are read again, not
the store), and each member's key is kept beside it as bytes that sort as the key does
(`key_bytes`): the list is the members in the order of (key bytes, IRI), an index of the
file, so its first page after a restart or a write is read in place, with neither the list
nor the values in memory (reading back the 30 MB of JSON this replaces took 1.6 s at 10 M
triples after every write; sorting from the store, 12 s).
"""

from __future__ import annotations

import math
import struct
import weakref
from dataclasses import dataclass
from typing import Any, Callable, Iterator, Mapping, Sequence, overload

from mandate_graph.graph.member_values import Derivation, MemberSpec, SortTerm, member_values
from mandate_graph.graph.store import GraphStore



@dataclass(frozen=True)
class SortSpec(MemberSpec):
    """A collection's types, the paths of its sort values, and its sort key from them."""

    key_of: Callable[[Mapping[str, list[SortTerm]]], tuple[Any, ...]] = lambda values: ()

# ------------------------------------------------------------------------------ keys as bytes

_NUMBER, _TEXT, _TUPLE, _OTHER = b"\x10", b"\x20", b"\x30", b"\x40"
_EXACT_FROM = 2.0 ** 53  # past it a float no longer tells integers apart


def key_bytes(key: Any) -> bytes:
    """Bytes that compare (as SQLite compares BLOBs: byte by byte, the shorter first) as the
    sort keys compare in Python: tuples element by element, the shorter first; numbers (int
    and float together) by value; text by code point (UTF-8's byte order)."""
    if isinstance(key, tuple):
        # Each element after a 0x01, the end a 0x00: a tuple that is a prefix of another sorts first.
        return _TUPLE + b"".join(b"\x01" + key_bytes(part) for part in key) + b"\x00"
    if isinstance(key, (int, float)):
        return _NUMBER + _number_bytes(key)
    if isinstance(key, str):
        # 0x00 written 0x00 0xFF, the end 0x00 0x00: "a" before "a\0" before "ab".
        return _TEXT + key.encode("utf-8", "surrogatepass").replace(b"\x00", b"\x00\xff") + b"\x00\x00"
    return _OTHER + key_bytes(repr(key))


def _number_bytes(number: int | float) -> bytes:
    """A number's float64 bits, flipped so that they sort as the values; then, where floats
    no longer tell integers apart (at 2**53 and past, and past the float range), the exact
    integer, so that 2**60 + 1 sorts after 2**60 as in Python."""
    try:
        as_float = float(number)
    except OverflowError:  # an int past the float range: at ±inf, then by its exact value
        as_float = math.inf if number > 0 else -math.inf
    if math.isnan(as_float):
        return b"\xff" * 9  # Python orders no NaN consistently; here after every number
    bits = struct.pack(">d", as_float)
    bits = bytes(b ^ 0xFF for b in bits) if bits[0] & 0x80 else bytes([bits[0] | 0x80]) + bits[1:]
    if abs(as_float) < _EXACT_FROM:
        return bits
    if isinstance(number, float) and math.isinf(number):
        return bits + (b"\x02" if number > 0 else b"\x00")  # inf after every int, -inf before
    return bits + b"\x01" + _int_bytes(int(number))


def _int_bytes(n: int) -> bytes:
    """Any int, order kept: its magnitude's length then big-endian bytes, inverted when negative."""
    magnitude = abs(n).to_bytes((abs(n).bit_length() + 7) // 8 or 1, "big")
    encoded = len(magnitude).to_bytes(4, "big") + magnitude
    return b"\x01" + encoded if n >= 0 else b"\x00" + bytes(b ^ 0xFF for b in encoded)


# ------------------------------------------------------------------------------ the sorted list

_ORDER_SCHEMA = """
CREATE TABLE ordered (member TEXT PRIMARY KEY, key BLOB) WITHOUT ROWID;
CREATE INDEX ordered_by_key ON ordered (key, member);
"""


def _order_derivation(spec: SortSpec) -> Derivation:
    return Derivation("sort order", _ORDER_SCHEMA, ("ordered",),
                      lambda member, values: {"ordered": [(member, key_bytes(spec.key_of(values)))]})


_PAST_THE_END = 2**62  # past any list: an offset or limit beyond it reads nothing more


class SortedMembers(Sequence[str]):
    """A collection's members in list order, read from the file a slice at a time: ``len``
    and ``members[offset:offset + limit]`` (a page) read the index, not the list."""

    def __init__(self, name: str, spec: SortSpec, store: GraphStore) -> None:
        self._store = weakref.ref(store)  # not the store itself: kept per store by graph.generations
        self._values = member_values(store, name, spec, _order_derivation(spec))
        # (store generation, number of members): counting reads the whole index (10-17 ms at
        # 10 M triples, more beside the start's work), once per generation rather than per page.
        self._length: tuple[int, int] | None = None

    def _read(self, sql: str, parameters: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self._values.read(sql, parameters, self._store())  # damaged since opened: rebuilt from the store

    def __len__(self) -> int:
        store = self._store()
        generation = getattr(store, "generation", None)
        if self._length is not None and generation is not None and self._length[0] == generation:
            return self._length[1]
        length = int(self._read("SELECT count(*) FROM ordered")[0][0])  # brought to ``generation`` first
        if generation is not None:
            self._length = (generation, length)
        return length

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self)) if (index.start or 0) < 0 or (index.stop or 0) < 0 else (
                index.start or 0, index.stop if index.stop is not None else _PAST_THE_END, index.step or 1)
            start, stop = min(start, _PAST_THE_END), min(stop, _PAST_THE_END)  # SQLite's integers are 64-bit
            if step != 1:
                return self[start:stop][::step]
            if stop <= start:
                return []
            rows = self._read("SELECT member FROM ordered ORDER BY key, member LIMIT ? OFFSET ?", (stop - start, start))
            return [row[0] for row in rows]
        at = index + len(self) if index < 0 else min(index, _PAST_THE_END)
        found = self._read("SELECT member FROM ordered ORDER BY key, member LIMIT 1 OFFSET ?", (at,)) if at >= 0 else []
        if not found:
            raise IndexError(index)
        return str(found[0][0])

    def __iter__(self) -> Iterator[str]:
        at, size = 0, 5000
        while page := self[at:at + size]:
            yield from page
            at += size

    def __contains__(self, member: object) -> bool:
        return isinstance(member, str) and bool(self._read("SELECT 1 FROM ordered WHERE member = ?", (member,)))


def sorted_members(store: GraphStore, collection: str, spec: SortSpec) -> SortedMembers | None:
    """The collection's members in list order, at the store's current generation (the file
    brought up to date first); None when the store has quads outside the named graphs (the
    caller sorts from the store then)."""
    members = SortedMembers(f"sort-values-{collection}", spec, store)
    return members if members._values.complete else None
