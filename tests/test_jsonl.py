import io
import json

from hypothesis import given, settings, strategies as st

from bot.jsonl import ReadStats, iter_posts, post_from_json

GOOD = {"id": "1", "platform": "x", "author": "@someone", "created_at": "2020-07-15T20:17:03Z", "text": "hi"}


def read(data: bytes):
    stats, problems = ReadStats(), []
    posts = list(iter_posts(io.BytesIO(data), "f.jsonl", stats, problems.append))
    return posts, stats, problems


def test_good_line_becomes_post_with_extras_kept():
    posts, stats, _ = read((json.dumps(GOOD | {"label": 1, "urls": ["https://a.b/c"]}) + "\n").encode())
    assert len(posts) == 1 and stats.posts == 1 and stats.skipped == 0
    p = posts[0]
    assert p.author == "someone" and p.urls == ("https://a.b/c",) and p.extra == {"label": 1}
    assert p.created_at.isoformat() == "2020-07-15T20:17:03+00:00"


def test_malformed_lines_are_counted_named_and_skipped():
    lines = [json.dumps(GOOD), "{not json", json.dumps({k: v for k, v in GOOD.items() if k != "text"}),
             json.dumps(GOOD | {"created_at": "2020-07-15T20:17:03"}), json.dumps(GOOD | {"urls": "x"}),
             "[1, 2]", "", json.dumps(GOOD | {"id": "2"})]
    data = ("\n".join(lines) + "\n").encode() + b'\xff\xfe{"x": 1}\n'
    posts, stats, problems = read(data)
    assert [p.id for p in posts] == ["1", "2"]
    assert stats.skipped == 6
    assert problems[0].startswith("f.jsonl:2: skipped: invalid JSON")
    assert "f.jsonl:3: skipped: missing required field 'text'" in problems
    assert any(p.startswith("f.jsonl:4:") and "created_at" in p for p in problems)
    assert any(p.startswith("f.jsonl:5:") and "urls" in p for p in problems)
    assert any(p.startswith("f.jsonl:9:") and "UTF-8" in p for p in problems)


def test_deeply_nested_and_huge_lines_do_not_crash():
    nested = b"[" * 100_000 + b"]" * 100_000 + b"\n"
    huge = b'{"id": "' + b"a" * 1_200_000 + b'"}\n'
    posts, stats, problems = read(nested + huge + json.dumps(GOOD).encode() + b"\n")
    assert [p.id for p in posts] == ["1"] and stats.skipped == 2


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_arbitrary_bytes_never_raise(data):
    posts, stats, _ = read(data)
    assert stats.posts == len(posts)


@given(st.dictionaries(st.sampled_from(list(GOOD) + ["urls", "lang"]), st.none() | st.integers() | st.text()))
def test_post_from_json_raises_only_valueerror(obj):
    try:
        post_from_json(obj)
    except ValueError:
        pass


def test_a_lone_surrogate_is_a_malformed_line_and_the_rest_is_read():
    # valid JSON, no UTF-8 text: it used to reach the detector and stop `score` for the whole file
    lines = [json.dumps(GOOD | {"text": "send \ud83d BTC"}), json.dumps(GOOD | {"id": "2", "text": "ok \ud83d\ude00"}),
             json.dumps(GOOD | {"id": "3", "urls": ["https://a.b/\udc00"]})]
    posts, stats, problems = read(("\n".join(lines) + "\n").encode())
    assert [p.id for p in posts] == ["2"] and posts[0].text == "ok \U0001f600"  # an escaped pair is one character
    assert problems == ["f.jsonl:1: skipped: field 'text': unpaired surrogate at character 5",
                        "f.jsonl:3: skipped: field 'urls': unpaired surrogate at character 12"]


def test_a_byte_order_mark_on_the_first_line_is_not_a_malformed_post():
    posts, stats, problems = read(b"\xef\xbb\xbf" + (json.dumps(GOOD) + "\n" + json.dumps(GOOD | {"id": "2"})).encode())
    assert [p.id for p in posts] == ["1", "2"] and not problems


def test_numeric_source_and_lang_become_strings():
    (post,), _, _ = read(json.dumps(GOOD | {"source": 7, "lang": 1, "author_id": 9}).encode())
    assert (post.source, post.lang, post.author_id) == ("7", "1", "9")


def test_an_empty_id_platform_or_author_is_a_malformed_line_and_the_text_may_be_empty():
    # an empty id would make every such post "already seen" after the first; an empty author one account of all
    lines = [GOOD | {"id": ""}, GOOD | {"platform": " "}, GOOD | {"author": "@"}, GOOD | {"id": "3", "text": ""}]
    posts, stats, problems = read(("\n".join(json.dumps(x) for x in lines) + "\n").encode())
    assert [p.id for p in posts] == ["3"] and stats.skipped == 3
    assert problems == ["f.jsonl:1: skipped: field 'id' is empty", "f.jsonl:2: skipped: field 'platform' is empty",
                        "f.jsonl:3: skipped: field 'author' is empty"]


def test_a_truncated_line_is_reported_at_its_own_end():
    line = json.dumps(GOOD)[:-1]  # the closing brace lost
    _, _, problems = read((line + "\r\n").encode())
    assert problems == [f"f.jsonl:1: skipped: invalid JSON: Expecting ',' delimiter (column {len(line) + 1})"]
