"""Block-list import: each community format, and one-line errors for bad files."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.detect.lists import BlockList, normalize_address, normalize_domain, parse_blocklist
from bot.errors import InputError

FIXTURES = Path(__file__).parent / "fixtures" / "lists"


def test_metamask_config():
    bl = parse_blocklist(FIXTURES / "eth-phishing-detect-config.json")
    assert bl.name == "eth-phishing-detect"
    assert "metamask-restore.app" in bl.domains
    assert "www.myetherwallet-verify.com" in bl.domains
    assert "metam\u0430sk.io" in bl.domains  # punycode entry decoded (Cyrillic а)
    assert {"metamask.io", "metamast.com", "opensea.io", "myetherwallet.com"} <= bl.allow_domains
    assert not bl.domains & bl.allow_domains
    assert bl.addresses == frozenset()


def test_scamsniffer_domains_and_addresses():
    domains = parse_blocklist(FIXTURES / "scamsniffer-domains.json")
    assert domains.name == "scamsniffer"
    assert domains.domains == {"claim-eth.xyz", "blur-airdrop.io", "pepe-claim.live",
                               "app.zksync-rewards.net", "uniswap-gift.com"}
    assert domains.skipped == 1  # "not a domain"
    addresses = parse_blocklist(FIXTURES / "scamsniffer-address.json")
    assert addresses.domains == frozenset()
    assert "0xa1fc0d24fad0a34bc5c6697256035bad833eeec2" in addresses.addresses  # hex lowercased
    assert len(addresses.addresses) == 3


def test_cryptoscamdb_yaml():
    bl = parse_blocklist(FIXTURES / "cryptoscamdb-urls.yaml")
    assert bl.name == "cryptoscamdb"
    assert bl.domains == {"cryptoforhealth.com", "myetherwallét.com", "elonmusk-giveaway.com", "tesla-btc.live"}
    assert bl.addresses == {"bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",
                            "0x858457daa7e087ad74cdeeceab8419079bc2ca03", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT"}


def test_hosts_style_text_list():
    bl = parse_blocklist(FIXTURES / "hosts-blocklist.txt")
    assert bl.name == "hosts-blocklist"
    assert bl.domains == {"binance-gift.com", "coinbase-airdrop.net", "wallet-connect-sync.app",
                          "double-your-btc.site"}


def test_combined_json_object(tmp_path):
    path = tmp_path / "all.json"
    path.write_text(json.dumps({"domains": ["a-scam.xyz"], "address": ["0x" + "ab" * 20]}))
    bl = parse_blocklist(path)
    assert (bl.domains, bl.addresses) == ({"a-scam.xyz"}, {"0x" + "ab" * 20})


@pytest.mark.parametrize("name, content, fragment", [
    ("config.json", '{"blacklist": ["a.com",]}', "invalid JSON at line 1"),
    ("config.json", '{"blacklist": "a.com"}', "blacklist must be a list"),
    ("config.json", '{"blacklist": ["a.com", 5]}', "blacklist[1] must be a string"),
    ("domains.json", '{"something": 1}', "unknown JSON block list"),
    ("x.json", "not json at all", "not a JSON block list"),
    ("urls.yaml", "- name: a.com\n  url: [unclosed\n", "invalid YAML at line"),
    ("urls.yaml", "name: a.com\n", "must be a list of entries"),
    ("urls.yaml", "- just a string\n", "entry 0 must be a mapping"),
    ("urls.yaml", "- category: Phishing\n", "entry 0 has no url or name"),
    ("urls.yaml", "- url: http://a.com\n  addresses: [x]\n", "addresses must map chain"),
    ("list.txt", "hello world\nnothing here\n", "no domain or address found"),
])
def test_bad_files_raise_input_error_naming_the_file(tmp_path, name, content, fragment):
    path = tmp_path / name
    path.write_text(content)
    with pytest.raises(InputError) as info:
        parse_blocklist(path)
    message = str(info.value)
    assert str(path) in message and fragment in message
    assert "\n" not in message


def test_missing_and_binary_files(tmp_path):
    with pytest.raises(InputError, match="cannot read"):
        parse_blocklist(tmp_path / "nope.json")
    binary = tmp_path / "blob.json"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(InputError, match="blob.json"):
        parse_blocklist(binary)


@pytest.mark.parametrize("entry, expected", [
    ("Example.COM", "example.com"), ("https://evil.example.com/path?q=1", "evil.example.com"),
    ("*.wild.example.org", "wild.example.org"), ("user@mail.example.net:8080", "mail.example.net"),
    ("not a domain", None), ("localhost", None), ("1.2.3.4", None),
    # a public suffix would block (or allow) every site under it; an unknown TLD is a file name or a typo
    ("co.uk", None), ("*.github.io", None), ("https://github.io/x", None), ("final_report.pdf", None),
    ("evil.notatld", None), ("user.github.io", "user.github.io"), ("bbc.co.uk", "bbc.co.uk"),
])
def test_normalize_domain(entry, expected):
    assert normalize_domain(entry) == expected


def test_normalize_address():
    assert normalize_address("0xAbCdEf0123456789abcdef0123456789ABCDEF01") == "0xabcdef0123456789abcdef0123456789abcdef01"
    assert normalize_address("bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh") == "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"
    assert normalize_address("hello") is None


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=30), st.integers(), st.none()), max_size=8))
def test_json_lists_either_parse_or_raise_input_error(tmp_path_factory, entries):
    path = tmp_path_factory.mktemp("h") / "domains.json"
    path.write_text(json.dumps(entries))
    try:
        bl = parse_blocklist(path)
    except InputError as exc:
        assert str(path) in str(exc)
        return
    assert isinstance(bl, BlockList)
    assert len(bl.domains) + len(bl.addresses) + bl.skipped <= len(entries)
    assert all(normalize_domain(d) == d for d in bl.domains)


def test_yaml_aliases_are_refused_at_once(tmp_path):
    # one list, one mapping naming it per chain, every entry naming that mapping: entries x chains x addresses
    # to walk from a file of a few KB (26 KB took 17 s); a community list has no use for aliases
    addresses = ", ".join(f'"0x{i:040x}"' for i in range(200))
    chains = "".join(f"    c{j}: *L\n" for j in range(1, 50))
    entries = "".join(f"- url: a{i}.com\n  addresses: *D\n" for i in range(1, 50))
    path = tmp_path / "urls.yaml"
    path.write_text(f"- url: a0.com\n  addresses: &D\n    c0: &L [{addresses}]\n{chains}{entries}")
    t0 = time.perf_counter()
    with pytest.raises(InputError) as info:
        parse_blocklist(path)
    assert time.perf_counter() - t0 < 1
    message = str(info.value)
    assert message.startswith(f"{path}: invalid YAML at line 4: aliases") and "\n" not in message


@pytest.mark.parametrize("name, content", [
    ("domains.json", "[" * 100_000),
    ("domains.json", '{"domains": ' + "[" * 100_000),
    ("urls.yaml", "- " * 900 + "a.com\n"),  # under libyaml's own nesting limit
    ("urls.yaml", "a: " + "[" * 100_000),
])
def test_deep_nesting_is_an_input_error(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content)
    with pytest.raises(InputError) as info:
        parse_blocklist(path)
    assert str(path) in str(info.value) and "\n" not in str(info.value)


def test_public_suffixes_and_unknown_tlds_are_skipped(tmp_path):
    path = tmp_path / "domains.json"
    path.write_text(json.dumps(["evil-site.com", "hello world", "co.uk", "*.github.io", "notes.pdf", "x.notatld",
                                "scam.github.io"]))
    bl = parse_blocklist(path)
    assert bl.domains == {"evil-site.com", "scam.github.io"} and bl.skipped == 5
    meta = tmp_path / "config.json"
    meta.write_text(json.dumps({"blacklist": ["a-scam.xyz"], "whitelist": ["github.io", "metamask.io"]}))
    assert parse_blocklist(meta).allow_domains == {"metamask.io"}  # allowing a suffix would allow all under it


def test_plain_text_must_be_mostly_list_lines(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("Meeting notes\nTODO: call bob\nfinal_report.pdf\nsee example.com\nevil.com\n")
    with pytest.raises(InputError) as info:
        parse_blocklist(notes)
    assert str(notes) in str(info.value) and "only 1 of 5 lines" in str(info.value)
    readme = tmp_path / "README.md"
    readme.write_text("# A project\n\nSee https://example.com for more.\nInstall it with pip.\n"
                      "Then run the tool on your files.\nIt reads notes.txt and main.py.\n")
    with pytest.raises(InputError, match="README.md: .*not a block list"):
        parse_blocklist(readme)
    mostly = tmp_path / "mostly.txt"  # a real list with a stray line or two still imports
    mostly.write_text("".join(f"scam{i}.com\n" for i in range(9)) + "127.0.0.1 localhost\n"
                      "0.0.0.0 a-scam.xyz www.a-scam.xyz\n")
    bl = parse_blocklist(mostly)
    assert len(bl.domains) == 11 and bl.skipped == 1


def test_a_hosts_file_with_its_header_and_annotated_lines_import(tmp_path):
    header = ("127.0.0.1 localhost\n127.0.0.1 localhost.localdomain\n127.0.0.1 local\n255.255.255.255 broadcasthost\n"
              "::1 localhost\n::1 ip6-localhost ip6-loopback\nfe80::1%lo0 localhost\nff00::0 ip6-localnet\n"
              "ff00::0 ip6-mcastprefix\nff02::1 ip6-allnodes\nff02::2 ip6-allrouters\nff02::3 ip6-allhosts\n"
              "0.0.0.0 0.0.0.0\n")
    hosts = tmp_path / "hosts"  # a StevenBlack-style header, then a short list: was refused as 'mostly not a list'
    hosts.write_text(header + "".join(f"0.0.0.0 claim-airdrop{i}.com\n" for i in range(40)))
    assert len(parse_blocklist(hosts).domains) == 40
    notes = tmp_path / "annotated.txt"  # the first word is the entry, the rest a note
    notes.write_text("scam-one.com\tphishing 2024-05-01\nscam-two.com reported by users\nscam-three.net\n")
    assert parse_blocklist(notes).domains == {"scam-one.com", "scam-two.com", "scam-three.net"}
