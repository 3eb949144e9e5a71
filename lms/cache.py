"""Django's Redis cache backend, without a new client object on every call.

Django's RedisCacheClient builds a `redis.Redis` for each cache operation
(`get_client`), and redis-py fills a table of some 170 response callbacks in every
instance: about 0.4 ms a call, most of what a page served from the cache cost. A
`redis.Redis` over a connection pool is safe to share between threads (each command
takes a connection from the pool), so one is kept per pool.
"""

from typing import Any

from django.core.cache.backends import redis as django_redis


class RedisCacheClient(django_redis.RedisCacheClient):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._clients: dict[int, Any] = {}

    def get_client(self, key: Any = None, *, write: bool = False) -> Any:
        pool = self._get_connection_pool(write)  # type: ignore[attr-defined]
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)  # type: ignore[attr-defined]
        return client


class RedisCache(django_redis.RedisCache):
    def __init__(self, server: str, params: dict[str, Any]) -> None:
        super().__init__(server, params)
        self._class = RedisCacheClient
