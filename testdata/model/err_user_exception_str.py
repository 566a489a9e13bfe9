class ParseError(Exception):
    def __init__(self, line, col):
        super().__init__(line, col)
        self.line, self.col = line, col
    def __str__(self):
        return f'parse error at {self.line}:{self.col}'
raise ParseError(3, 14)
