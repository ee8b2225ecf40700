"""The held-out split of a drafted snippet batch: every fifth snippet per label, never trained on."""
import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "split_heldout.py"


def _split():
    spec = importlib.util.spec_from_file_location("split_heldout", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.split


def test_every_fifth_snippet_of_each_label_is_held_out():
    lines = ["## Alpha"] + [f"a{i}" for i in range(1, 11)] + ["## Beta"] + [f"b{i}" for i in range(1, 5)]
    train, held = _split()(lines)
    assert [x for x in held if not x.startswith("#")] == ["a5", "a10"]
    assert "b4" in train and "a5" not in train
    assert train.count("## Beta") == 1 and held.count("## Beta") == 1
