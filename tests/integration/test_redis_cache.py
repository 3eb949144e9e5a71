"""The platform's Redis cache backend (lms/cache.py) against a real Redis: one client
per connection pool, shared by calls and threads, with Django's behaviour."""

import threading
import uuid

import pytest
import redis

from lms.cache import RedisCache

from .conftest import REQUIRE_REDIS, TEST_REDIS_URL, redis_answers


@pytest.fixture
def backend():
    if not redis_answers(TEST_REDIS_URL):
        if REQUIRE_REDIS:
            pytest.fail(f"Redis does not answer at {TEST_REDIS_URL}")
        pytest.skip(f"Redis does not answer at {TEST_REDIS_URL}")
    cache = RedisCache(TEST_REDIS_URL, {"KEY_PREFIX": f"t-{uuid.uuid4().hex}"})
    yield cache
    cache.clear()


def test_every_call_uses_the_same_client_and_pool(backend):
    backend.set("a", {"page": b"x" * 10_000}, 30)
    first = backend._cache.get_client()
    assert backend.get("a") == {"page": b"x" * 10_000}
    assert backend.get_many(["a", "missing"]) == {"a": {"page": b"x" * 10_000}}
    assert backend._cache.get_client(write=True) is first
    assert isinstance(first, redis.Redis)
    assert backend.add("n", 1)
    assert backend.incr("n") == 2


def test_threads_share_the_client_without_mixing_answers(backend):
    errors = []

    def work(number):
        try:
            for round_ in range(50):
                key = f"k{number}-{round_}"
                backend.set(key, (number, round_), 30)
                if backend.get(key) != (number, round_):
                    errors.append(key)
        except Exception as error:  # reported by the assertion below
            errors.append(repr(error))

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert len(backend._cache._clients) == 1
