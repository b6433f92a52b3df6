"""Safe, strict YAML: no object construction, duplicate keys are errors, and every
mapping and list remembers the line and column of each of its entries so that
validation errors can point at them.
"""
from __future__ import annotations

import yaml

from factcheck.errors import FactcheckError, RulesError

try:  # the C loader is several times faster; same safety
    _Loader = yaml.CSafeLoader  # type: ignore[attr-defined]
except AttributeError:  # pragma: no cover - depends on the libyaml build
    _Loader = yaml.SafeLoader


class LineDict(dict):
    """A dict with ``line``/``column`` of itself and ``where[key]`` of each key (1-based)."""

    line: int = 0
    column: int = 0

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.where: dict = {}


class LineList(list):
    """A list with ``line``/``column`` of itself and ``where[i]`` of each item."""

    line: int = 0
    column: int = 0

    def __init__(self, *args):
        super().__init__(*args)
        self.where: list = []


class Invalid:
    """A scalar that could not be read (e.g. the date 2022-02-30), kept in place
    so that the validator can report it with its key path and go on."""

    def __init__(self, text: str, problem: str, line: int, column: int):
        self.text, self.problem, self.line, self.column = text, problem, line, column

    def __repr__(self) -> str:
        return repr(self.text)


#: tags a rules file, a manifest or front matter may hold (the YAML core schema)
_SCALAR_TAGS = frozenset(f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "timestamp"))
_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"
#: deeper nesting than this is refused (no rules file needs it; recursion would)
MAX_DEPTH = 50


def _convert(node: yaml.Node, file: str, line_offset: int, error: type[FactcheckError], lenient: bool = False,
             depth: int = 0, seen: set | None = None):
    line = node.start_mark.line + 1 + line_offset
    col = node.start_mark.column + 1
    if depth > MAX_DEPTH:
        raise error(f"nested more than {MAX_DEPTH} levels deep", file, line, col)
    if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
        if node.tag not in (_MAP_TAG, _SEQ_TAG):
            raise error(f"the YAML tag {node.tag!r} is not allowed (plain mappings, lists and values only)",
                        file, line, col)
        seen = set() if seen is None else seen
        if id(node) in seen:  # an alias: expanding them can blow up ("billion laughs")
            raise error("YAML anchors and aliases (&name, *name) are not supported", file, line, col)
        seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        out = LineDict()
        out.line, out.column = line, col
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise error("YAML merge keys (<<) are not supported", file,
                            key_node.start_mark.line + 1 + line_offset, key_node.start_mark.column + 1)
            key = _convert(key_node, file, line_offset, error, False, depth + 1, seen)
            if isinstance(key, (dict, list)):
                raise error("a key must be a plain value", file, key_node.start_mark.line + 1 + line_offset)
            kline = key_node.start_mark.line + 1 + line_offset
            if key in out:
                first = out.where[key][0]
                raise error(f"duplicate key {key!r} (first at line {first})", file, kline,
                            key_node.start_mark.column + 1)
            out[key] = _convert(value_node, file, line_offset, error, lenient, depth + 1, seen)
            out.where[key] = (kline, key_node.start_mark.column + 1)
        return out
    if isinstance(node, yaml.SequenceNode):
        out_list = LineList()
        out_list.line, out_list.column = line, col
        for item in node.value:
            out_list.append(_convert(item, file, line_offset, error, lenient, depth + 1, seen))
            out_list.where.append((item.start_mark.line + 1 + line_offset, item.start_mark.column + 1))
        return out_list
    if node.tag not in _SCALAR_TAGS:
        raise error(f"the YAML tag {node.tag!r} is not allowed (plain mappings, lists and values only)",
                    file, line, col)
    # scalars: resolved by the safe constructor (ints, floats, dates, bools, null, str)
    constructor = yaml.constructor.SafeConstructor()
    try:
        return constructor.construct_object(node, deep=True)
    except yaml.constructor.ConstructorError as exc:
        problem = f"cannot read value: {exc.problem}"
    except ValueError as exc:  # e.g. an impossible date such as 2022-02-30
        problem = f"bad value {node.value!r}: {exc}"
    if lenient:
        return Invalid(str(node.value), problem, line, col)
    raise error(problem, file, line, col)


def load_yaml_text(text: str, file: str, *, line_offset: int = 0,
                   error: type[FactcheckError] = RulesError, lenient_values: bool = False):
    """Parse one YAML document safely and strictly; errors name ``file`` and line.

    With ``lenient_values``, a scalar that cannot be read becomes an
    :class:`Invalid` for the caller to report with its key path."""
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 + line_offset if mark else None
        col = mark.column + 1 if mark else None
        if "nesting depth" in (exc.problem or ""):  # the parser's own limit (PyYAML 6.0.4 and later): deeper than ours
            raise error(f"nested more than {MAX_DEPTH} levels deep", file, line, col) from None
        raise error(f"malformed YAML: {exc.problem or exc.context}", file, line, col) from None
    except yaml.YAMLError as exc:
        raise error(f"malformed YAML: {exc}", file) from None
    except RecursionError:
        raise error("malformed YAML: nested too deeply", file) from None
    if node is None:
        return None
    return _convert(node, file, line_offset, error, lenient_values)


def load_yaml_file(path, display: str | None = None, *, error: type[FactcheckError] = RulesError,
                   lenient_values: bool = False):
    display = display or str(path)
    try:
        data = open(path, "rb").read()
    except OSError as exc:
        raise error(f"cannot read: {exc.strerror or exc}", display) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise error(f"not valid UTF-8 (byte {data[exc.start]:#04x})", display, line, column,
                    hint="save the file as UTF-8") from None
    return load_yaml_text(text, display, error=error, lenient_values=lenient_values)
