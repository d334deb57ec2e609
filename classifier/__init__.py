"""Classifier: jieba + TF-IDF topic, sentiment, event type, grade, places and routing;
consumes ``items.raw`` and publishes ``items.classified``.

Modules, by role:

* the unit directory (``units.yaml``) is not the classifier's: its model is
  :mod:`models.directory` and every stage reads it with :func:`yuqing.directory.load_units`;
* ``jurisdiction`` — taxonomy and gazetteer files; ``places`` — finding 乡镇/街道/村/社区 in text;
* ``text``, ``tfidf``, ``features``, ``model`` — segmentation (rjieba search mode + user dictionary
  + stopwords), TF-IDF blocks (compiled in ``kernels``), the NB-SVM topic model (``linear``) and its versioned artifact;
* ``grading`` (event type, casualty/loss figures → 事件等级), ``numbers``, ``sentiment``;
* ``routing`` — ordered routing rules (first match wins, default last);
* ``engine`` — everything together for a batch of items; ``worker`` — the ``yuqing classify`` stage;
* ``dataset``, ``training``, ``evaluation`` — ``yuqing train`` / ``yuqing evaluate``;
* ``errors`` — the package's exceptions.
"""
