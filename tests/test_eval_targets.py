"""REGRESSION GUARD, not the targets: held-out figures of the shipped model must not fall.

The floors below are the figures `hijackwatch eval` gave for models/hijackwatch.skops on the
held-out files (see models/MODEL_CARD.md) minus a small margin. They are BELOW the project's
targets (post precision/recall >= 0.95 on the corpus held-out split; janitr PR-AUC >= 0.97 and
recall >= 0.93 at FPR <= 2%); the card reports the gap honestly. Raise the floors when a better
model ships; never lower them to make a worse model pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import _scorer
from bot.config import Config
from bot.evaluate import evaluate
from bot.jsonl import ReadStats, read_posts

HELDOUT = Path(__file__).resolve().parents[1] / "data" / "heldout"
MARGIN = 0.03


def run(name: str):
    path = HELDOUT / name
    assert path.is_file(), f"{path} missing: run `hijackwatch train`"
    stats = ReadStats()
    scorer = _scorer(Config())
    assert scorer.model is not None, "models/hijackwatch.skops must be committed"
    return evaluate(read_posts(str(path), stats), scorer, stats)


@pytest.fixture(scope="module")
def corpus():
    return run("corpus-heldout.jsonl")


@pytest.fixture(scope="module")
def janitr():
    return run("janitr-heldout.jsonl")


def test_corpus_heldout_posts(corpus):
    # GUARD, not the target. Achieved by the model that scores quiet posts too (C=256, evidence weight
    # 0.02; 885-post held-out split): precision 0.9083, recall 0.8226, PR-AUC 0.9589, recall@FPR<=2%
    # 0.8151. (The previous model had precision 0.9342: chosen on OOF, this one trades corpus precision
    # for recall and janitr ranking; see the model card.)
    # hw-20261130 (2026-11-30 cues, same recipe): 0.9118 / 0.8189 / 0.9571 / 0.7925, inside these floors,
    # which stay at the previous model's figures (not lowered).
    # hw-20261130-4524d8997d-50f833 (crypto-vocabulary fix, same recipe): 0.8967 / 0.8189 / 0.9570 / 0.7887.
    # hw-20261130-4524d8997d-5ac55a (session-10 cues, same recipe): 0.9136 / 0.8377 / 0.9581 / 0.7925; the
    # precision and recall floors rise to it.
    # hw-20261130-4524d8997d-7b200a (crypto-word plurals, session 11): 0.9136 / 0.8377 / 0.9575 / 0.7887.
    # hw-20261130-4524d8997d-d0915c (detector fixes, session 13): 0.9136 / 0.8377 / 0.9577 / 0.7887.
    # hw-20261130-5ef0ffcaaa-528a82 (campaign-aware janitr split, session 13): 0.8992 / 0.8415 / 0.9576 / 0.7887.
    # hw-20261130-5ef0ffcaaa-7ba1c2 (crypto tickers, session 14): 0.8988 / 0.8377 / 0.9576 / 0.7925.
    assert corpus.posts == 885 and corpus.skipped == 0
    assert corpus.precision >= 0.9136 - MARGIN
    assert corpus.recall >= 0.8377 - MARGIN
    assert corpus.pr_auc >= 0.9589 - MARGIN
    assert corpus.recall_at_2pct_fpr >= 0.8151 - MARGIN


def test_corpus_heldout_wallets(corpus):
    # achieved: precision 1.0, recall 1.0 (121 labelled wallets); the target is 1.0 / 0.99
    assert corpus.wallet_tp >= 121 - 1
    assert corpus.wallet_precision == 1.0
    assert corpus.wallet_recall >= 0.99


def test_janitr_heldout_posts(janitr):
    # GUARD, not the target. A new measurement since session 13: the split groups janitr rows by campaign key
    # (a shared scam link domain or wa.me number) as well as by six-word signature, because 22 of the old slice's
    # 54 positives came from campaigns also in training (model card, "janitr held-out: campaign leakage"). The
    # floors were reset to the first model trained on that split, hw-20261130-5ef0ffcaaa-528a82: PR-AUC 0.7918,
    # recall@FPR<=2% 0.6905, precision 0.7000, recall 0.6667 (727 posts, 42 positive). The old, leaky slice's
    # floors (PR-AUC 0.8715, recall@2% 0.7963, precision 0.8095, recall 0.6296, minus the margin) measured
    # another file; the model card keeps their history.
    assert janitr.posts == 727
    assert janitr.pr_auc >= 0.7918 - MARGIN
    assert janitr.recall_at_2pct_fpr >= 0.6905 - MARGIN
    assert janitr.recall >= 0.6667 - MARGIN
    assert janitr.precision >= 0.7000 - MARGIN


@pytest.fixture(scope="module")
def blind():
    return run("blind-heldout.jsonl")


def test_blind_heldout_posts(blind):
    # GUARD, not the target. The blind test set (data/README.md) was read once by this model, before the
    # 2026-11-30 Solana-context fix: precision 0.8908, recall 0.6375, PR-AUC 0.8860, recall@FPR<=2% 0.4437
    # (after the fix, which gave two posts their wallet: PR-AUC 0.8872, recall@FPR<=2% 0.4469).
    # Since then a development set: the session-10 cues were written from its misses, and
    # hw-20261130-4524d8997d-5ac55a gives 0.8924 / 0.7000 / 0.9015 / 0.4688; the floors rise to it, so they
    # now guard those fixes. hw-20261130-4524d8997d-7b200a: 0.8924 / 0.7000 / 0.9018 / 0.4688.
    # hw-20261130-4524d8997d-d0915c (detector fixes): 0.8920 / 0.6969 / 0.9018 / 0.4688 (floors unchanged).
    assert blind.posts == 730 and blind.skipped == 0
    assert blind.precision >= 0.8924 - MARGIN
    assert blind.recall >= 0.7000 - MARGIN
    assert blind.pr_auc >= 0.9018 - MARGIN
    assert blind.recall_at_2pct_fpr >= 0.4688 - MARGIN


def test_blind_heldout_wallets(blind):
    # the first read found 125 of 127 (two Solana wallets in Portuguese and Russian presale bait had no
    # context word the extractor knew); the fix added those words in eight languages
    assert blind.wallet_precision == 1.0
    assert blind.wallet_recall >= 0.99


@pytest.fixture(scope="module")
def blind2():
    return run("blind2-heldout.jsonl")


def test_second_blind_heldout_posts(blind2):
    # GUARD, not the target. The second blind set (sealed until then) was read once by
    # hw-20261130-4524d8997d-50f833: precision 0.8436, recall 0.6269, PR-AUC 0.8806, recall@FPR<=2% 0.3394.
    # Since then a development set (as the first): hw-20261130-4524d8997d-5ac55a gives 0.8726 / 0.6911 /
    # 0.8999 / 0.4434, and the floors rise to it. hw-20261130-4524d8997d-7b200a (crypto-word plurals): 0.8736 /
    # 0.6972 / 0.8996 / 0.4465; the floors rise where it is higher.
    assert blind2.posts == 738 and blind2.skipped == 0
    assert blind2.precision >= 0.8736 - MARGIN
    assert blind2.recall >= 0.6972 - MARGIN
    assert blind2.pr_auc >= 0.8999 - MARGIN
    assert blind2.recall_at_2pct_fpr >= 0.4465 - MARGIN
    assert blind2.wallet_precision == 1.0 and blind2.wallet_recall >= 0.99  # read: 126 of 126


@pytest.fixture(scope="module")
def blind3():
    return run("blind3-heldout.jsonl")


def test_third_blind_heldout_posts(blind3):
    # GUARD, not the target. The third blind set (sealed until then) was read once by
    # hw-20261130-4524d8997d-5ac55a: precision 0.9179, recall 0.5683, PR-AUC 0.9069, recall@FPR<=2% 0.4381
    # (the previous scorer: 0.9179 / 0.5683 / 0.9046 / 0.4159). Wallets 106 of 107: a Solana address with
    # no context word is not a wallet, by design. Since that read a development set: the session-11 plural fix
    # came from its misses, and hw-20261130-4524d8997d-7b200a gives 0.9192 / 0.5778 / 0.9062 / 0.4413 (the floors
    # rise where it is higher).
    assert blind3.posts == 679 and blind3.skipped == 0
    assert blind3.precision >= 0.9192 - MARGIN
    assert blind3.recall >= 0.5778 - MARGIN
    assert blind3.pr_auc >= 0.9069 - MARGIN
    assert blind3.recall_at_2pct_fpr >= 0.4413 - MARGIN
    assert blind3.wallet_precision == 1.0 and blind3.wallet_recall >= 0.99
