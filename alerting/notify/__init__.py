"""Notification channels behind one interface, and the :class:`Dispatcher` that fans a notice out.

Other packages (the response tracker's reminders) use::

    from alerting.notify import AlertNotice, Dispatcher, Recipients, build_dispatcher
    dispatcher = build_dispatcher(config.channels, producer=producer)
    results = dispatcher.send(notice, recipients, channels=["desk_feed", "wecom"])
"""

from alerting.notify.base import AlertNotice, Channel, DeliveryResult, Recipients
from alerting.notify.dispatcher import Dispatcher, build_dispatcher

__all__ = ["AlertNotice", "Channel", "DeliveryResult", "Dispatcher", "Recipients", "build_dispatcher"]
