"""The top layer: the ``yuqing`` command (one Typer app composed from each package's ``cli``
module), the composition root that puts the stages together (:mod:`cli.compose`), the supervisor
of ``yuqing run``, the status screen and the offline demo site. Nothing imports it."""
