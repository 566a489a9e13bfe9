# exception objects: args, custom attributes, str/repr with 0/1/many args, re-raising objects
class HTTPError(Exception):
    def __init__(self, status, reason=''):
        super().__init__(status, reason)
        self.status, self.reason = status, reason
    @property
    def retryable(self):
        return self.status >= 500
for e in [HTTPError(404, 'Not Found'), HTTPError(503)]:
    print(e.args, str(e), repr(e), e.status, e.retryable)
print(str(Exception()), str(Exception('one')), str(Exception('a', 'b')), repr(Exception('a', 'b')))
print(repr(ValueError()), repr(ValueError('x')), repr(KeyError('k')), str(KeyError('k')), str(IndexError(3)))
err = HTTPError(500, 'boom')
err.args = ('changed',)
print(str(err), err.status)
def fail(e):
    raise e
saved = None
for attempt in range(3):
    try:
        fail(HTTPError(500 + attempt))
    except HTTPError as e:
        saved = e
print(saved.status, type(saved).__name__, isinstance(saved, Exception))
class WithNote(Exception):
    def __str__(self):
        return 'note: ' + ', '.join(map(str, self.args))
print(str(WithNote(1, 2)), repr(WithNote(1, 2)))
