"""One exception type for problems a user can fix; the CLI prints it as a single line."""


class BriconnectError(Exception):
    """Bad input or a broken invariant, worded for the person running the command."""
