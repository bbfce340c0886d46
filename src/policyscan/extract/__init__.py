"""Pure extraction functions over a spaCy Doc: actors, AI models, policy actions, dates."""
