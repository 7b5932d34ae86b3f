"""Development tools: the corpus, training the sales-intent model, measuring and rule statistics.

Not part of the checker's wheel; they may use development dependencies (scikit-learn).
"""
