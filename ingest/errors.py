"""The errors users can cause or fix; each message says what to do about it."""


class DisputeQAError(Exception):
    """Base class: a problem to report in one line, never as a traceback."""

    exit_code = 1


class ConfigError(DisputeQAError):
    """A setting is missing or invalid."""

    exit_code = 2


class InputPathError(DisputeQAError):
    """A path given to ingest does not exist or cannot be read."""

    exit_code = 2


class DataDirError(DisputeQAError):
    """The data directory cannot be created or written."""

    exit_code = 3


class StoreUnavailableError(DisputeQAError):
    """The Chroma store cannot be opened or reached."""

    exit_code = 4


class ModelError(DisputeQAError):
    """A model cannot be found or loaded."""

    exit_code = 5


class ModelUnavailable(ModelError):
    """The answer model cannot answer now (stopped, unreachable, too slow); answers quote."""

    def __init__(self, message: str, cause: str = "") -> None:
        super().__init__(message)
        self.cause = cause or message


class SkipFile(Exception):  # noqa: N818 - a control-flow signal, not a user-facing error
    """A file cannot be ingested; the message is the one-line reason shown to the user."""
