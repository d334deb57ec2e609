"""Topics decided by a word of the title (``keywords`` of a topic in ``taxonomy.yaml``).

The topic model only knows the topics of its labelled messages. A jurisdiction's feeds also carry
matters the labelled messages never showed (a policy feed's 科技创新券 or 工业通信业节能 notices): the
model then names, often confidently, the nearest topic it knows, and the item goes to the wrong
unit. A topic's ``keywords`` fix that by rule: when the title names one, the topic is that
keyword's, with the keyword as the term that decided it. The title's first keyword wins (the
longest where several start at one place). Words in the body decide nothing, its opening included
when there is no title: a complaint names the department it turned to (``已向市发改委反映…``) without
being about that department's matters.
"""

from __future__ import annotations

from classifier.keywords import Keywords
from models.taxonomy import Taxonomy


class HeadlineTopics:
    """The topics of a taxonomy that its keywords decide. Build once per taxonomy; thread-safe."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.topic_of = {word: topic.id for topic in taxonomy.topics for word in topic.keywords}
        self._keywords = Keywords(self.topic_of)

    def decide(self, title: str) -> tuple[str, str] | None:
        """``(topic id, keyword)`` when ``title`` names a keyword, else ``None``."""
        found = self._keywords.search(title)
        return (self.topic_of[found[0]], found[0]) if found is not None else None
