package runtime

// _mp.Listener and _mp.Client: connections by address, between any two
// processes, for the manager (multiprocessing.managers), whose proxies
// reconnect by address wherever they are sent. Addresses are Unix socket
// names, made from the process id and a serial number: on Linux abstract
// names ("\x00minipy-PID-N"), with nothing to clean up in the file system,
// which vanish with the listening process (mplistener_linux.go); on other
// Unix systems, which have no abstract names, socket files in a private
// temporary directory that close removes (mplistener_other.go).

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
	dir     string // a directory for close to remove ("" on Linux)
	closed  atomic.Bool
}

// Type implements Object.
func (l *mpListener) Type() *Type { return listenerType }

var listenerSerial atomic.Int64

func newListener() (*mpListener, error) {
	fd, err := unixSocket()
	if err != nil {
		return nil, NewOSError(err, Value{})
	}
	address, dir, err := listenerAddress("minipy-" + strconv.Itoa(os.Getpid()) + "-" + strconv.FormatInt(listenerSerial.Add(1), 10))
	if err != nil {
		syscall.Close(fd)
		return nil, NewOSError(err, Value{})
	}
	fail := func(err error) (*mpListener, error) {
		syscall.Close(fd)
		if dir != "" {
			os.RemoveAll(dir)
		}
		return nil, NewOSError(err, Value{})
	}
	if err := syscall.Bind(fd, sockaddr(address)); err != nil {
		return fail(err)
	}
	if err := syscall.Listen(fd, 128); err != nil {
		return fail(err)
	}
	l := &mpListener{f: os.NewFile(uintptr(fd), "listener"), fd: fd, address: address, dir: dir}
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
		nfd, err := acceptUnix(l.fd)
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
	fd, err := unixSocket()
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
			if l.dir != "" {
				os.RemoveAll(l.dir) // the socket file with it
			}
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
