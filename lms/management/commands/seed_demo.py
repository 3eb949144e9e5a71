import logging
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import translation

from accounts import demo as accounts_demo
from courses import demo as courses_demo
from events import demo as events_demo
from lms.indexing import indexed_once
from privacy import demo as privacy_demo
from reports import demo as reports_demo


@contextmanager
def library_logs_to(path: Path):
    """Send what the libraries log while seeding (Wagtail writes a line per page saved,
    published or copied: hundreds) to a file, so the console shows the short story."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(path, mode="w", encoding="utf-8")
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s")
    )
    root = logging.getLogger()
    saved = root.handlers[:]
    root.handlers = [handler]
    try:
        yield
    finally:
        root.handlers = saved
        handler.close()


class Command(BaseCommand):
    help = (
        "Create the project's partner organisations and site content; with --with-users, "
        "one demo user per role. Safe to run again: it updates what it made before."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--without-content",
            action="store_true",
            help="Only organisations (and users): no framework, programmes or pages.",
        )
        parser.add_argument(
            "--with-users",
            action="store_true",
            help="Also create the demo learner, trainer, coordinator and administrator.",
        )
        parser.add_argument(
            "--report-learners",
            type=int,
            default=300,
            help=(
                "With --with-users and content: how many invented learners, with "
                "progress, attempts and certificates, fill the reports (default 300)."
            ),
        )

    def handle(
        self,
        *args,
        with_users: bool = False,
        without_content: bool = False,
        report_learners: int = 300,
        **options,
    ):
        log = Path(settings.VAR_DIR) / "log" / "seed_demo.log"
        self.stdout.write(f"Seeding the demo (details in {log}).")
        with library_logs_to(log), indexed_once():
            organisations = accounts_demo.seed_organisations()
            self.stdout.write(f"Organisations: {len(organisations)}")
            if not without_content:
                self.seed_content()
            if with_users:
                self.seed_users(with_content=not without_content)
                if not without_content and report_learners:
                    added = reports_demo.seed_report_learners(count=report_learners)
                    self.stdout.write(
                        f"Learners for the reports: {report_learners} ({added} new)."
                    )

    def seed_content(self) -> None:
        home = courses_demo.seed_site(site_url=settings.SITE_URL)
        self.stdout.write("Home page: Lithuanian, English and Norwegian.")
        privacy_demo.seed_privacy_notice(home=home)
        self.stdout.write("Privacy notice: Lithuanian, English and Norwegian.")
        framework = courses_demo.seed_framework()
        self.stdout.write(
            f"Competency framework: {framework} (Lithuanian, English and Norwegian)."
        )
        courses_demo.seed_competency_model_page(framework=framework)
        programmes = courses_demo.seed_programmes()
        titles = ", ".join(programme.title for programme in programmes)
        self.stdout.write(f"Programmes: {titles} (Lithuanian, English and Norwegian).")
        events = events_demo.seed_events()
        self.stdout.write(
            f"Training events: {len(events)} (Lithuanian, English and Norwegian)."
        )

    def seed_users(self, *, with_content: bool) -> None:
        password, generated = accounts_demo.demo_password()
        users = accounts_demo.seed_users(password=password)
        trainer = next(
            u
            for u, d in zip(users, accounts_demo.DEMO_USERS, strict=True)
            if d.role == "trainer"
        )
        if with_content:
            courses_demo.assign_demo_trainer(trainer=trainer)
            events_demo.assign_demo_trainer(trainer=trainer)
            learner = next(
                u
                for u, d in zip(users, accounts_demo.DEMO_USERS, strict=True)
                if d.role == "learner"
            )
            made = events_demo.seed_event_records(learner=learner)
            self.stdout.write(
                f"Event records: {sum(made.values())} registrations with attendance "
                "and survey answers."
            )
        self.stdout.write(
            self.style.SUCCESS("Demo users (sign in at /lt/accounts/login/):")
        )
        with translation.override("en"):  # the console speaks English throughout
            labels = [str(demo.role.label) for demo in accounts_demo.DEMO_USERS]
        width = max(len(label) for label in labels) + 2
        for user, label in zip(users, labels, strict=True):
            self.stdout.write(f"  {label:<{width}}{user.email}")
        source = (
            f"generated, kept in {settings.VAR_DIR}/demo_password"
            if generated
            else "DEMO_PASSWORD"
        )
        self.stdout.write(f"  {'password':<{width}}{password}  ({source})")
