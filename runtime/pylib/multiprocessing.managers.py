"""multiprocessing.managers for minipy: Manager().dict(), .list() and a few
more shared objects, behind proxies.

Where the shared objects live: in the process that called Manager() (the
parent as broker), not in a separate server process as in CPython. A
server thread there accepts connections on a Unix socket (_mp.Listener);
each proxy, in any process, sends (object id, method, arguments) and gets
back the result or the exception. Proxies are sent between processes by
address and id, like CPython's, so they can be passed to Pool workers and
through queues. Everything a proxy call returns is a copy: m.list()[0]
is a fresh object, and changing it changes nothing on the server.
"""

import _mp
import _thread

__all__ = ['BaseManager', 'SyncManager', 'BaseProxy', 'Namespace']


class Namespace:
    def __init__(self, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = list(self.__dict__.items())
        temp = []
        for name, value in items:
            if not name.startswith('_'):
                temp.append('%s=%r' % (name, value))
        temp.sort()
        return '%s(%s)' % (self.__class__.__name__, ', '.join(temp))


class Value:
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    def get(self):
        return self._value

    def set(self, value):
        self._value = value

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self._typecode, self._value)


def _make_queue(maxsize=0):
    import queue
    return queue.Queue(maxsize)


# What each shared type answers when a proxy calls a method that returns
# a view or an iterator: a list, which can be sent.
_LISTIFY = {'keys', 'values', 'items', '__iter__', '__reversed__'}


class Server:
    '''Serves the shared objects of one manager, a thread per connection.'''

    def __init__(self):
        self.listener = _mp.Listener()
        self.address = self.listener.address
        self.objects = {}
        self.next_id = 0
        self.mutex = _thread.allocate_lock()
        self.conns = []
        self.stopped = False

    def register(self, obj):
        with self.mutex:
            ident = self.next_id
            self.next_id += 1
            self.objects[ident] = obj
        return ident

    def serve_forever(self):
        while not self.stopped:
            try:
                conn = self.listener.accept()
            except OSError:
                return
            with self.mutex:
                self.conns.append(conn)
            _thread.start_new_thread(self.handle, (conn,))

    def handle(self, conn):
        while True:
            try:
                request = conn.recv()
            except (EOFError, OSError):
                conn.close()
                return
            ident, method, args, kwds = request
            try:
                obj = self.objects[ident]
                if method == '__getattribute__':
                    result = getattr(obj, args[0])
                elif method == '__setattr__':
                    result = setattr(obj, args[0], args[1])
                elif method == '__delattr__':
                    result = delattr(obj, args[0])
                else:
                    result = getattr(obj, method)(*args, **kwds)
                if method in _LISTIFY:
                    result = list(result)
                reply = (True, result)
            except Exception as e:
                reply = (False, e)
            try:
                conn.send(reply)
            except (EOFError, OSError):
                return
            except Exception as e:
                conn.send((False, e))

    def shutdown(self):
        self.stopped = True
        self.listener.close()
        with self.mutex:
            conns = list(self.conns)
        for c in conns:
            c.close()


# One connection per thread and address, in each process.
_connections = {}


def _connection(address):
    key = (_thread.get_ident(), address)
    conn = _connections.get(key)
    if conn is None or conn.closed:
        conn = _mp.Client(address)
        _connections[key] = conn
    return conn


class BaseProxy:
    '''
    A base for proxies of shared objects
    '''

    def __init__(self, address, ident, typeid):
        self._address = address
        self._id = ident
        self._typeid = typeid

    def __getstate__(self):
        return {'_address': self._address, '_id': self._id,
                '_typeid': self._typeid}

    def _callmethod(self, methodname, args=(), kwds={}):
        '''
        Try to call a method of the referent and return a copy of the result
        '''
        conn = _connection(self._address)
        try:
            conn.send((self._id, methodname, args, kwds))
            ok, value = conn.recv()
        except (EOFError, OSError):
            conn.close()
            raise EOFError('the manager has shut down') from None
        if ok:
            return value
        raise value

    def _getvalue(self):
        '''
        Get a copy of the value of the referent
        '''
        return self._callmethod('copy')

    def __repr__(self):
        return '<%s object, typeid %r at %#x>' % \
               (type(self).__name__, self._typeid, id(self))

    def __str__(self):
        '''
        Return representation of the referent (or a fall-back if that fails)
        '''
        try:
            return self._callmethod('__repr__')
        except Exception:
            return repr(self)[:-1] + "; '__str__()' failed>"


class _SequenceProxy(BaseProxy):
    def __len__(self):
        return self._callmethod('__len__')

    def __getitem__(self, key):
        return self._callmethod('__getitem__', (key,))

    def __setitem__(self, key, value):
        return self._callmethod('__setitem__', (key, value))

    def __delitem__(self, key):
        return self._callmethod('__delitem__', (key,))

    def __contains__(self, value):
        return self._callmethod('__contains__', (value,))

    def __iter__(self):
        return iter(self._callmethod('__iter__'))


class ListProxy(_SequenceProxy):

    def append(self, obj):
        return self._callmethod('append', (obj,))

    def extend(self, iterable):
        return self._callmethod('extend', (list(iterable),))

    def insert(self, index, obj):
        return self._callmethod('insert', (index, obj))

    def pop(self, *args):
        return self._callmethod('pop', args)

    def remove(self, value):
        return self._callmethod('remove', (value,))

    def index(self, *args):
        return self._callmethod('index', args)

    def count(self, value):
        return self._callmethod('count', (value,))

    def reverse(self):
        return self._callmethod('reverse')

    def sort(self, **kwds):
        return self._callmethod('sort', (), kwds)

    def copy(self):
        return self._callmethod('copy')

    def __reversed__(self):
        return iter(self._callmethod('__reversed__'))

    def __add__(self, other):
        return self._callmethod('__add__', (other,))

    def __mul__(self, n):
        return self._callmethod('__mul__', (n,))

    def __iadd__(self, value):
        self._callmethod('extend', (list(value),))
        return self

    def __imul__(self, value):
        self._callmethod('__imul__', (value,))
        return self

    def __eq__(self, other):
        return self._callmethod('__eq__', (other,))


class DictProxy(_SequenceProxy):

    def keys(self):
        return self._callmethod('keys')

    def values(self):
        return self._callmethod('values')

    def items(self):
        return self._callmethod('items')

    def get(self, *args):
        return self._callmethod('get', args)

    def setdefault(self, *args):
        return self._callmethod('setdefault', args)

    def pop(self, *args):
        return self._callmethod('pop', args)

    def popitem(self):
        return self._callmethod('popitem')

    def update(self, *args, **kwds):
        return self._callmethod('update', args, kwds)

    def clear(self):
        return self._callmethod('clear')

    def copy(self):
        return self._callmethod('copy')


class NamespaceProxy(BaseProxy):

    def __getattr__(self, key):
        if key[0] == '_':
            raise AttributeError(key)
        return self._callmethod('__getattribute__', (key,))

    def __setattr__(self, key, value):
        if key[0] == '_':
            return object.__setattr__(self, key, value)
        return self._callmethod('__setattr__', (key, value))

    def __delattr__(self, key):
        if key[0] == '_':
            return object.__delattr__(self, key)
        return self._callmethod('__delattr__', (key,))


class ValueProxy(BaseProxy):

    def get(self):
        return self._callmethod('get')

    def set(self, value):
        return self._callmethod('set', (value,))

    @property
    def value(self):
        return self._callmethod('get')

    @value.setter
    def value(self, value):
        self._callmethod('set', (value,))


class QueueProxy(BaseProxy):

    def put(self, obj, block=True, timeout=None):
        return self._callmethod('put', (obj, block, timeout))

    def get(self, block=True, timeout=None):
        return self._callmethod('get', (block, timeout))

    def put_nowait(self, obj):
        return self._callmethod('put_nowait', (obj,))

    def get_nowait(self):
        return self._callmethod('get_nowait')

    def qsize(self):
        return self._callmethod('qsize')

    def empty(self):
        return self._callmethod('empty')

    def full(self):
        return self._callmethod('full')

    def task_done(self):
        return self._callmethod('task_done')

    def join(self):
        return self._callmethod('join')


class BaseManager:
    '''
    Base class for managers
    '''

    def __init__(self, address=None, authkey=None, serializer='pickle',
                 ctx=None, *, shutdown_timeout=1.0):
        self._server = None
        self._address = address

    @property
    def address(self):
        return self._address

    def start(self, initializer=None, initargs=()):
        '''
        Spawn a server process for this manager object
        '''
        if self._server is not None:
            raise ProcessError_("Already started server")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        if initializer is not None:
            initializer(*initargs)
        self._server = Server()
        self._address = self._server.address
        _thread.start_new_thread(self._server.serve_forever, ())

    def _create(self, typeid, obj, proxytype):
        if self._server is None or self._server.stopped:
            raise ProcessError_("Manager has not been started")
        return proxytype(self._address, self._server.register(obj), typeid)

    def join(self, timeout=None):
        '''
        Join the manager process (if it has been spawned)
        '''
        pass

    def shutdown(self):
        if self._server is not None:
            self._server.shutdown()

    def __enter__(self):
        if self._server is None:
            self.start()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()


def ProcessError_(msg):
    from multiprocessing.context import ProcessError
    return ProcessError(msg)


class SyncManager(BaseManager):
    '''
    Subclass of `BaseManager` which supports a number of shared object types.
    '''

    def dict(self, *args, **kwds):
        return self._create('dict', dict(*args, **kwds), DictProxy)

    def list(self, *args):
        return self._create('list', list(*args), ListProxy)

    def Namespace(self, **kwds):
        return self._create('Namespace', Namespace(**kwds), NamespaceProxy)

    def Value(self, typecode, value, lock=True):
        return self._create('Value', Value(typecode, value, lock), ValueProxy)

    def Queue(self, maxsize=0):
        return self._create('Queue', _make_queue(maxsize), QueueProxy)

    def JoinableQueue(self, maxsize=0):
        return self._create('JoinableQueue', _make_queue(maxsize), QueueProxy)
