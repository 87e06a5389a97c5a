"""Errors a coordinator can meet: each message is written for them, not for a developer."""


class StudyvisitError(Exception):
    """A request refused for a reason the user can act on; the CLI prints it as ``error: ...``."""


class DatabaseError(StudyvisitError):
    """The database cannot be opened or upgraded."""


class NotFoundError(StudyvisitError):
    """A record asked for by id does not exist."""


class ValidationError(StudyvisitError):
    """Input data (a visit file, a field value) is not acceptable."""
