"""The built-in demo site: local news, forum, web and message-board sources for offline demos.

``yuqing demo-site`` serves, on 127.0.0.1 (``demo_port``, 8765 by default):

* ``/feeds/news.xml``: RSS 2.0 in UTF-8 (江山融媒);
* ``/feeds/forum-gbk.xml``: RSS encoded in GBK *without* an encoding declaration (江山论坛),
  as many Chinese forums do;
* ``/web/list.html`` linking to ``/web/article/<n>.html`` detail pages (江山新闻网);
* ``/api/messages.json``: a JSON list of ``{"id", "title", "content", "created_at", "user", "likes"}``
  (江山市民留言板);
* ``/robots.txt``.

Items come from the jurisdiction's ``demo/items.yaml`` and are revealed one at a time (every 20 s by
default), cycling through the content with fresh ids and times, so new items keep appearing.
"""
