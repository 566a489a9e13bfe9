class Parser:
    class Error(Exception):
        pass
    def parse(self, s):
        raise self.Error(f'cannot parse {s!r}')
Parser().parse('x')
