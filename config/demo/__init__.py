"""Demo content: data files in `data/`, one loader that knows every app (`loader`)."""
