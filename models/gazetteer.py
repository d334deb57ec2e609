"""The jurisdiction's gazetteer (``gazetteer.yaml``): its places and the 乡镇/街道 each belongs to.

Shared by the classifier (which places an item names, whether an event seems to be elsewhere) and
the service (the 乡镇/街道 of the story figures and 专题), so it lives in the contract. Loaded by
:func:`yuqing.jurisdiction.load_gazetteer`.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Place(_Frozen):
    name: str = Field(min_length=2)
    kind: str = Field(min_length=1)
    """乡 / 镇 / 街道 / 村 / 社区 / 景区 / 水库 ..."""
    township: str
    """Unit id of the township-level government that is the 属地 for this place."""
    aliases: tuple[str, ...] = ()


class Gazetteer(_Frozen):
    jurisdiction: str = ""
    region: tuple[str, ...] = ()
    """The levels the jurisdiction belongs to (``[浙江省, 衢州市]``): an event naming none of them nor a
    place here, but another place at home, seems to be elsewhere (:mod:`classifier.elsewhere`)."""
    places: tuple[Place, ...] = ()
