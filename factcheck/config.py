"""Project settings for the gate: ``[tool.factcheck]`` in ``pyproject.toml`` or
a ``factcheck.yaml`` file.

The settings are looked up from the working folder upwards (the first folder
that holds either file wins; a folder holding both is an error). Keys:

``corpus``
    list of files or folders the checked articles are compared with
    (default ``["seeds"]`` when that folder exists, else nothing);
``rules``
    rules folder read on top of the built-in rules (default ``rules`` when
    that folder exists);
``baseline``
    baseline file of accepted findings (default: none);
``fail-on``
    ``never``, ``info``, ``warning`` or ``error`` (default: the rules' policy);
``files``
    glob patterns of the files the hook checks (default ``*.md``, ``*.txt``,
    ``*.markdown``); ``exclude``: glob patterns it skips (default: none);
``cache``
    the claims cache folder the hook keeps, so that a commit extracts only the
    articles that changed (default ``$FACTCHECK_CACHE_DIR``, else
    ``.factcheck-cache``), or ``false`` to extract the whole corpus every time.

Relative paths are relative to the folder of the settings file. An unknown
key or a value of the wrong type is an error naming the file.
"""
from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from factcheck.errors import FactcheckError
from factcheck.model import FAIL_LEVELS

DEFAULT_FILES = ("*.md", "*.txt", "*.markdown")
KEYS = ("corpus", "rules", "baseline", "fail-on", "files", "exclude", "cache")


class ConfigError(FactcheckError):
    """A settings file that cannot be read or holds an unknown key or a wrong value."""


@dataclass(frozen=True)
class Config:
    """The gate's settings; paths are relative to ``root`` unless absolute."""

    root: Path = field(default_factory=Path.cwd)
    source: str | None = None  # the file the settings come from
    corpus: tuple[str, ...] = ()
    rules: str | None = None
    baseline: str | None = None
    fail_on: str | None = None
    files: tuple[str, ...] = DEFAULT_FILES
    exclude: tuple[str, ...] = ()
    cache: str | bool = True  # a folder, True for the default folder, False for none

    def path(self, p: str) -> Path:
        """``p`` resolved against the folder of the settings file."""
        path = Path(p)
        return path if path.is_absolute() else self.root / path

    def selects(self, file: str) -> bool:
        """True when the hook should check ``file`` (a path relative to ``root``)."""
        posix = PurePosixPath(Path(file).as_posix())
        name = posix.name

        def hit(patterns):
            return any(fnmatch.fnmatch(str(posix), p) or fnmatch.fnmatch(name, p) for p in patterns)

        return hit(self.files) and not hit(self.exclude)


def find_config(start: Path | None = None) -> Config:
    """The settings that apply in ``start`` (default: the working folder)."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        pyproject, yaml_file = folder / "pyproject.toml", folder / "factcheck.yaml"
        table = _pyproject_table(pyproject) if pyproject.is_file() else None
        has_yaml = yaml_file.is_file()
        if table is not None and has_yaml:
            raise ConfigError(f"settings in both {pyproject} and {yaml_file}", file=str(yaml_file),
                              hint="keep one of them")
        if table is not None:
            return _build(table, folder, str(pyproject), "[tool.factcheck]")
        if has_yaml:
            return _build(_yaml_table(yaml_file), folder, str(yaml_file), "")
        if (folder / ".git").exists():
            break
    return _defaults(here)


def _defaults(root: Path) -> Config:
    return Config(root=root, corpus=("seeds",) if (root / "seeds").is_dir() else (),
                  rules="rules" if (root / "rules").is_dir() else None)


def _pyproject_table(path: Path) -> dict | None:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read settings: {exc}", file=str(path)) from exc
    table = data.get("tool", {}).get("factcheck")
    if table is not None and not isinstance(table, dict):
        raise ConfigError("[tool.factcheck] must be a table", file=str(path))
    return table


def _yaml_table(path: Path) -> dict:
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read settings: {exc}", file=str(path)) from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError("settings must be a mapping of keys to values", file=str(path))
    return data


def _build(table: dict, root: Path, source: str, prefix: str) -> Config:
    def where(key: str) -> str:
        return f"{prefix}.{key}" if prefix else key

    unknown = sorted(set(map(str, table)) - set(KEYS) - {k.replace("-", "_") for k in KEYS})
    if unknown:
        raise ConfigError(f"unknown setting {where(unknown[0])!r}", file=source,
                          hint="known settings: " + ", ".join(KEYS))
    get = {k.replace("_", "-"): v for k, v in table.items()}
    defaults = _defaults(root)
    fail_on = _string(get, "fail-on", source, where)
    if fail_on is not None and fail_on not in FAIL_LEVELS:
        raise ConfigError(f"{where('fail-on')} must be one of {', '.join(FAIL_LEVELS)}, not {fail_on!r}",
                          file=source)
    return Config(
        root=root, source=source,
        corpus=_strings(get, "corpus", source, where, defaults.corpus),
        rules=_string(get, "rules", source, where) or defaults.rules,
        baseline=_string(get, "baseline", source, where),
        fail_on=fail_on,
        files=_strings(get, "files", source, where, DEFAULT_FILES),
        exclude=_strings(get, "exclude", source, where, ()),
        cache=_cache(get, source, where),
    )


def _cache(table: dict, source: str, where) -> str | bool:
    value = table.get("cache", True)
    if isinstance(value, bool) or (isinstance(value, str) and value.strip()):
        return value
    raise ConfigError(f"{where('cache')} must be a folder or false, not {value!r}", file=source)


def _string(table: dict, key: str, source: str, where) -> str | None:
    value = table.get(key)
    if value is not None and not isinstance(value, str):
        raise ConfigError(f"{where(key)} must be a string, not {type(value).__name__}", file=source)
    return value


def _strings(table: dict, key: str, source: str, where, default: tuple[str, ...]) -> tuple[str, ...]:
    value = table.get(key)
    if value is None:
        return default
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where(key)} must be a list of strings", file=source)
    return tuple(value)
