"""Alembic migrations of the studyvisit schema.

``HEAD`` names the newest revision so that opening an up-to-date database
needs no Alembic import (a quarter of a second at every command's start);
a test keeps it equal to Alembic's own head.
"""

HEAD = "0002"
