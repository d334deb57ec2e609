"""Classifier: jieba + TF-IDF topic, sentiment, event type, grade, places and routing;
consumes ``items.raw`` and publishes ``items.classified``."""
