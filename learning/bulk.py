"""Enrolling many people at once: learners picked from a list, or a CSV of addresses.

Each person is enrolled in a transaction of their own, so one bad row never stops the
rest, and the report says what happened to every row.
"""

import csv
import io
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.db.models.functions import Lower
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.models import Locale

from allauth.account.models import EmailAddress

from accounts.models import User
from accounts.permissions import (
    has_any_role,
    may_enrol_person,
    people_listed_for_enrolment,
)
from accounts.roles import Role
from accounts.services import make_learner
from courses.models import ProgrammePage

from . import emails, services
from .models import Cohort, Enrolment
from .permissions import programmes_run_by

MAX_CSV_BYTES = 1024 * 1024
MAX_CSV_ROWS = 5000


class Outcome:
    ENROLLED = "enrolled"
    APPROVED = "approved"
    ALREADY = "already"
    INVITED = "invited"
    ERROR = "error"

    LABELS = {
        ENROLLED: gettext_lazy("Enrolled"),
        APPROVED: gettext_lazy("Waiting enrolment approved"),
        ALREADY: gettext_lazy("Already enrolled"),
        INVITED: gettext_lazy("New account, invitation sent"),
        ERROR: gettext_lazy("Not enrolled"),
    }


@dataclass
class RowResult:
    line: int | None
    email: str
    outcome: str
    message: str = ""

    @property
    def label(self) -> str:
        return str(Outcome.LABELS[self.outcome])


@dataclass
class CsvRow:
    line: int
    email: str
    first_name: str
    last_name: str


def programmes_enrollable_by(user):
    """Programmes a user may enrol others in: coordinators and admins any, trainers theirs."""
    # Each programme once: its page in the default language, which records refer to.
    source_pages = ProgrammePage.objects.live().filter(
        alias_of__isnull=True, locale=Locale.get_default()
    )
    if has_any_role(user, Role.ADMIN, Role.COORDINATOR):
        return source_pages
    return source_pages.filter(pk__in=programmes_run_by(user).values("pk"))


def learners_selectable_by(user):
    """People a user may pick from a list."""
    return people_listed_for_enrolment(user).order_by("last_name", "first_name")


def enrol_selected(
    *, actor: User, programme: ProgrammePage, cohort: Cohort | None, learners
) -> list[RowResult]:
    return [
        _enrol_existing(actor, programme, cohort, learner, line=None)
        for learner in learners
    ]


def enrol_from_csv(
    *, actor: User, programme: ProgrammePage, cohort: Cohort | None, rows: list[CsvRow]
) -> list[RowResult]:
    """Enrol every good row; new addresses get an account and an invitation."""
    results: list[RowResult] = []
    seen: dict = {}
    existing = {
        user.email.lower(): user
        for user in User.objects.annotate(address=Lower("email")).filter(
            address__in=[row.email.strip().lower() for row in rows if row.email]
        )
    }
    for row in rows:
        email = row.email.strip()
        try:
            validate_email(email)
        except ValidationError:
            results.append(
                RowResult(
                    row.line, email, Outcome.ERROR, _("Not a valid email address.")
                )
            )
            continue
        if email.lower() in seen:
            results.append(
                RowResult(
                    row.line,
                    email,
                    Outcome.ERROR,
                    _("The same address is on line %(line)s.")
                    % {"line": seen[email.lower()]},
                )
            )
            continue
        seen[email.lower()] = row.line
        person = existing.get(email.lower())
        if person is not None:
            results.append(_enrol_existing(actor, programme, cohort, person, row.line))
        else:
            results.append(_invite(actor, programme, cohort, row, email))
    return results


def _enrol_existing(actor, programme, cohort, person: User, line) -> RowResult:
    if not may_enrol_person(actor, person):
        return RowResult(
            line,
            person.email,
            Outcome.ERROR,
            _("This person belongs to another organisation."),
        )
    if person.pk == actor.pk:
        return _enrol_self(actor, programme, cohort, line)
    try:
        with transaction.atomic():
            before = (
                Enrolment.objects.current()
                .filter(learner=person, programme_key=programme.translation_key)
                .first()
            )
            if before is not None and before.status == Enrolment.Status.PENDING:
                services.decide_enrolment(enrolment=before, approve=True)
                return RowResult(line, person.email, Outcome.APPROVED)
            if before is not None:
                return RowResult(line, person.email, Outcome.ALREADY)
            services.enrol_learner(
                learner=person, programme=programme, cohort=cohort, approved=True
            )
    except services.LearningError as error:
        return RowResult(line, person.email, Outcome.ERROR, str(error))
    return RowResult(line, person.email, Outcome.ENROLLED)


def _enrol_self(actor, programme, cohort, line) -> RowResult:
    """Staff on their own list are enrolled as any learner would be: where the
    programme needs approval, somebody else decides."""
    already = (
        Enrolment.objects.current()
        .filter(learner=actor, programme_key=programme.translation_key)
        .exists()
    )
    try:
        enrolment = services.enrol_learner(
            learner=actor, programme=programme, cohort=cohort
        )
    except services.LearningError as error:
        return RowResult(line, actor.email, Outcome.ERROR, str(error))
    if enrolment.status == Enrolment.Status.PENDING:
        return RowResult(
            line,
            actor.email,
            Outcome.ERROR,
            _("You cannot approve your own enrolment; it waits for someone else."),
        )
    return RowResult(
        line, actor.email, Outcome.ALREADY if already else Outcome.ENROLLED
    )


def _invite(actor, programme, cohort, row: CsvRow, email: str) -> RowResult:
    try:
        with transaction.atomic():
            person = User.objects.create_user(
                email=email,
                password=None,
                first_name=row.first_name[:150],
                last_name=row.last_name[:150],
                organisation_id=actor.organisation_id,
                preferred_language=settings.LANGUAGE_CODE,
            )
            make_learner(user=person)
            # The invitation link proves the address: following it verifies it.
            EmailAddress.objects.create(
                user=person, email=email, primary=True, verified=False
            )
            enrolment = services.enrol_learner(
                learner=person,
                programme=programme,
                cohort=cohort,
                approved=True,
                notify=False,
            )
            emails.queue_invitation(enrolment=enrolment, invited_by=actor)
    except services.LearningError as error:
        return RowResult(row.line, email, Outcome.ERROR, str(error))
    except IntegrityError:  # the address was registered meanwhile
        return RowResult(
            row.line,
            email,
            Outcome.ERROR,
            _("This address was registered meanwhile; upload it again."),
        )
    return RowResult(row.line, email, Outcome.INVITED)


def _read_learner_csv(upload) -> list[CsvRow]:
    """Rows of an uploaded CSV with an `email` column (and optional `first_name`,
    `last_name`). Raises ValidationError saying what is wrong with the file itself."""
    if upload.size > MAX_CSV_BYTES:
        raise ValidationError(_("The file is larger than 1 MB."))
    raw = upload.read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValidationError(
            _("Save the file as CSV in UTF-8 encoding and upload it again.")
        ) from error
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    # Excel on a Mac may end lines with CR alone; universal newlines read every kind.
    reader = csv.DictReader(io.StringIO(text, newline=None), dialect=dialect)
    columns = {(name or "").strip().lower(): name for name in reader.fieldnames or []}
    if "email" not in columns:
        raise ValidationError(
            _("The first line must name the columns, one of them “email”.")
        )
    rows: list = []
    for record in reader:
        line = reader.line_num
        if len(rows) >= MAX_CSV_ROWS:
            raise ValidationError(
                _("The file has more than %(max)s rows; split it.")
                % {"max": MAX_CSV_ROWS}
            )

        cells = {
            key: (cell or "").strip()
            for key, cell in record.items()
            if isinstance(key, str) and isinstance(cell, str)
        }
        if not any(cells.values()):
            continue  # a blank line
        rows.append(
            CsvRow(
                line,
                cells.get(columns["email"], ""),
                cells.get(columns.get("first_name", ""), ""),
                cells.get(columns.get("last_name", ""), ""),
            )
        )
    if not rows:
        raise ValidationError(_("The file has no rows below its header."))
    return rows


def read_learner_csv(upload) -> list[CsvRow]:
    """Rows of an uploaded CSV with an `email` column (and optional `first_name`,
    `last_name`). Raises ValidationError saying what is wrong with the file itself."""
    try:
        return _read_learner_csv(upload)
    except csv.Error as error:
        raise ValidationError(
            _(
                "The file is not a CSV file we can read (%(error)s). Save it as CSV UTF-8."
            )
            % {"error": error}
        ) from error
