"""The jurisdiction's township boundaries (``boundaries.geojson``) for the desk's 乡镇/街道 map.

The convention: an optional file ``boundaries.geojson`` in the jurisdiction directory, a GeoJSON
``FeatureCollection`` (RFC 7946: longitude, latitude in WGS 84) whose every feature is a
``Polygon`` or ``MultiPolygon`` named by ``properties.name`` with the name (or an alias) of a
township unit of ``units.yaml`` (``kind: township``). Names are unique; townships without a
feature are allowed (their counts stay in the figures' table). Without the file the desk draws
bars; with a broken one it draws bars too and says why (:class:`BoundaryError`, whose message
names the file and the feature).

:func:`load_boundaries` reads and validates the file once per modification (cached by path and
mtime); the service serves the validated bytes to the browser, which registers them with
``echarts.registerMap``.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from yuqing.errors import ConfigError

FILE_NAME = "boundaries.geojson"
MAX_BYTES = 20 * 1024 * 1024
"""A county's townships at survey precision fit in a few MB; beyond this the browser would stall."""


class BoundaryError(ConfigError):
    """``boundaries.geojson`` is not a valid township boundary file; the message says where."""


@dataclass(frozen=True)
class Boundaries:
    """A validated boundary file: its bytes (served as they are) and, per feature name, the
    township (canonical unit name) it outlines."""

    path: Path
    data: bytes
    townships: Mapping[str, str]
    """Feature ``properties.name`` → township name in ``units.yaml``."""


def boundaries_path(jurisdiction_dir: Path) -> Path:
    return Path(jurisdiction_dir) / FILE_NAME


def load_boundaries(jurisdiction_dir: Path, aliases: Mapping[str, str]) -> Boundaries | None:
    """The jurisdiction's boundaries, or ``None`` when it supplies no file.

    ``aliases`` maps every name and alias of a township to its canonical name. Raises
    :class:`BoundaryError` for an unreadable, oversized or invalid file.
    """
    path = boundaries_path(jurisdiction_dir)
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise BoundaryError(f"{path}: 无法读取（{exc.strerror}）") from exc
    return _load(path, stat.st_mtime_ns, stat.st_size, tuple(sorted(aliases.items())))


@functools.lru_cache(maxsize=4)
def _load(path: Path, _mtime_ns: int, size: int, aliases: tuple[tuple[str, str], ...]) -> Boundaries:
    if size > MAX_BYTES:
        raise BoundaryError(f"{path}: 文件过大（{size // 1024 // 1024} MB，上限 {MAX_BYTES // 1024 // 1024} MB）")
    data = path.read_bytes()
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BoundaryError(f"{path}: 不是 UTF-8 编码的 JSON（{exc}）") from exc
    return Boundaries(path, data, validate(doc, dict(aliases), str(path)))


def validate(doc: Any, aliases: Mapping[str, str], where: str = FILE_NAME) -> dict[str, str]:
    """Check ``doc`` against the convention; return feature name → township name.

    Raises :class:`BoundaryError` naming ``where`` and the feature (1-based) at fault.
    """
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection":
        raise BoundaryError(f"{where}: 顶层应为 GeoJSON FeatureCollection")
    features = doc.get("features")
    if not isinstance(features, list) or not features:
        raise BoundaryError(f"{where}: features 应为非空列表")
    found: dict[str, str] = {}
    for n, feature in enumerate(features, start=1):
        at = f"{where}: 第 {n} 个要素"
        if not isinstance(feature, dict) or feature.get("type") != "Feature":
            raise BoundaryError(f"{at}: type 应为 Feature")
        props = feature.get("properties")
        name = props.get("name") if isinstance(props, dict) else None
        if not isinstance(name, str) or not name.strip():
            raise BoundaryError(f"{at}: 缺少 properties.name（乡镇/街道名称）")
        at = f"{at}（{name}）"
        if name not in aliases:
            raise BoundaryError(f"{at}: 不是 units.yaml 中的乡镇/街道名称或别名")
        if name in found:
            raise BoundaryError(f"{at}: 名称重复")
        _geometry(feature.get("geometry"), at)
        found[name] = aliases[name]
    twice = [t for t in set(found.values()) if list(found.values()).count(t) > 1]
    if twice:
        raise BoundaryError(f"{where}: 同一乡镇/街道有多个要素：{'、'.join(sorted(twice))}")
    return found


def _geometry(geometry: Any, at: str) -> None:
    if not isinstance(geometry, dict) or geometry.get("type") not in ("Polygon", "MultiPolygon"):
        raise BoundaryError(f"{at}: geometry 应为 Polygon 或 MultiPolygon")
    coords = geometry.get("coordinates")
    polygons = [coords] if geometry["type"] == "Polygon" else coords
    if not isinstance(polygons, list) or not polygons:
        raise BoundaryError(f"{at}: coordinates 为空")
    for polygon in polygons:
        if not isinstance(polygon, list) or not polygon:
            raise BoundaryError(f"{at}: 多边形为空")
        for ring in polygon:
            if not isinstance(ring, list) or len(ring) < 4:
                raise BoundaryError(f"{at}: 多边形的环至少需要 4 个坐标点（首尾相同）")
            for point in ring:
                if not _position(point):
                    raise BoundaryError(f"{at}: 坐标 {point!r} 不是 [经度, 纬度]（WGS 84）")
            if ring[0][:2] != ring[-1][:2]:
                raise BoundaryError(f"{at}: 多边形的环未闭合（首尾坐标应相同）")


def _position(point: Any) -> bool:
    if not isinstance(point, list) or len(point) < 2:
        return False
    lon, lat = point[0], point[1]
    numbers = all(isinstance(v, int | float) and not isinstance(v, bool) for v in (lon, lat))
    return numbers and -180 <= lon <= 180 and -90 <= lat <= 90
