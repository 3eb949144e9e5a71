import pytest

from reports import benchmark

pytestmark = pytest.mark.django_db


def test_the_benchmark_seeds_and_measures_every_report_with_the_same_queries():
    benchmark.seed(enrolments=60, learners=20, organisations=3, programmes=4)
    small = {row["report"]: row for row in benchmark.measure(repeat=2)}
    assert set(small) == set(benchmark.REPORTS)
    assert small["learners"]["csv_rows"] == 60
    benchmark.seed(
        enrolments=300, learners=100, organisations=3, programmes=4, prefix="more"
    )
    large = {row["report"]: row for row in benchmark.measure(repeat=2)}
    for name in benchmark.REPORTS:
        assert large[name]["page_queries"] == small[name]["page_queries"], name
        assert large[name]["csv_queries"] == small[name]["csv_queries"], name
