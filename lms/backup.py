"""Backup and restore of the database and both storages, in one archive.

The archive (tar.gz) holds manifest.json, the database (SQLite: a consistent copy made
with SQLite's backup API; PostgreSQL: pg_dump's custom format) and every file of the
`default` and `private` storages under files/<storage>/, read through the storages,
so the same commands serve the local folders and the buckets.
"""

import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from django.core.files.base import File
from django.core.files.storage import Storage, storages
from django.db import connection, connections
from django.utils import timezone

FORMAT = 1
STORAGES = ("default", "private")
SQLITE, POSTGRESQL = "sqlite", "postgresql"


class BackupError(Exception):
    pass


def engine() -> str:
    vendor = connection.vendor
    if vendor not in (SQLITE, POSTGRESQL):
        raise BackupError(f"No backup for a {vendor} database.")
    return vendor


def stored_files(storage: Storage, folder: str = "") -> Iterator[str]:
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:  # a local storage whose folder was never made
        return
    for name in files:
        yield f"{folder}{name}"
    for name in folders:
        yield from stored_files(storage, f"{folder}{name}/")


def _pg_environment() -> dict[str, str]:
    db = connection.settings_dict
    env = dict(os.environ)
    env.update(
        PGHOST=db["HOST"] or "127.0.0.1",
        PGPORT=str(db["PORT"] or 5432),
        PGUSER=db["USER"] or "",
        PGDATABASE=db["NAME"],
    )
    if db["PASSWORD"]:
        env["PGPASSWORD"] = db["PASSWORD"]
    return env


def _program(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise BackupError(f"{name} is not installed (PostgreSQL's client tools).")
    return path


def _add_bytes(archive: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(timezone.now().timestamp())
    archive.addfile(info, io.BytesIO(data))


def make_backup(output: Path) -> dict:
    """Write an archive of the database and every stored file; return its manifest."""
    kind = engine()
    output.parent.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "created_at": timezone.now().isoformat(),
        "database": kind,
        "files": {},
    }
    with tempfile.TemporaryDirectory() as scratch, tarfile.open(output, "w:gz") as tar:
        if kind == SQLITE:
            copy = Path(scratch) / "database.sqlite3"
            source = sqlite3.connect(connection.settings_dict["NAME"])
            target = sqlite3.connect(copy)
            with target:
                source.backup(target)
            source.close()
            target.close()
            tar.add(copy, "database.sqlite3")
        else:
            dump = Path(scratch) / "database.dump"
            subprocess.run(  # noqa: S603 - our arguments, no user input
                [
                    _program("pg_dump"),
                    "--format=custom",
                    "--no-owner",
                    "--no-acl",
                    "-f",
                    dump,
                ],
                env=_pg_environment(),
                check=True,
            )
            tar.add(dump, "database.dump")
        for alias in STORAGES:
            storage = storages[alias]
            count = 0
            for name in stored_files(storage):
                with storage.open(name, "rb") as handle:
                    info = tarfile.TarInfo(f"files/{alias}/{name}")
                    info.size = storage.size(name)
                    info.mtime = int(timezone.now().timestamp())
                    tar.addfile(info, handle)
                count += 1
            manifest["files"][alias] = count
        _add_bytes(tar, "manifest.json", json.dumps(manifest, indent=2).encode())
    return manifest


def database_is_empty() -> bool:
    return "django_migrations" not in connection.introspection.table_names()


def restore_backup(archive_path: Path, *, force: bool = False) -> dict:
    """Put an archive's database and files back. Refuses a database that already has
    tables unless `force`, which replaces what is there."""
    kind = engine()
    if not force and not database_is_empty():
        raise BackupError(
            "The database is not empty; restore into a fresh one, or pass --force "
            "to replace it."
        )
    with (
        tarfile.open(archive_path, "r:gz") as tar,
        tempfile.TemporaryDirectory() as scratch,
    ):
        listed = tar.extractfile("manifest.json")
        if listed is None:
            raise BackupError("The archive has no manifest.")
        manifest = json.load(listed)
        if manifest.get("format") != FORMAT:
            raise BackupError("This archive was made by another version of backup.")
        if manifest["database"] != kind:
            raise BackupError(
                f"The archive holds a {manifest['database']} database; this one is {kind}."
            )
        members = [m for m in tar.getmembers() if m.isfile()]
        if kind == SQLITE:
            tar.extract("database.sqlite3", scratch, filter="data")
            connections.close_all()
            database = Path(connection.settings_dict["NAME"])
            for leftover in (Path(f"{database}-wal"), Path(f"{database}-shm")):
                leftover.unlink(missing_ok=True)
            shutil.copyfile(Path(scratch) / "database.sqlite3", database)
        else:
            tar.extract("database.dump", scratch, filter="data")
            subprocess.run(  # noqa: S603 - our arguments, no user input
                [
                    _program("pg_restore"),
                    "--clean",
                    "--if-exists",
                    "--no-owner",
                    "--no-acl",
                    "-d",
                    connection.settings_dict["NAME"],
                    str(Path(scratch) / "database.dump"),
                ],
                env=_pg_environment(),
                check=True,
            )
        for member in members:
            if not member.name.startswith("files/"):
                continue
            _, alias, name = member.name.split("/", 2)
            if alias not in STORAGES or name.startswith("/") or ".." in name.split("/"):
                raise BackupError(f"Unexpected file in the archive: {member.name}")
            storage = storages[alias]
            if storage.exists(name):
                storage.delete(name)
            saved = storage.save(name, File(tar.extractfile(member)))
            if saved != name:  # the rows name the file: it must keep its name
                raise BackupError(f"{alias}:{name} was stored as {saved}.")
    return manifest
