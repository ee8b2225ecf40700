"""The fast YAML reader gives exactly what yaml.safe_load gives, for every data file we ship."""
from pathlib import Path

import pytest
import yaml

from sitroom import yamlload

DATA = Path(yamlload.__file__).resolve().parent / "data"
FILES = sorted(DATA.rglob("*.yaml")) + sorted(DATA.rglob("*.yml"))


def test_there_are_data_files_to_check():
    assert len(FILES) >= 10


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(DATA)))
def test_same_objects_as_pure_python_safe_load(path):
    text = path.read_text(encoding="utf-8")
    fast, slow = yamlload.safe_load(text), yaml.safe_load(text)
    assert fast == slow
    assert repr(fast) == repr(slow)  # same types and key order, not only equal values


def test_reads_open_files_and_refuses_python_objects(tmp_path):
    f = tmp_path / "x.yaml"
    f.write_text("a: [1, 2.5, yes, '07']\nb: {c: null}\n", encoding="utf-8")
    with f.open(encoding="utf-8") as fh:
        assert yamlload.safe_load(fh) == {"a": [1, 2.5, True, "07"], "b": {"c": None}}
    with pytest.raises(yaml.YAMLError):
        yamlload.safe_load("!!python/object/apply:os.getcwd []")


def test_uses_libyaml_when_pyyaml_has_it():
    if getattr(yaml, "__with_libyaml__", False):
        assert yamlload._Loader is yaml.CSafeLoader
