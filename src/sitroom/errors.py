"""Errors users see: one line naming the input and the reason."""


class SitroomError(Exception):
    """An error worth a one-line message and a non-zero exit, never a traceback."""


class InputError(SitroomError):
    """An input (file, URL, line or option value) that cannot be read as a document."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
