"""Text handling: language and profile guess, sentences, word counts, spaCy, fast matching."""
