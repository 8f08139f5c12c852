"""The review queue's own functions (the CLI and the web page call them)."""

from bot.review import queue

from .test_outbox import add, make_alert


def test_list_says_when_more_alerts_are_waiting_than_it_shows(store):
    for n in range(3):
        add(store, make_alert(n), [])
    short = queue.listing(store, "pending", 2).splitlines()
    assert len(short) == 3 and short[-1] == "(the newest 2 shown; more with --limit)"
    assert "post:x:2" in short[0] and "post:x:1" in short[1]  # newest first
    assert len(queue.listing(store, "pending", 3).splitlines()) == 3  # all shown: no note
    assert queue.listing(store, "confirmed", 5) == "no confirmed alerts"
