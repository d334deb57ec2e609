"""Classifier: jieba + TF-IDF topic, sentiment, event type, grade, places and routing;
consumes ``items.raw`` and publishes ``items.classified``.

Modules, by role:

* ``directory`` — the unit directory (``units.yaml``): :func:`classifier.directory.load_units`
  is how every stage reads units;
* ``jurisdiction`` — taxonomy and gazetteer files; ``places`` — finding 乡镇/街道/村/社区 in text;
* ``text``, ``tfidf``, ``features``, ``model`` — segmentation (rjieba search mode + user dictionary
  + stopwords), TF-IDF blocks (compiled in ``kernels``), the NB-SVM topic model (``linear``) and its versioned artifact;
* ``grading`` (event type, casualty/loss figures → 事件等级), ``numbers``, ``sentiment``;
* ``routing`` — ordered routing rules (first match wins, default last);
* ``engine`` — everything together for a batch of items; ``worker`` — the ``yuqing classify`` stage;
* ``dataset``, ``training``, ``evaluation`` — ``yuqing train`` / ``yuqing evaluate``;
* ``errors`` — the package's exceptions.
"""
