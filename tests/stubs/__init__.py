"""Local HTTP stubs of the Telegram Bot API and the Slack Web API for notifier tests."""
