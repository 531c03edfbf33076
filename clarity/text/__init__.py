"""Text handling: language and profile guess, sentences, word counts, the spaCy pipeline, and fast matching."""  # noqa: E501
