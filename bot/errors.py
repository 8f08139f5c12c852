"""The project's own exceptions; the CLI turns each into a one-line message and an exit code."""


class HijackwatchError(Exception):
    """Base of every error hijackwatch raises on purpose."""

    exit_code = 1


class ConfigError(HijackwatchError):
    """A bad config file or setting: names the file and key path."""

    exit_code = 2


class InputError(HijackwatchError):
    """An unreadable input file or bad usage."""

    exit_code = 2


class SourceError(HijackwatchError):
    """A post source that cannot be reached after retries."""


class NotifyError(HijackwatchError):
    """A notifier that cannot deliver after retries."""


class StoreError(HijackwatchError):
    """The database cannot be opened or written (locked, full disk, corrupt)."""
