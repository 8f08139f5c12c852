"""Source material for data/build_corpus.py: address helpers and hand-written story families."""
