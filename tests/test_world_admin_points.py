"""Admin1 reference points sit in the middle of an area's land, not where its towns cluster."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from sitroom.resolve.world_admin import admin_areas

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "build_world_admin.py"


def _builder():
    spec = importlib.util.spec_from_file_location("build_world_admin", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_area_whose_towns_hug_its_coast_gets_a_point_inland():
    pytest.importorskip("scipy")
    builder = _builder()
    # an invented split of Australia: "S" has towns only along the south-east coast, "W" only around the
    # south-west corner; the empty interior falls to whichever area's towns are nearer
    towns = {str(i): {"countrycode": "AU", "admin1code": "S", "latitude": -37.5, "longitude": 140.0 + i}
             for i in range(10)}
    towns.update({f"w{i}": {"countrycode": "AU", "admin1code": "W", "latitude": -32.0 - i * 0.3,
                            "longitude": 116.0} for i in range(5)})
    points = builder._land_centroids(towns, step=0.5)
    lat_s, lon_s = points["AU.S"]
    lat_w, lon_w = points["AU.W"]
    assert lat_s > -32.0, "the south-east area's point moves inland, north of its coastal towns"
    assert lon_w > 118.0, "the south-west area's point moves east of its corner"
    assert lon_w < lon_s


def test_bundled_points_of_large_provinces_lie_inside_their_land():
    by_name = {(a.cc, a.ascii_name): a for a in admin_areas() if a.level == 1}
    wa = by_name[("AU", "Western Australia")]
    assert -32.0 < wa.lat < -20.0 and 115.0 < wa.lon < 128.0
    sa = by_name[("AU", "South Australia")]
    assert -34.0 < sa.lat < -26.0 and 129.0 < sa.lon < 141.0
