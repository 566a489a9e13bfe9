package runtime

// Messages on pipes and sockets: a 4-byte little-endian length, then the
// payload (a wire-encoded value, or raw bytes for send_bytes). Descriptors
// are used in blocking mode with plain read and write calls; a reader
// first waits for data with waitReadable, so that the wait can be
// interrupted, and then reads the whole message, which the writer is
// sending (a writer holds its lock for the whole message).

import (
	"encoding/binary"
	"errors"
	"io"
	"math"
	"syscall"
)

// frameHeader is the size of a message's length prefix.
const frameHeader = 4

// errMessageTooLong refuses a message whose length does not fit the header.
var errMessageTooLong = errors.New("message too long")

// encodeFrame encodes v as a whole message: header and payload in one
// buffer, so that it is written with one call.
func encodeFrame(t *Thread, v Value, spawn *spawnFiles) ([]byte, error) {
	e := wireEncoder{t: t, buf: make([]byte, frameHeader, 64), spawn: spawn}
	if err := e.encode(v); err != nil {
		return nil, err
	}
	return sealFrame(e.buf)
}

// rawFrame makes a message of raw bytes.
func rawFrame(payload []byte) ([]byte, error) {
	buf := make([]byte, frameHeader+len(payload))
	copy(buf[frameHeader:], payload)
	return sealFrame(buf)
}

// sealFrame writes the length of buf's payload into its header.
func sealFrame(buf []byte) ([]byte, error) {
	n := len(buf) - frameHeader
	if n > math.MaxInt32 {
		return nil, Errorf(ValueErrorType, "message too long: %d bytes", n)
	}
	binary.LittleEndian.PutUint32(buf, uint32(n))
	return buf, nil
}

// writeAll writes b to fd, retrying short writes and interrupted calls.
func writeAll(fd int, b []byte) error {
	for len(b) > 0 {
		n, err := syscall.Write(fd, b)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return err
		}
		b = b[n:]
	}
	return nil
}

// readFull reads exactly len(b) bytes. It returns io.EOF when the stream
// ends before the first byte and io.ErrUnexpectedEOF when it ends later.
func readFull(fd int, b []byte) error {
	got := 0
	for got < len(b) {
		n, err := syscall.Read(fd, b[got:])
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return err
		}
		if n == 0 {
			if got == 0 {
				return io.EOF
			}
			return io.ErrUnexpectedEOF
		}
		got += n
	}
	return nil
}

// readFrame reads one whole message and returns its payload.
func readFrame(fd int) ([]byte, error) {
	var hdr [frameHeader]byte
	if err := readFull(fd, hdr[:]); err != nil {
		return nil, err
	}
	n := binary.LittleEndian.Uint32(hdr[:])
	if n > math.MaxInt32 {
		return nil, errMessageTooLong
	}
	payload := make([]byte, n)
	if err := readFull(fd, payload); err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, err
	}
	return payload, nil
}

// frameError converts an error of readFrame or writeAll into the Python
// exception a Connection raises: EOFError at the end of the stream, else
// the OSError of the failed call.
func frameError(err error) error {
	switch err {
	case io.EOF:
		return NewException(EOFErrorType)
	case io.ErrUnexpectedEOF:
		return Errorf(OSErrorType, "got end of file during message")
	case errMessageTooLong:
		return Errorf(OSErrorType, "bad message length")
	}
	if _, ok := err.(*Exception); ok {
		return err
	}
	return NewOSError(err, Value{})
}
