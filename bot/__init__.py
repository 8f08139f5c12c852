"""hijackwatch: account-compromise alerting for crypto-scam takeovers."""

__version__ = "0.1.0"
