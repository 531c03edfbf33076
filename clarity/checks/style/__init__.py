"""Style checks: passive voice, hidden verbs and negations, defined terms, layout."""
