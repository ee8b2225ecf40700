"""Gazetteer loading, the user's SQLite additions and the `gazetteer add` command."""
from __future__ import annotations

import zipfile

from click.testing import CliRunner

from sitroom.resolve.gazetteer import Gazetteer, load_index
from sitroom.resolve.gazetteer_cli import gazetteer
from sitroom.resolve.geo_userdb import UserIndex
from sitroom.resolve.placenames import name_key

# A fictional village in GeoNames' 19-column format (no such place: this tests the loader only).
ROW = "\t".join(["99000001", "Qaryat Ikhtibar", "Qaryat Ikhtibar", "Karyat Ikhtibar,قرية اختبار",
                 "36.61", "40.80", "P", "PPL", "SY", "", "01", "", "", "", "0", "", "300", "Asia/Damascus",
                 "2020-01-01"]) + "\n"
ALT = "\t".join(["1", "99000001", "en", "Ikhtibar Village", "", "", "", ""]) + "\n"


def test_bundled_index_knows_countries_governorates_cities_and_supplement():
    g = Gazetteer.load()
    kinds = {r.kind for r in g.lookup(name_key("Aleppo"))}
    assert {"city", "admin1"} <= kinds
    assert any(r.kind == "country" and r.cc == "SY" for r in g.lookup(name_key("Syria")))
    assert any(r.source == "supplement" for r in g.lookup(name_key("Sheikh Maqsoud")))
    assert len(g) > 200_000  # cities500, not only big cities


def test_user_geonames_file_is_imported_and_found(tmp_path):
    f = tmp_path / "SY.zip"
    with zipfile.ZipFile(f, "w") as zf:
        zf.writestr("SY.txt", ROW)
        zf.writestr("readme.txt", "not data")
    alt = tmp_path / "alternateNamesV2.txt"
    alt.write_text(ALT, encoding="utf-8")
    admin = tmp_path / "admin1CodesASCII.txt"
    admin.write_text("SY.01\tAl-Hasakah\tAl-Hasakah\t173814\n", encoding="utf-8")
    idx = UserIndex(tmp_path / "gazetteer.sqlite")
    assert idx.add_file(f)["rows"] == 1
    assert idx.add_file(alt)["kind"] == "alternate"
    assert idx.add_file(admin)["kind"] == "admin"
    g = Gazetteer(load_index(), user=idx)
    for spelling in ("Qaryat Ikhtibar", "Karyat Ikhtibar", "Ikhtibar Village", "قرية اختبار"):
        recs = g.lookup(name_key(spelling))
        assert recs and recs[0].name == "Qaryat Ikhtibar" and recs[0].cc == "SY"
    assert recs[0].admin1 == "Al-Hasakeh"  # Syrian admin1 from the governorate polygons


def test_cli_add_imports_into_sitroom_home(tmp_path, monkeypatch):
    monkeypatch.setenv("SITROOM_HOME", str(tmp_path))
    f = tmp_path / "SY.txt"
    f.write_text(ROW, encoding="utf-8")
    res = CliRunner().invoke(gazetteer, ["add", str(f)])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "gazetteer.sqlite").exists()
    assert UserIndex(tmp_path / "gazetteer.sqlite").stats()["places"] == 1


def test_cli_add_rejects_other_files(tmp_path, monkeypatch):
    monkeypatch.setenv("SITROOM_HOME", str(tmp_path))
    f = tmp_path / "notes.txt"
    f.write_text("hello world\n", encoding="utf-8")
    res = CliRunner().invoke(gazetteer, ["add", str(f)])
    assert res.exit_code != 0
