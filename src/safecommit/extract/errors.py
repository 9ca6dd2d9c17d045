"""The one error extract raises: the file could not be read, and why."""


class ExtractError(Exception):
    """Raised by a handler when a file cannot be scanned; the message is the reason."""
