import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
READ = re.compile(
    r'(?:env\.(?:str|bool|int|list|float|db_url)|_require)\(\s*"([A-Z_]+)"'
)


def test_every_variable_the_settings_read_is_documented_in_env_example():
    documented = set(
        re.findall(r"^([A-Z_]+)=", (ROOT / ".env.example").read_text(), re.M)
    )
    read = set()
    for path in (ROOT / "lms" / "settings").glob("*.py"):
        read |= set(READ.findall(path.read_text()))

    assert read, "the pattern found no variables: it is out of date"
    assert read - documented == set()
