"""Community scam lists for `hijackwatch lists import FILE`: parse them into one shape.

Formats, told apart by content (the file name only breaks ties):
- MetaMask eth-phishing-detect `config.json`: {"version", "tolerance", "fuzzylist", "whitelist",
  "blacklist"}; blacklist -> domains, whitelist and fuzzylist (the protected real sites) -> allow.
- ScamSniffer `domains.json` / `address.json`: a JSON list of strings (entries with a dot are
  domains, the rest addresses), or an object {"domains": [...], "address": [...]}.
- CryptoScamDB YAML (`urls.yaml`): a list of entries with `url`, `name`, `category`, and
  `addresses` mapping chain -> list of addresses.
- Plain text: one domain or URL per line, '#' comments, hosts-file lines ("0.0.0.0 evil.com").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from yaml.composer import Composer, ComposerError
from yaml.constructor import SafeConstructor
from yaml.events import AliasEvent
from yaml.resolver import Resolver

from bot.detect.links import HOST_PATTERN, _tlds, canonical_host, public_suffix
from bot.errors import InputError

__all__ = ["BlockList", "parse_blocklist"]


@dataclass(frozen=True)
class BlockList:
    """One imported list: its source name, blocked domains, allowed domains and addresses."""

    name: str
    domains: frozenset[str]
    allow_domains: frozenset[str]
    addresses: frozenset[str]
    skipped: int = 0  # entries that were neither a listable domain nor an address


_DOMAIN_RE = re.compile(rf"^{HOST_PATTERN}$")
_ADDRESS_RE = re.compile(
    r"^(?:0x[0-9a-fA-F]{40}|bc1[02-9ac-hj-np-z]{11,87}|[13][1-9A-HJ-NP-Za-km-z]{25,34}"
    r"|T[1-9A-HJ-NP-Za-km-z]{33}|r[1-9A-HJ-NP-Za-km-z]{24,34}|[1-9A-HJ-NP-Za-km-z]{32,44})$"
)
_HOSTS_LINE = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-fA-F]*:[0-9a-fA-F]*:[0-9a-fA-F:.]*(?:%\w+)?)\s+")  # IP, names
TEXT_MIN_SHARE = 0.8  # a plain-text list is mostly list lines; prose or notes are not a block list


def parse_blocklist(path: Path) -> BlockList:
    """Read a scam list in any supported format; InputError names the file on bad input."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read block list: {exc}") from None
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith(("{", "[")):
        return _from_json(path, stripped)
    if path.suffix.lower() in (".yaml", ".yml") or stripped.startswith(("---", "- ")):
        return _from_yaml(path, text)
    if path.suffix.lower() == ".json":
        raise InputError(f"{path}: not a JSON block list (expected an object or a list)")
    return _from_text(path, text)


# ---------------------------------------------------------------- normalizing entries

def normalize_domain(entry: str) -> str | None:
    """A list entry (domain, '*.domain', URL) as a canonical host, or None when it is not one."""
    s = entry.strip().lower()
    if "://" in s:
        s = s.split("://", 1)[1]
    s = re.split(r"[/?#]", s, maxsplit=1)[0].rpartition("@")[2].partition(":")[0]
    s = s.removeprefix("*.").strip(".")
    if not _DOMAIN_RE.match(s):
        return None
    host = canonical_host(s)
    return host if _listable(host) else None


def _listable(host: str) -> bool:
    """A host a list may name: its TLD is in the Public Suffix List and it is not itself a public suffix.

    Blocking "co.uk" or "github.io" (or allowing them) would judge every site under them."""
    return host.rpartition(".")[2] in _tlds() and public_suffix(host) != host


def normalize_address(entry: str) -> str | None:
    """A wallet address as listed (EVM hex lowercased, since it is case-insensitive), or None."""
    s = entry.strip()
    if not _ADDRESS_RE.match(s):
        return None
    return s.lower() if s[:2] == "0x" else s


class _Collector:
    """Sorts raw entries into domains and addresses, counting what fits neither."""

    def __init__(self) -> None:
        self.domains: set[str] = set()
        self.allow: set[str] = set()
        self.addresses: set[str] = set()
        self.skipped = 0

    def add(self, entry: str, *, allow: bool = False) -> bool:
        """Sort one entry; False (and counted as skipped) when it is neither."""
        domain = normalize_domain(entry) if "." in entry else None
        address = None if domain else normalize_address(entry)
        if domain:
            (self.allow if allow else self.domains).add(domain)
        elif address and not allow:
            self.addresses.add(address)
        else:
            self.skipped += 1
            return False
        return True

    def result(self, name: str) -> BlockList:
        return BlockList(name, frozenset(self.domains), frozenset(self.allow),
                         frozenset(self.addresses), self.skipped)


def _strings(path: Path, value: Any, where: str) -> list[str]:
    """value as a list of strings, or InputError naming the field."""
    if not isinstance(value, list):
        raise InputError(f"{path}: {where} must be a list, got {type(value).__name__}")
    for i, item in enumerate(value):
        if not isinstance(item, str):
            raise InputError(f"{path}: {where}[{i}] must be a string, got {type(item).__name__}")
    return value


# ---------------------------------------------------------------- JSON formats

def _load_json(path: Path, text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    except RecursionError:  # the decoder recurses per '[' or '{'; no block list nests deeply
        raise InputError(f"{path}: invalid JSON: nested too deeply") from None


def _from_json(path: Path, text: str) -> BlockList:
    data = _load_json(path, text)
    if isinstance(data, list):
        return _from_json_list(path, data)
    if any(key in data for key in ("blacklist", "whitelist", "fuzzylist")):
        return _from_metamask(path, data)
    if any(key in data for key in ("domains", "address", "addresses")):
        return _from_json_object(path, data)
    raise InputError(f"{path}: unknown JSON block list (expected eth-phishing-detect config.json "
                     "or a ScamSniffer list)")


def _from_metamask(path: Path, data: dict[str, Any]) -> BlockList:
    """eth-phishing-detect: blacklist blocks, whitelist and fuzzylist are real sites."""
    out = _Collector()
    for entry in _strings(path, data.get("blacklist", []), "blacklist"):
        out.add(entry)
    for key in ("whitelist", "fuzzylist"):
        for entry in _strings(path, data.get(key, []), key):
            out.add(entry, allow=True)
    return out.result("eth-phishing-detect")


def _from_json_list(path: Path, data: list[Any]) -> BlockList:
    """ScamSniffer domains.json or address.json: a flat list of strings."""
    out = _Collector()
    for entry in _strings(path, data, "list"):
        out.add(entry)
    return out.result("scamsniffer")


def _from_json_object(path: Path, data: dict[str, Any]) -> BlockList:
    """ScamSniffer-style combined object: {"domains": [...], "address": [...]}."""
    out = _Collector()
    for key in ("domains", "address", "addresses"):
        for entry in _strings(path, data.get(key, []), key):
            out.add(entry)
    return out.result("scamsniffer")


# ---------------------------------------------------------------- CryptoScamDB YAML

class _NoAliasComposer(Composer):
    """Refuses aliases: each `*name` re-uses a whole subtree, so a small file can name millions of entries."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(AliasEvent):
            raise ComposerError(None, None, "aliases (*name) are not allowed in a block list",
                                self.peek_event().start_mark)
        return super().compose_node(parent, index)


try:  # libyaml's parser when installed (fast), composed by the alias-refusing composer above
    from yaml.cyaml import CParser as _Parser

    class _ListLoader(_NoAliasComposer, _Parser, SafeConstructor, Resolver):
        """Safe YAML loading without aliases."""

        def __init__(self, stream: str) -> None:
            _Parser.__init__(self, stream)
            Composer.__init__(self)
            SafeConstructor.__init__(self)
            Resolver.__init__(self)
except ImportError:
    class _ListLoader(_NoAliasComposer, yaml.SafeLoader):  # type: ignore[no-redef]
        """Safe YAML loading without aliases."""


def _load_yaml(path: Path, text: str) -> Any:
    """The YAML document; InputError naming the file on bad YAML, aliases or too deep nesting."""
    try:
        return yaml.load(text, Loader=_ListLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise InputError(f"{path}: invalid YAML{where}: {getattr(exc, 'problem', None) or exc}") from None
    except RecursionError:  # the composer recurses per nesting level
        raise InputError(f"{path}: invalid YAML: nested too deeply") from None


def _from_yaml(path: Path, text: str) -> BlockList:
    data = _load_yaml(path, text)
    if not isinstance(data, list):
        raise InputError(f"{path}: CryptoScamDB YAML must be a list of entries, got {type(data).__name__}")
    out = _Collector()
    for i, entry in enumerate(data):
        _add_cryptoscamdb_entry(path, i, entry, out)
    return out.result("cryptoscamdb")


def _add_cryptoscamdb_entry(path: Path, i: int, entry: Any, out: _Collector) -> None:
    """One entry: its url (else name) is the domain; addresses map chain -> list."""
    if not isinstance(entry, dict):
        raise InputError(f"{path}: entry {i} must be a mapping with url/name, got {type(entry).__name__}")
    target = entry.get("url") or entry.get("name")
    if not isinstance(target, str):
        raise InputError(f"{path}: entry {i} has no url or name")
    out.add(target)
    addresses = entry.get("addresses") or {}
    if not isinstance(addresses, dict):
        raise InputError(f"{path}: entry {i} ({target}): addresses must map chain to a list")
    for chain, items in addresses.items():
        items = [items] if isinstance(items, str) else items
        for address in _strings(path, items, f"entry {i} addresses.{chain}"):
            out.add(address)


# ---------------------------------------------------------------- plain text

def _from_text(path: Path, text: str) -> BlockList:
    """One domain, URL or address per line (the first word; the rest is a note); '#' and '!' comments; hosts-file
    lines.

    Most lines must be entries (TEXT_MIN_SHARE): any text file has a word or two that look like a domain. A hosts
    line naming only local names (`127.0.0.1 localhost`, a hosts file's header) counts neither way."""
    out = _Collector()
    lines = found = 0
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or line.startswith("!"):
            continue
        hosts = _HOSTS_LINE.match(line)
        if hosts:
            added = [out.add(word) for word in line[hosts.end():].split()]
            lines, found = lines + any(added), found + any(added)
        else:
            lines, found = lines + 1, found + out.add(line.split()[0])
    if not found:
        raise InputError(f"{path}: no domain or address found in {lines} line(s); not a block list")
    if found < TEXT_MIN_SHARE * lines:
        raise InputError(f"{path}: only {found} of {lines} lines are a domain or address (a plain-text list "
                         f"needs {TEXT_MIN_SHARE:.0%}); not a block list")
    return out.result(path.stem)
