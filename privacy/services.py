"""A person's data: export it, erase it (close the account), and close accounts left
inactive past the retention period. What each app keeps is declared in its
`personal_data.py` (see privacy.registry)."""

import json
import logging
import tempfile
import zipfile
from datetime import date, timedelta
from pathlib import PurePosixPath

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import serializers
from django.core.files import File
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.db.models.functions import Coalesce
from django.utils import timezone

from accounts.models import User
from lms.queueing import enqueue_on_commit

from . import emails, registry, tasks
from .models import ClosedAccount, Consent, DataExport, RetentionNotice

logger = logging.getLogger(__name__)

# A ready export stays downloadable this long, then its file is deleted.
EXPORT_LIFETIME = timedelta(days=7)
# Inactive people are told this long before their account is closed.
RETENTION_NOTICE = timedelta(days=30)


class PrivacyError(Exception):
    """A request about personal data that cannot be done; the message says why."""


@transaction.atomic
def request_export(*, user: User) -> DataExport:
    """Queue a ZIP of the person's data. While one is being prepared, that one is
    returned instead of a second."""
    pending = (
        DataExport.objects.select_for_update()
        .filter(user=user, status=DataExport.Status.QUEUED)
        .first()
    )
    if pending is not None:
        return pending
    export = DataExport.objects.create(user=user)
    enqueue_on_commit(tasks.build_data_export, export_id=export.pk)
    return export


def person_document(user: User) -> dict:
    """The account itself, as the export shows it."""
    return {
        "email": user.email,
        "given_name": user.first_name,
        "family_name": user.last_name,
        "organisation": user.organisation.name if user.organisation else None,
        "preferred_language": user.preferred_language,
        "roles": sorted(user.groups.values_list("name", flat=True)),
        "date_joined": user.date_joined,
        "last_login": user.last_login,
    }


def _rows(rule: registry.Rule, user: User) -> list[dict]:
    model = rule.model_class()
    names = [
        f.name
        for f in model._meta.concrete_fields
        if f.name not in rule.exclude and not f.primary_key
    ]
    return [
        {"id": row["pk"], **row["fields"]}
        for row in serializers.serialize(
            "python", rule.rows_of(user).order_by("pk"), fields=names
        )
    ]


def _file_name(rule: registry.Rule, row, field_name: str) -> str:
    # Stored names are random; the name the person gave the file is kept beside it.
    original = getattr(row, f"{field_name}_name", "") or getattr(row, "file_name", "")
    original = PurePosixPath(original or getattr(row, field_name).name).name
    return f"files/{rule.model.replace('.', '-').lower()}/{row.pk}-{original}"


def write_export(user: User, target) -> None:
    """Write the person's data as a ZIP into the binary file `target`."""
    records: dict[str, list[dict]] = {}
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for rule in registry.rules():
            if not rule.export:
                continue
            rows = _rows(rule, user)
            if rows:
                records.setdefault(rule.model, []).extend(rows)
            for row in rule.rows_of(user).order_by("pk"):
                for field_name in rule.files:
                    stored = getattr(row, field_name)
                    if not stored:
                        continue
                    try:
                        with stored.open("rb") as source:
                            archive.writestr(
                                _file_name(rule, row, field_name), source.read()
                            )
                    except FileNotFoundError:
                        logger.warning("Missing file %s left out", stored.name)
        document = {
            "exported_at": timezone.now(),
            "platform": settings.SITE_URL,
            "person": person_document(user),
            "records": records,
        }
        archive.writestr(
            "data.json", json.dumps(document, cls=DjangoJSONEncoder, indent=2)
        )
        for extra in registry.extra_exports():
            for name, content in extra(user).items():
                archive.writestr(name, content)


def build_export(*, export_id: int) -> DataExport | None:
    """Build a queued export's ZIP, store it and email its link. Safe to repeat."""
    export = (
        DataExport.objects.filter(pk=export_id, status=DataExport.Status.QUEUED)
        .select_related("user")
        .first()
    )
    if export is None:  # built already, or the account was closed meanwhile
        return None
    with tempfile.TemporaryFile() as spool:
        write_export(export.user, spool)
        spool.seek(0)
        with transaction.atomic():
            claimed = (
                DataExport.objects.select_for_update()
                .filter(pk=export.pk, status=DataExport.Status.QUEUED)
                .first()
            )
            if claimed is None:
                return None
            claimed.file.save("export.zip", File(spool), save=False)
            claimed.size = claimed.file.size
            claimed.status = DataExport.Status.READY
            claimed.ready_at = timezone.now()
            claimed.expires_at = claimed.ready_at + EXPORT_LIFETIME
            claimed.save()
            emails.queue_export_ready(export=claimed)
    return claimed


def delete_expired_exports(*, now=None) -> int:
    """Delete the files of exports past their time; the rows say they expired."""
    now = now or timezone.now()
    expired = list(
        DataExport.objects.filter(
            status=DataExport.Status.READY, expires_at__lt=now
        ).exclude(file="")
    )
    for export in expired:
        export.file.delete(save=False)
        export.save(update_fields=["file"])
    return len(expired)


def _empty(field: models.Field):
    if field.null:
        return None
    if field.has_default():
        return field.get_default()
    return ""


@transaction.atomic
def close_account(*, user: User, initiative: str) -> ClosedAccount:
    """Erase or anonymise everything about a person; the account can no longer sign in.

    Records that reports count stay, linked to the anonymised account, so totals do not
    change. Files are deleted after the transaction commits. Closing twice is refused.
    """
    user = get_user_model().objects.select_for_update().get(pk=user.pk)
    if ClosedAccount.objects.filter(user_id=user.pk).exists():
        raise PrivacyError("This account is closed already.")
    files = []
    for rule in registry.rules():
        rows = rule.rows_of(user)
        for row in rows.exclude(**dict.fromkeys(rule.files, "")) if rule.files else []:
            files += [getattr(row, f) for f in rule.files if getattr(row, f)]
        if rule.erase == registry.DELETE:
            rows.delete()
            continue
        if rule.erase == registry.BLANK:
            model = rule.model_class()
            changes = {
                name: _empty(model._meta.get_field(name))
                for name in (*rule.blank, *rule.files)
            }
            rows.update(**changes)
        if rule.after_erasure is not None:
            rule.after_erasure(rule.rows_of(user))
    user.email = f"closed-{user.pk}@closed.invalid"
    user.first_name = user.last_name = ""
    user.is_active = user.is_staff = user.is_superuser = False
    user.set_unusable_password()  # also ends every session: their hash no longer fits
    user.save()
    user.groups.clear()
    closed = ClosedAccount.objects.create(user_id=user.pk, initiative=initiative)

    def delete_files() -> None:
        for stored in files:
            try:
                stored.storage.delete(stored.name)
            except OSError:
                logger.warning("Could not delete %s", stored.name)

    transaction.on_commit(delete_files)
    return closed


def is_closed(user) -> bool:
    return ClosedAccount.objects.filter(user_id=user.pk).exists()


def inactive_accounts(*, before) -> models.QuerySet:
    """Open accounts not used since `before` (their last sign-in, else their sign-up).

    Administrators are left out: their accounts are closed by another administrator.
    """
    return (
        get_user_model()
        .objects.filter(is_active=True, is_superuser=False)
        .annotate(seen=Coalesce("last_login", "date_joined"))
        .filter(seen__lt=before)
        .exclude(pk__in=ClosedAccount.objects.values("user_id"))
    )


def apply_retention(*, today: date | None = None) -> dict:
    """Tell people inactive for the retention period less 30 days that their account
    will close, and close the accounts of those told 30 days ago and still away.

    Off when `PRIVACY_RETENTION_DAYS` is 0. A person who signs in meanwhile keeps their
    account: their notice is withdrawn. Safe to repeat on the same day.
    """
    days = settings.PRIVACY_RETENTION_DAYS
    if not days:
        return {"noticed": 0, "closed": 0}
    today = today or timezone.localdate()
    now = timezone.now()
    retention = timedelta(days=days)
    # Back since the notice: they keep their account.
    RetentionNotice.objects.filter(user__last_login__gt=models.F("sent_at")).delete()
    closed = 0
    for notice in RetentionNotice.objects.filter(closes_on__lte=today).select_related(
        "user"
    ):
        if notice.user.is_active:
            close_account(
                user=notice.user, initiative=ClosedAccount.Initiative.RETENTION
            )
            closed += 1
    noticed = 0
    due = inactive_accounts(before=now - retention + RETENTION_NOTICE).exclude(
        retention_notice__isnull=False
    )
    for person in due.iterator():
        with transaction.atomic():
            notice, created = RetentionNotice.objects.get_or_create(
                user=person, defaults={"closes_on": today + RETENTION_NOTICE}
            )
            if created:
                emails.queue_retention_notice(notice=notice)
                noticed += 1
    return {"noticed": noticed, "closed": closed}


def record_consent(*, user: User, language: str) -> Consent:
    """Note that a person agreed to the privacy notice as it stands now."""
    from .selectors import privacy_notice

    notice = privacy_notice(language)
    revision = notice.latest_revision_id if notice else None
    return Consent.objects.create(
        user=user,
        notice_key=notice.translation_key if notice else None,
        notice_revision=revision,
        language=language,
    )
