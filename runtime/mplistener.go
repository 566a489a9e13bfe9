package runtime

// _mp.Listener and _mp.Client: connections by address, between any two
// processes, for the manager (multiprocessing.managers), whose proxies
// reconnect by address wherever they are sent. Addresses are Linux
// abstract Unix socket names ("\x00minipy-PID-N"): nothing to clean up
// in the file system, and they vanish with the listening process.

import (
	"os"
	"strconv"
	"sync/atomic"
	"syscall"
)

var listenerType = NewBuiltinType("Listener", ObjectType)

// mpListener is a listening Unix socket.
type mpListener struct {
	f       *os.File
	fd      int
	address string
	closed  atomic.Bool
}

// Type implements Object.
func (l *mpListener) Type() *Type { return listenerType }

var listenerSerial atomic.Int64

// sockaddr converts an address ("\x00name" for an abstract name) to the
// form Go's syscall package takes ("@name").
func sockaddr(address string) *syscall.SockaddrUnix {
	if len(address) > 0 && address[0] == 0 {
		return &syscall.SockaddrUnix{Name: "@" + address[1:]}
	}
	return &syscall.SockaddrUnix{Name: address}
}

func newListener() (*mpListener, error) {
	fd, err := syscall.Socket(syscall.AF_UNIX, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC, 0)
	if err != nil {
		return nil, NewOSError(err, Value{})
	}
	address := "\x00minipy-" + strconv.Itoa(os.Getpid()) + "-" + strconv.FormatInt(listenerSerial.Add(1), 10)
	if err := syscall.Bind(fd, sockaddr(address)); err != nil {
		syscall.Close(fd)
		return nil, NewOSError(err, Value{})
	}
	if err := syscall.Listen(fd, 128); err != nil {
		syscall.Close(fd)
		return nil, NewOSError(err, Value{})
	}
	l := &mpListener{f: os.NewFile(uintptr(fd), "listener"), fd: fd, address: address}
	// Non-blocking, so that a thread that lost the race for a client to
	// another thread's accept goes back to waiting instead of blocking.
	syscall.SetNonblock(fd, true)
	return l, nil
}

// accept waits for a client and returns the server's end of its
// connection.
func (l *mpListener) accept(t *Thread) (*Connection, error) {
	if l.closed.Load() {
		return nil, Errorf(OSErrorType, "handle is closed")
	}
	for {
		if _, err := t.waitReadable([]int32{int32(l.fd)}, -1); err != nil {
			return nil, err
		}
		if l.closed.Load() {
			return nil, Errorf(OSErrorType, "handle is closed")
		}
		nfd, _, err := syscall.Accept4(l.fd, syscall.SOCK_CLOEXEC|syscall.SOCK_NONBLOCK)
		if err == syscall.EAGAIN || err == syscall.EINTR {
			continue // another thread took it
		}
		if err != nil {
			return nil, NewOSError(err, Value{})
		}
		syscall.SetNonblock(nfd, false)
		return newConnection(os.NewFile(uintptr(nfd), "socket"), true, true), nil
	}
}

// dial connects to a listener.
func dial(address string) (*Connection, error) {
	fd, err := syscall.Socket(syscall.AF_UNIX, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC, 0)
	if err != nil {
		return nil, NewOSError(err, Value{})
	}
	if err := syscall.Connect(fd, sockaddr(address)); err != nil {
		syscall.Close(fd)
		return nil, NewOSError(err, Value{})
	}
	return newConnection(os.NewFile(uintptr(fd), "socket"), true, true), nil
}

func init() {
	lt := listenerType
	lt.Module = "_mp"
	lt.New = func(t *Thread, typ *Type, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkNoArgs("Listener", args, kwargs); err != nil {
			return Value{}, err
		}
		l, err := newListener()
		if err != nil {
			return Value{}, err
		}
		return Obj(l), nil
	}
	lt.GetAttr = func(t *Thread, v Value, name string) (Value, error) {
		if name == "address" {
			return NewStr(v.obj.(*mpListener).address), nil
		}
		return qualifiedGetAttr("_mp.Listener")(t, v, name)
	}
	lt.AddMethod("accept", noArgMethod("accept", func(t *Thread, self Value, _ []Value, _ []Kwarg) (Value, error) {
		c, err := self.obj.(*mpListener).accept(t)
		if err != nil {
			return Value{}, err
		}
		return Obj(c), nil
	}))
	lt.AddMethod("close", noArgMethod("close", func(t *Thread, self Value, _ []Value, _ []Kwarg) (Value, error) {
		l := self.obj.(*mpListener)
		if l.closed.CompareAndSwap(false, true) {
			syscall.Shutdown(l.fd, syscall.SHUT_RDWR) // wakes a waiting accept
			l.f.Close()
		}
		return None, nil
	}))
}

// mpClient is _mp.Client(address): a connection to a Listener.
func mpClient(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	var addrV Value
	if err := UnpackArgs("Client", args, kwargs, "address", &addrV); err != nil {
		return Value{}, err
	}
	address, ok := AsStr(addrV)
	if !ok {
		return Value{}, Errorf(TypeErrorType, "address must be a str, not %s", TypeName(addrV))
	}
	c, err := dial(address)
	if err != nil {
		return Value{}, err
	}
	return Obj(c), nil
}
