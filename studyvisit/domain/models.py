"""SQLAlchemy 2 typed models of a study visit.

Every record but the visit itself belongs to one visit and carries a ``key``:
a short string unique within its table and visit, the name the record has in
a visit file (see docs/visit-file.md). Date-times are naive and local to the
visit's time zone (``Visit.timezone``), as the coordinator reads them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, validates

from studyvisit.domain.enums import (
    AgendaKind,
    Category,
    Gender,
    LatinSource,
    TravelMode,
)

# Deterministic constraint names, so that Alembic migrations can refer to them
# on SQLite and PostgreSQL alike.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

KEY_LENGTH = 64
Texts = dict[str, str]  # a text by language: {"pl": ..., "en": ..., "ru": ...}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, list[str]: JSON, Texts: JSON}


def _visit_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("visits.id", ondelete="CASCADE"), index=True)


def _key() -> Mapped[str]:
    return mapped_column(String(KEY_LENGTH))


def _association(name: str, left: str, right: str) -> Table:
    """A many-to-many table whose rows vanish with either side."""
    left_table, left_column = left.split(".")
    right_table, right_column = right.split(".")
    return Table(
        name,
        Base.metadata,
        Column(f"{left_table[:-1]}_id", ForeignKey(left, ondelete="CASCADE"), primary_key=True),
        Column(f"{right_table[:-1]}_id", ForeignKey(right, ondelete="CASCADE"), primary_key=True),
    )


delegate_groups = _association("delegate_groups", "delegates.id", "groups.id")
agenda_item_groups = _association("agenda_item_groups", "agenda_items.id", "groups.id")
transport_run_groups = _association("transport_run_groups", "transport_runs.id", "groups.id")
transport_run_delegates = _association(
    "transport_run_delegates", "transport_runs.id", "delegates.id"
)
transport_run_staff = _association("transport_run_staff", "transport_runs.id", "staff.id")


class Visit(Base):
    __tablename__ = "visits"
    __table_args__ = (CheckConstraint("end_date >= start_date", name="end_after_start"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    project: Mapped[str | None] = mapped_column(Text)
    funder: Mapped[str | None] = mapped_column(Text)
    host: Mapped[str | None] = mapped_column(Text)
    partners: Mapped[list[str]] = mapped_column(default=list)
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Warsaw")
    languages: Mapped[list[str]] = mapped_column(default=list)
    notes: Mapped[str | None] = mapped_column(Text)
    # Document options kept with the visit: GDPR notice, signature block, logos...
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)

    groups: Mapped[list[Group]] = relationship(
        back_populates="visit", cascade="all, delete-orphan", passive_deletes=True
    )
    delegates: Mapped[list[Delegate]] = relationship(
        back_populates="visit", cascade="all, delete-orphan", passive_deletes=True
    )
    staff: Mapped[list[Staff]] = relationship(
        back_populates="visit", cascade="all, delete-orphan", passive_deletes=True
    )
    sites: Mapped[list[Site]] = relationship(
        back_populates="visit", cascade="all, delete-orphan", passive_deletes=True
    )
    travel_times: Mapped[list[TravelTime]] = relationship(
        back_populates="visit", cascade="all, delete-orphan", passive_deletes=True
    )
    agenda: Mapped[list[AgendaItem]] = relationship(
        back_populates="visit", cascade="all, delete-orphan", passive_deletes=True
    )
    vehicles: Mapped[list[Vehicle]] = relationship(
        back_populates="visit", cascade="all, delete-orphan", passive_deletes=True
    )
    transport_runs: Mapped[list[TransportRun]] = relationship(
        back_populates="visit", cascade="all, delete-orphan", passive_deletes=True
    )
    accommodation: Mapped[list[Accommodation]] = relationship(
        back_populates="visit", cascade="all, delete-orphan", passive_deletes=True
    )


class Group(Base):
    __tablename__ = "groups"
    __table_args__ = (UniqueConstraint("visit_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = _visit_fk()
    key: Mapped[str] = _key()
    name: Mapped[str] = mapped_column(String(200))

    visit: Mapped[Visit] = relationship(back_populates="groups")
    delegates: Mapped[list[Delegate]] = relationship(
        secondary=delegate_groups, back_populates="groups"
    )


class Delegate(Base):
    __tablename__ = "delegates"
    __table_args__ = (
        UniqueConstraint("visit_id", "key"),
        UniqueConstraint("visit_id", "passport_number"),
        Index("ix_delegates_visit_surname", "visit_id", "surname"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = _visit_fk()
    key: Mapped[str] = _key()
    surname: Mapped[str] = mapped_column(String(200))
    given_names: Mapped[str | None] = mapped_column(String(200))
    patronymic: Mapped[str | None] = mapped_column(String(200))
    surname_latin: Mapped[str | None] = mapped_column(String(200))
    given_names_latin: Mapped[str | None] = mapped_column(String(200))
    latin_source: Mapped[str | None] = mapped_column(String(16))
    organisation: Mapped[str | None] = mapped_column(Text)
    position: Mapped[str | None] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(String(2))
    category: Mapped[str | None] = mapped_column(String(24))
    email: Mapped[str | None] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(64))
    date_of_birth: Mapped[dt.date | None] = mapped_column(Date)
    passport_number: Mapped[str | None] = mapped_column(String(32))
    passport_expiry: Mapped[dt.date | None] = mapped_column(Date)
    gender: Mapped[str | None] = mapped_column(String(8))
    dietary: Mapped[str | None] = mapped_column(Text)
    arrival: Mapped[dt.datetime | None] = mapped_column(DateTime)
    departure: Mapped[dt.datetime | None] = mapped_column(DateTime)
    notes: Mapped[str | None] = mapped_column(Text)

    visit: Mapped[Visit] = relationship(back_populates="delegates")
    groups: Mapped[list[Group]] = relationship(
        secondary=delegate_groups, back_populates="delegates", order_by="Group.id"
    )

    @validates("category")
    def _check_category(self, _key: str, value: str | None) -> str | None:
        return None if value is None else Category(value).value

    @validates("gender")
    def _check_gender(self, _key: str, value: str | None) -> str | None:
        return None if value is None else Gender(value).value

    @validates("latin_source")
    def _check_latin_source(self, _key: str, value: str | None) -> str | None:
        return None if value is None else LatinSource(value).value


class Staff(Base):
    __tablename__ = "staff"
    __table_args__ = (UniqueConstraint("visit_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = _visit_fk()
    key: Mapped[str] = _key()
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(24), default="other")
    organisation: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(64))
    email: Mapped[str | None] = mapped_column(String(320))
    notes: Mapped[str | None] = mapped_column(Text)

    visit: Mapped[Visit] = relationship(back_populates="staff")


class Site(Base):
    __tablename__ = "sites"
    __table_args__ = (UniqueConstraint("visit_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = _visit_fk()
    key: Mapped[str] = _key()
    name: Mapped[Texts] = mapped_column(default=dict)
    kind: Mapped[str | None] = mapped_column(String(24))  # venue, hotel, restaurant, transport...
    address: Mapped[str | None] = mapped_column(Text)
    city: Mapped[str | None] = mapped_column(String(120))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    contact: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(64))
    notes: Mapped[str | None] = mapped_column(Text)

    visit: Mapped[Visit] = relationship(back_populates="sites")


class TravelTime(Base):
    __tablename__ = "travel_times"
    __table_args__ = (
        UniqueConstraint("from_site_id", "to_site_id"),
        CheckConstraint("minutes >= 0", name="minutes_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = _visit_fk()
    from_site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"))
    to_site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"))
    minutes: Mapped[int] = mapped_column(Integer)
    mode: Mapped[str] = mapped_column(String(8), default=TravelMode.DRIVE.value)

    visit: Mapped[Visit] = relationship(back_populates="travel_times")
    from_site: Mapped[Site] = relationship(foreign_keys=[from_site_id])
    to_site: Mapped[Site] = relationship(foreign_keys=[to_site_id])

    @validates("mode")
    def _check_mode(self, _key: str, value: str) -> str:
        return TravelMode(value).value


class AgendaItem(Base):
    __tablename__ = "agenda_items"
    __table_args__ = (
        UniqueConstraint("visit_id", "key"),
        CheckConstraint("end_at > start_at", name="end_after_start"),
        Index("ix_agenda_items_visit_start", "visit_id", "start_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = _visit_fk()
    key: Mapped[str] = _key()
    start_at: Mapped[dt.datetime] = mapped_column(DateTime)
    end_at: Mapped[dt.datetime] = mapped_column(DateTime)
    site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(16), default=AgendaKind.OTHER.value)
    title: Mapped[Texts] = mapped_column(default=dict)
    description: Mapped[Texts] = mapped_column(default=dict)
    hosts: Mapped[list[str]] = mapped_column(default=list)

    visit: Mapped[Visit] = relationship(back_populates="agenda")
    site: Mapped[Site | None] = relationship()
    groups: Mapped[list[Group]] = relationship(secondary=agenda_item_groups, order_by="Group.id")

    @validates("kind")
    def _check_kind(self, _key: str, value: str) -> str:
        return AgendaKind(value).value


class Vehicle(Base):
    __tablename__ = "vehicles"
    __table_args__ = (
        UniqueConstraint("visit_id", "key"),
        CheckConstraint("seats >= 0", name="seats_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = _visit_fk()
    key: Mapped[str] = _key()
    label: Mapped[str] = mapped_column(String(200))
    plate: Mapped[str | None] = mapped_column(String(32))
    seats: Mapped[int] = mapped_column(Integer)
    operator: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(64))
    driver_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))

    visit: Mapped[Visit] = relationship(back_populates="vehicles")
    driver: Mapped[Staff | None] = relationship()


class TransportRun(Base):
    __tablename__ = "transport_runs"
    __table_args__ = (
        UniqueConstraint("visit_id", "key"),
        CheckConstraint("arrive_at > depart_at", name="arrive_after_depart"),
        Index("ix_transport_runs_visit_depart", "visit_id", "depart_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = _visit_fk()
    key: Mapped[str] = _key()
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicles.id", ondelete="CASCADE"))
    from_site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id", ondelete="SET NULL"))
    to_site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id", ondelete="SET NULL"))
    depart_at: Mapped[dt.datetime] = mapped_column(DateTime)
    arrive_at: Mapped[dt.datetime] = mapped_column(DateTime)
    notes: Mapped[str | None] = mapped_column(Text)

    visit: Mapped[Visit] = relationship(back_populates="transport_runs")
    vehicle: Mapped[Vehicle] = relationship()
    from_site: Mapped[Site | None] = relationship(foreign_keys=[from_site_id])
    to_site: Mapped[Site | None] = relationship(foreign_keys=[to_site_id])
    groups: Mapped[list[Group]] = relationship(secondary=transport_run_groups, order_by="Group.id")
    delegates: Mapped[list[Delegate]] = relationship(
        secondary=transport_run_delegates, order_by="Delegate.id"
    )
    staff: Mapped[list[Staff]] = relationship(secondary=transport_run_staff, order_by="Staff.id")


class Accommodation(Base):
    __tablename__ = "accommodation"
    __table_args__ = (CheckConstraint("check_out > check_in", name="check_out_after_check_in"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = _visit_fk()
    delegate_id: Mapped[int] = mapped_column(
        ForeignKey("delegates.id", ondelete="CASCADE"), index=True
    )
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"))
    check_in: Mapped[dt.date] = mapped_column(Date)
    check_out: Mapped[dt.date] = mapped_column(Date)
    room: Mapped[str | None] = mapped_column(String(32))

    visit: Mapped[Visit] = relationship(back_populates="accommodation")
    delegate: Mapped[Delegate] = relationship()
    site: Mapped[Site] = relationship()
