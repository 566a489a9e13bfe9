package runtime

// multiprocessing.connection.Connection: one end of a Pipe(), a socket
// pair (duplex) or an OS pipe (one-way). send/recv carry wire-encoded
// values, send_bytes/recv_bytes raw bytes; messages never interleave
// between threads of one process. As in CPython, two processes reading
// (or writing) the same end at the same time must lock themselves.

import (
	"os"
	"sync"
	"sync/atomic"
)

// ConnectionType is multiprocessing.connection.Connection.
var ConnectionType = NewBuiltinType("Connection", ObjectType)

// Connection is one end of a pipe.
type Connection struct {
	f                  *os.File
	fd                 int
	readable, writable bool
	closed             atomic.Bool
	rmu, wmu           sync.Mutex // one message at a time in each direction
}

// Type implements Object.
func (c *Connection) Type() *Type { return ConnectionType }

// newConnection wraps f (put into blocking mode by Fd).
func newConnection(f *os.File, readable, writable bool) *Connection {
	return &Connection{f: f, fd: int(f.Fd()), readable: readable, writable: writable}
}

// newPipe is multiprocessing.Pipe(duplex): two connected ends, both ways
// over a socket pair, or (reader, writer) over an OS pipe.
func newPipe(duplex bool) (*Connection, *Connection, error) {
	if duplex {
		a, b, err := socketPair()
		if err != nil {
			return nil, nil, NewOSError(err, Value{})
		}
		return newConnection(a, true, true), newConnection(b, true, true), nil
	}
	r, w, err := os.Pipe()
	if err != nil {
		return nil, nil, NewOSError(err, Value{})
	}
	return newConnection(r, true, false), newConnection(w, false, true), nil
}

func (c *Connection) wireKind() string      { return "Connection" }
func (c *Connection) wireFiles() []*os.File { return []*os.File{c.f} }
func (c *Connection) wireState() Value      { return NewTuple([]Value{Bool(c.readable), Bool(c.writable)}) }

// checkOpen raises CPython's errors for a closed end or a wrong direction.
func (c *Connection) checkOpen(reading bool) error {
	switch {
	case c.closed.Load():
		return Errorf(OSErrorType, "handle is closed")
	case reading && !c.readable:
		return Errorf(OSErrorType, "connection is write-only")
	case !reading && !c.writable:
		return Errorf(OSErrorType, "connection is read-only")
	}
	return nil
}

// sendFrame writes one whole message with the GIL released.
func (c *Connection) sendFrame(t *Thread, frame []byte) error {
	if err := c.checkOpen(false); err != nil {
		return err
	}
	var err error
	t.Block(func() {
		c.wmu.Lock()
		err = writeAll(c.fd, frame)
		c.wmu.Unlock()
	})
	if err != nil {
		return frameError(err)
	}
	return nil
}

// recvFrame waits for a message and returns its payload.
func (c *Connection) recvFrame(t *Thread) ([]byte, error) {
	if err := c.checkOpen(true); err != nil {
		return nil, err
	}
	t.Block(c.rmu.Lock)
	defer c.rmu.Unlock()
	if _, err := t.waitReadable([]int32{int32(c.fd)}, -1); err != nil {
		return nil, err
	}
	var payload []byte
	var err error
	t.Block(func() { payload, err = readFrame(c.fd) })
	if err != nil {
		return nil, frameError(err)
	}
	return payload, nil
}

// poll reports whether a message (or the end of the stream) is waiting,
// waiting at most d for one.
func (c *Connection) poll(t *Thread, d timeoutArg) (bool, error) {
	if err := c.checkOpen(true); err != nil {
		return false, err
	}
	ready, err := t.waitReadable([]int32{int32(c.fd)}, d.duration())
	return ready[0], err
}

// close closes this end; the other end then sees the end of the stream.
func (c *Connection) close() {
	if c.closed.CompareAndSwap(false, true) {
		c.f.Close()
	}
}

func init() {
	ct := ConnectionType
	ct.Module = "multiprocessing.connection"
	ct.Hash = func(t *Thread, v Value) (int64, error) { return IdentityHash(v), nil }
	ct.GetAttr = func(t *Thread, v Value, name string) (Value, error) {
		c := v.obj.(*Connection)
		switch name {
		case "closed":
			return Bool(c.closed.Load()), nil
		case "readable":
			return Bool(c.readable), nil
		case "writable":
			return Bool(c.writable), nil
		}
		return qualifiedGetAttr("Connection")(t, v, name)
	}
	ct.Enter = func(t *Thread, v Value) (Value, error) { return v, nil }
	ct.Exit = func(t *Thread, v Value, _, _, _ Value) (Value, error) {
		v.obj.(*Connection).close()
		return None, nil
	}
	ct.AddMethod("send", connMethod("send", 1, 1, func(t *Thread, c *Connection, args []Value) (Value, error) {
		frame, err := encodeFrame(t, args[0], nil)
		if err != nil {
			return Value{}, err
		}
		return None, c.sendFrame(t, frame)
	}))
	ct.AddMethod("recv", connMethod("recv", 0, 0, func(t *Thread, c *Connection, _ []Value) (Value, error) {
		payload, err := c.recvFrame(t)
		if err != nil {
			return Value{}, err
		}
		return DecodeValue(t, payload)
	}))
	ct.AddMethod("send_bytes", connMethod("send_bytes", 1, 3, connSendBytes))
	ct.AddMethod("recv_bytes", connMethod("recv_bytes", 0, 1, connRecvBytes))
	ct.AddMethod("poll", connMethod("poll", 0, 1, func(t *Thread, c *Connection, args []Value) (Value, error) {
		d := timeoutArg{set: true} // poll() looks without waiting
		if len(args) > 0 {
			var err error
			if d, err = parseTimeout(t, args[0]); err != nil {
				return Value{}, err
			}
		}
		ok, err := c.poll(t, d)
		return Bool(ok), err
	}))
	ct.AddMethod("fileno", connMethod("fileno", 0, 0, func(t *Thread, c *Connection, _ []Value) (Value, error) {
		if c.closed.Load() {
			return Value{}, Errorf(OSErrorType, "handle is closed")
		}
		return Int(int64(c.fd)), nil
	}))
	ct.AddMethod("close", connMethod("close", 0, 0, func(t *Thread, c *Connection, _ []Value) (Value, error) {
		c.close()
		return None, nil
	}))
	ct.AddMethod("__enter__", func(t *Thread, self Value, _ []Value, _ []Kwarg) (Value, error) { return self, nil })
	ct.AddMethod("__exit__", func(t *Thread, self Value, _ []Value, _ []Kwarg) (Value, error) {
		self.obj.(*Connection).close()
		return None, nil
	})
	wireHandleDecoders["Connection"] = func(t *Thread, files []*os.File, state Value) (Object, error) {
		tup, ok := AsTuple(state)
		if !ok || len(files) != 1 || tup.Len() != 2 {
			return nil, moduleError(UnpicklingErrorType, "bad Connection state")
		}
		return newConnection(files[0], Is(tup.items[0], True), Is(tup.items[1], True)), nil
	}
}

// connMethod adapts a Connection method taking min..max positional
// arguments.
func connMethod(name string, min, max int, fn func(t *Thread, c *Connection, args []Value) (Value, error)) MethodFunc {
	return func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkPositional(name, args, kwargs, min, max); err != nil {
			return Value{}, err
		}
		c, ok := self.obj.(*Connection)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "descriptor '%s' requires a 'Connection' object", name)
		}
		return fn(t, c, args)
	}
}

// connSendBytes is send_bytes(buf, offset=0, size=None).
func connSendBytes(t *Thread, c *Connection, args []Value) (Value, error) {
	b, ok := AsBytes(args[0])
	if !ok {
		return Value{}, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", TypeName(args[0]))
	}
	offset, size := int64(0), int64(len(b))
	var err error
	if len(args) > 1 {
		if offset, err = AsIndex(t, args[1]); err != nil {
			return Value{}, err
		}
		size = int64(len(b)) - offset
	}
	if len(args) > 2 && !args[2].IsNone() {
		if size, err = AsIndex(t, args[2]); err != nil {
			return Value{}, err
		}
	}
	switch {
	case offset < 0:
		return Value{}, Errorf(ValueErrorType, "offset is negative")
	case int64(len(b)) < offset:
		return Value{}, Errorf(ValueErrorType, "buffer length < offset")
	case size < 0:
		return Value{}, Errorf(ValueErrorType, "size is negative")
	case offset+size > int64(len(b)):
		return Value{}, Errorf(ValueErrorType, "buffer length < offset + size")
	}
	frame, err := rawFrame(b[offset : offset+size])
	if err != nil {
		return Value{}, err
	}
	return None, c.sendFrame(t, frame)
}

// connRecvBytes is recv_bytes(maxlength=None).
func connRecvBytes(t *Thread, c *Connection, args []Value) (Value, error) {
	limit := int64(-1)
	if len(args) > 0 && !args[0].IsNone() {
		var err error
		if limit, err = AsIndex(t, args[0]); err != nil {
			return Value{}, err
		}
		if limit < 0 {
			return Value{}, Errorf(ValueErrorType, "negative maxlength")
		}
	}
	payload, err := c.recvFrame(t)
	if err != nil {
		return Value{}, err
	}
	if limit >= 0 && int64(len(payload)) > limit {
		c.close()
		return Value{}, Errorf(OSErrorType, "bad message length")
	}
	return NewBytes(payload), nil
}
