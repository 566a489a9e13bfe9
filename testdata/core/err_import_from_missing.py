from sys import nonexistent
