"""A real SMTP server in the test process (aiosmtpd) that records what it receives.

It can answer DATA with scripted replies (a 4xx to make the sender retry, a 5xx to make it
give up) and can be slowed down, so that a worker can be killed in the middle of a batch.
"""

import asyncio
import email
import logging
import socket
import threading
from email.message import Message

from aiosmtpd.controller import Controller

# aiosmtpd logs every SMTP command at INFO.
logging.getLogger("mail.log").setLevel(logging.WARNING)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class SinkHandler:
    def __init__(self):
        self.messages: list[Message] = []
        self.connections = 0
        self.replies: list[str] = []
        self.delay = 0.0
        self._lock = threading.Lock()

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        with self._lock:
            self.connections += 1
        session.host_name = hostname
        return responses

    async def handle_DATA(self, server, session, envelope):
        if self.delay:
            await asyncio.sleep(self.delay)
        with self._lock:
            reply = self.replies.pop(0) if self.replies else "250 OK"
            if reply.startswith("250"):
                self.messages.append(email.message_from_bytes(envelope.content))
        return reply


class SmtpSink:
    def __init__(self):
        self.handler = SinkHandler()
        self.port = free_port()
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)

    def __enter__(self):
        self.controller.start()
        return self

    def __exit__(self, *exc):
        self.controller.stop()

    @property
    def messages(self) -> list[Message]:
        return self.handler.messages

    @property
    def connections(self) -> int:
        return self.handler.connections

    def settings(self) -> dict:
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": self.port,
            "EMAIL_USE_TLS": False,
            "EMAIL_USE_SSL": False,
            "EMAIL_HOST_USER": "",
            "EMAIL_HOST_PASSWORD": "",
        }

    def environment(self) -> dict[str, str]:
        return {key: str(value) for key, value in self.settings().items()}
