"""multiprocessing.connection for minipy: Pipe, wait and the Connection
type (runtime/mpconn.go), and Listener/Client on Unix sockets."""

import _mp

__all__ = ['Client', 'Listener', 'Pipe', 'wait', 'Connection']

Connection = type(_mp.Pipe()[0])


def Pipe(duplex=True):
    '''Returns pair of connection objects at either end of a pipe'''
    return _mp.Pipe(duplex)


def wait(object_list, timeout=None):
    '''
    Wait till an object in object_list is ready/readable.

    Returns list of those objects in object_list which are ready/readable.
    '''
    return _mp.wait(object_list, timeout)


class Listener:
    '''A listening socket; its address is an abstract Unix socket name on
    Linux, a socket file's path elsewhere.'''

    def __init__(self, address=None, family=None, backlog=1, authkey=None):
        if address is not None:
            raise NotImplementedError('minipy chooses the address of a Listener')
        self._listener = _mp.Listener()

    @property
    def address(self):
        return self._listener.address

    def accept(self):
        return self._listener.accept()

    def close(self):
        self._listener.close()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()


def Client(address, family=None, authkey=None):
    '''Returns a connection to the address of a `Listener`'''
    return _mp.Client(address)
