from bot.detect.profile import Profile, surprises

from .conftest import T0, make_post


def history(n, source="Twitter for iPhone"):
    prof = Profile()
    for i in range(n):
        prof.learn(make_post(str(i), "a", "lunch", minutes=i * 60, source=source), crypto=False,
                   domains=["example.com"])
    return prof


def test_new_client_first_crypto_post_is_surprising():
    prof = history(300)
    post = make_post("x", "a", "btc", source="Twitter Web App")
    ev = {e.kind: e for e in surprises(prof, post, crypto=True, domains=["scam.xyz"])}
    assert {"habit_client", "habit_crypto", "habit_domain"} <= set(ev)
    assert ev["habit_client"].reason == 'first post ever from client "Twitter Web App" in 300 posts'
    assert ev["habit_client"].weight == 1.2


def test_little_history_means_little_weight_and_none_below_three():
    assert surprises(history(2), make_post("x", "a", "btc", source="New"), crypto=True, domains=[]) == []
    few = {e.kind: e.weight for e in surprises(history(5), make_post("x", "a", "b", source="New"), crypto=True,
                                                  domains=[])}
    assert 0 < few["habit_client"] < 1.2


def test_habitual_post_is_not_surprising():
    prof = history(100)
    assert surprises(prof, make_post("x", "a", "lunch", minutes=5 * 60), crypto=False, domains=["example.com"]) == []


def test_profile_json_roundtrip_and_bounded_keys():
    prof = history(10)
    for i in range(500):
        prof.learn(make_post(str(i), "a", "x", source=f"client{i}"), crypto=True, domains=[f"d{i}.com"])
    again = Profile.from_json(prof.to_json())
    assert again.posts == prof.posts and len(again.sources) <= 200 and len(again.domains) <= 200


def test_a_habit_seen_a_few_times_is_not_called_never():
    # with 600 posts, "rare" allows up to 3 earlier uses: the reason must say how many, not "never"
    prof = Profile()
    for day in range(600):
        odd = day % 200 == 0  # three posts at 03:00 UTC, in Japanese, linking example.jp
        post = make_post(str(day), "a", "hi", minutes=day * 1440 + (420 if odd else -480), lang="ja" if odd else "en")
        prof.learn(post, crypto=False, domains=["example.jp"] if odd else [])
    post = make_post("x", "a", "btc", minutes=601 * 1440 + 420, lang="ja")
    reasons = {e.kind: e.reason for e in surprises(prof, post, crypto=True, domains=["example.jp"])}
    assert reasons["habit_hour"] == "posted at 03:00 UTC, an hour it posted at only 3 times in 600 posts"
    assert reasons["habit_lang"] == 'language "ja" used only 3 times in 600 posts'
    assert reasons["habit_domain"] == "link 4 to example.jp in 600 posts"
    assert not any("never" in r or "first" in r for k, r in reasons.items() if k != "habit_crypto")


def test_an_account_that_never_mentions_anyone_mentioning_someone_breaks_its_mention_habit():
    prof = history(300)
    post = make_post("x", "a", "Claim your ETH airdrop, DM @support_desk now")
    ev = {e.kind: e for e in surprises(prof, post, crypto=True, domains=[])}
    assert ev["habit_mention"].reason == "first post with a mention in 300 posts"
    assert ev["habit_mention"].weight == 0.4


def test_an_account_that_mentions_people_often_breaks_no_mention_habit():
    prof = Profile()
    for i in range(300):
        text = f"thanks @friend{i % 7} for lunch" if i % 3 == 0 else "lunch"
        prof.learn(make_post(str(i), "a", text, minutes=i * 60), crypto=False, domains=[])
    assert prof.mention_posts == 100
    post = make_post("x", "a", "Claim your ETH airdrop, DM @support_desk now")
    assert "habit_mention" not in {e.kind for e in surprises(prof, post, crypto=True, domains=[])}


def test_an_email_address_is_not_a_mention():
    prof = Profile()
    for i in range(300):
        prof.learn(make_post(str(i), "a", "write to press@example.com" if i % 2 else "lunch", minutes=i * 60),
                   crypto=False, domains=[])
    assert prof.mention_posts == 0
    kinds = {e.kind for e in surprises(prof, make_post("x", "a", "send btc to help@example.com"), crypto=True,
                                       domains=[])}
    assert "habit_mention" not in kinds


def test_a_few_earlier_mentions_are_counted_in_the_reason():
    prof = history(600)
    for i in range(2):
        prof.learn(make_post(f"m{i}", "a", "hi @someone", minutes=i), crypto=False, domains=[])
    post = make_post("x", "a", "btc giveaway, follow @promo")
    reason = {e.kind: e.reason for e in surprises(prof, post, crypto=True, domains=[])}["habit_mention"]
    assert reason == "mentions someone, as only 2 of its 602 posts did"


def day_poster(days: int, hours=range(8, 22)) -> Profile:
    """An account that posts every hour from 08 to 21 UTC, every day."""
    prof = Profile()
    for day in range(days):
        for h in hours:
            prof.learn(make_post(f"{day}-{h}", "a", "hi", minutes=at(day, h)), crypto=False, domains=[])
    return prof


def at(day: int, hour: int) -> float:
    """Minutes after T0 of `hour`:00 UTC on the `day`th day after T0's."""
    return day * 1440 + (hour - T0.hour) * 60 - T0.minute


def hour_of(hour: int):
    return make_post("x", "a", "btc", minutes=at(100, hour))


def test_a_daylight_saving_shift_of_one_hour_breaks_no_hour_habit():
    prof = day_poster(60)
    assert hour_of(22).created_at.hour == 22 and hour_of(7).created_at.hour == 7
    for edge in (7, 22):  # the clocks moved: its day now starts or ends an hour off in UTC
        assert "habit_hour" not in {e.kind for e in surprises(prof, hour_of(edge), crypto=True, domains=[])}


def test_a_post_in_the_middle_of_its_night_still_breaks_the_hour_habit():
    prof = day_poster(60)
    reasons = {e.kind: e.reason for e in surprises(prof, hour_of(3), crypto=True, domains=[])}
    assert reasons["habit_hour"] == "posted at 03:00 UTC, an hour it never posts at"
