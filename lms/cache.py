"""Django's Redis cache backend, without a new client object on every call.

Django's RedisCacheClient builds a `redis.Redis` for each cache operation
(`get_client`), and redis-py fills a table of some 170 response callbacks in every
instance: about 0.4 ms a call, most of what a page served from the cache cost. A
`redis.Redis` over a connection pool is safe to share between threads (each command
takes a connection from the pool), so one is kept per pool. Django also makes a
server's pool on first use without a lock: threads starting together could each make
one (and keep connections open in the pool that lost); here the first use is locked.
"""

import threading
from typing import Any

from django.core.cache.backends import redis as django_redis


class RedisCacheClient(django_redis.RedisCacheClient):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._clients: dict[int, Any] = {}
        self._lock = threading.Lock()

    def _get_connection_pool(self, write: bool) -> Any:
        index = self._get_connection_pool_index(write)  # type: ignore[attr-defined]
        pools = self._pools  # type: ignore[attr-defined]
        if index not in pools:
            with self._lock:
                if index not in pools:
                    return super()._get_connection_pool(write)  # type: ignore[misc]
        return pools[index]

    def get_client(self, key: Any = None, *, write: bool = False) -> Any:
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            with self._lock:
                client = self._clients.get(id(pool))
                if client is None:
                    client = self._clients[id(pool)] = self._client(  # type: ignore[attr-defined]
                        connection_pool=pool
                    )
        return client


class RedisCache(django_redis.RedisCache):
    def __init__(self, server: str, params: dict[str, Any]) -> None:
        super().__init__(server, params)
        self._class = RedisCacheClient
