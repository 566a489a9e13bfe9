# printf-style formatting of bytes (bytes % args): the directives of str %,
# with %s/%b taking bytes or __bytes__, %r/%a giving ascii(), %c a byte.
for f, a in [(b'%s-%d', (b'x', 5)), (b'%5s|%-5s|', (b'ab', b'cd')), (b'%r %a', ('\xe9', b'q')), (b'%c%c', (65, b'B')), (b'%(k)s', {b'k': b'v'}),
             (b'%x %05.1f %%', (255, 2.5)), (b'%.2s', b'abcdef'), (b'%b', b'bb'), (b'%5c|', 66), (b'%-4r|', 1), (b'\xff%s\x00', b'\xfe'), (b'%i %u %o %X %e %g', (1, 2, 8, 255, 1.5, 0.25)), (b'%*d|', (5, 3)), (b'%05s', b'a')]:
    print(f % a)
for f, a in [(b'%s', 5), (b'%s', 'str'), (b'%c', 256), (b'%c', b'ab'), (b'%d %d', (1,)), (b'%d', (1, 2)), (b'%(k)s', (1,)), (b'%y', 1), (b'%c', 'a'), (b'%(k)s', {'k': 1}), (b'%d', b'x'), (b'%s', [1])]:
    try:
        print(f % a)
    except Exception as e:
        print(type(e).__name__, e)
class WithBytes:
    def __bytes__(self): return b'WB'
print(b'<%s>' % WithBytes(), b'%s' % (b'one',), b'' % (), b'%%' % ())
try:
    5 % b'x'
except TypeError as e:
    print(e)
print('%s' % b'x', '%r' % b'x')
