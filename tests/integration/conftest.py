"""Real Celery processes against the test database, on Redis or the embedded broker."""

import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

from django.db import connection

import pytest
import redis

from notifications.sink import free_port

ROOT = Path(__file__).resolve().parents[2]
TEST_REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
# CI sets this so that a missing Redis fails the run instead of skipping its tests.
REQUIRE_REDIS = os.environ.get("REQUIRE_REDIS", "") == "1"


def redis_answers(url: str) -> bool:
    try:
        return bool(redis.Redis.from_url(url, socket_connect_timeout=1).ping())
    except (redis.RedisError, OSError):
        return False


def database_url() -> str:
    db = connection.settings_dict
    if db["ENGINE"] == "django.db.backends.sqlite3":
        return f"sqlite:///{db['NAME']}"
    auth = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


class CeleryProcesses:
    """Starts worker and beat subprocesses sharing one broker and a private queue."""

    def __init__(
        self, broker: str, tmp_path: Path, *, redis_url: str = "", queue: str = ""
    ):
        self.queue = queue or f"itest-{uuid.uuid4().hex[:8]}"
        self.tmp_path = tmp_path
        self.processes: list[subprocess.Popen] = []
        if redis_url:  # a private server the test controls
            self.broker_url = redis_url
            self.transport_options = {}
        elif broker == "redis":
            if not redis_answers(TEST_REDIS_URL):
                if REQUIRE_REDIS:
                    pytest.fail(f"Redis does not answer at {TEST_REDIS_URL}")
                pytest.skip(f"Redis does not answer at {TEST_REDIS_URL}")
            self.broker_url = TEST_REDIS_URL
            self.transport_options: dict = {}
        else:
            folder = tmp_path / "broker"
            (folder / "queue").mkdir(parents=True)
            (folder / "processed").mkdir()
            (folder / "control").mkdir()
            self.broker_url = "filesystem://"
            self.transport_options = {
                "data_folder_in": str(folder / "queue"),
                "data_folder_out": str(folder / "queue"),
                "processed_folder": str(folder / "processed"),
                "control_folder": str(folder / "control"),
            }

    def env(self, **extra: str) -> dict[str, str]:
        env = dict(os.environ)
        env.update(
            DJANGO_SETTINGS_MODULE="lms.settings.test",
            DATABASE_URL=database_url(),
            TEST_CELERY_BROKER_URL=self.broker_url,
            CELERY_BROKER_URL=self.broker_url,
            REDIS_URL="" if self.broker_url == "filesystem://" else self.broker_url,
            CELERY_TASK_DEFAULT_QUEUE=self.queue,
            LMS_VAR_DIR=str(self.tmp_path),
            **extra,
        )
        return env

    def start(self, *args: str, **extra_env: str) -> subprocess.Popen:
        process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "lms", *args],
            cwd=ROOT,
            env=self.env(**extra_env),
            start_new_session=True,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.processes.append(process)
        return process

    def start_worker(self, name: str = "itest", **extra_env: str) -> subprocess.Popen:
        return self.start(
            "worker",
            "--loglevel=info",
            "--pool=solo",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
            "-n",
            f"{name}-{self.queue}@%h",
            **extra_env,
        )

    def start_beat(self, **extra_env: str) -> subprocess.Popen:
        return self.start(
            "beat",
            "--loglevel=info",
            "--schedule",
            str(self.tmp_path / "beat-schedule"),
            **extra_env,
        )

    def sender(self):
        """A Celery app in this process that publishes to the same broker and queue."""
        from celery import Celery

        # Not the current app: shared tasks would otherwise publish through it.
        app = Celery("itest-sender", broker=self.broker_url, set_as_current=False)
        app.conf.broker_transport_options = self.transport_options
        app.conf.task_default_queue = self.queue
        return app

    def stop(self) -> str:
        output = []
        for process in self.processes:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait()
            output.append(process.stdout.read() if process.stdout else "")
        return "\n".join(output)


def wait_for(condition, timeout: float = 40.0, interval: float = 0.3):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(interval)
    return condition()


@pytest.fixture(params=["redis", "filesystem"])
def celery_processes(request, tmp_path, transactional_db):
    processes = CeleryProcesses(request.param, tmp_path)
    yield processes
    # pytest shows what a teardown wrote only when the test failed.
    sys.stdout.write(processes.stop())


class RedisServer:
    """A private redis-server that a test may kill (-9) and start again on its port.

    Like the machine's Redis, it keeps nothing on disk: a kill loses every queued task.
    """

    def __init__(self, tmp_path: Path):
        binary = shutil.which("redis-server")
        if binary is None:
            if REQUIRE_REDIS:
                pytest.fail("redis-server is not installed")
            pytest.skip("redis-server is not installed")
        self.binary = binary
        self.folder = tmp_path
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: subprocess.Popen | None = None

    def start(self) -> "RedisServer":
        self.process = subprocess.Popen(
            [
                self.binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.folder),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        if not wait_for(lambda: redis_answers(self.url), timeout=10, interval=0.1):
            pytest.fail(f"redis-server did not start on port {self.port}")
        return self

    def kill(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def queued_tasks(self, queue: str) -> int:
        return redis.Redis.from_url(self.url).llen(queue)


@contextmanager
def publishing_to(broker_url: str):
    """Make this process's Celery app publish to another broker for a while."""
    from lms.celery import app

    def reset_pools():
        # Dropped, not closed: kombu shares a pool per broker address across apps, and a
        # closed one would fail every later test that publishes to that address.
        app._pool = None
        if "amqp" in app.__dict__:
            app.amqp._producer_pool = None

    saved = app.conf.broker_url, app.conf.broker_transport_options
    reset_pools()
    app.conf.broker_url, app.conf.broker_transport_options = broker_url, {}
    try:
        yield app
    finally:
        reset_pools()
        app.conf.broker_url, app.conf.broker_transport_options = saved
