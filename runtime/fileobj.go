package runtime

import (
	"bufio"
	"io"
	"os"
	"strings"
	"sync"
	"unicode/utf8"
)

// File objects, as open() returns them: a text file (_io.TextIOWrapper) or
// a binary one (_io.BufferedReader, BufferedWriter, BufferedRandom), with
// CPython's methods, attributes, reprs and errors. Text files decode with
// the codecs of codecs.go and read with universal newlines by default.
//
// Reads and writes go through one buffer each (a bufio.Reader and a
// bufio.Writer over the os.File), switched as CPython's BufferedRandom does:
// a write first gives back the read-ahead, a read first flushes pending
// writes. Every file I/O call is a blocking call; see fileState.blocking.

// The file types.
var (
	TextIOWrapperFileType = newFileType("TextIOWrapper")
	BufferedReaderType    = newFileType("BufferedReader")
	BufferedWriterType    = newFileType("BufferedWriter")
	BufferedRandomType    = newFileType("BufferedRandom")
)

func newFileType(name string) *Type {
	t := NewBuiltinType(name, ObjectType)
	t.Module = "_io"
	return t
}

// fileObject is an open() result. The OS-level state lives in a separate
// fileState so that the registry of open files (fileregistry.go) and the
// cleanup run when the object is garbage collected can reach it without
// keeping the object alive.
type fileObject struct {
	typ      *Type
	st       *fileState
	name     Value
	mode     string // the .mode attribute
	binary   bool
	readable bool
	writable bool

	// Text files only.
	encoding string // the .encoding attribute ("UTF-8" when not given)
	codec    string // the encoding name given to the codecs
	errors   string
	newline  string // "" universal; else the newline= argument
	newlineX bool   // newline= was given (translation rules differ from universal)
}

// Type implements Object.
func (f *fileObject) Type() *Type { return f.typ }

// fileState is the open file and its buffers, guarded by mu.
type fileState struct {
	mu     sync.Mutex
	f      *os.File
	r      *bufio.Reader // read-ahead, nil until the first read
	w      *bufio.Writer // pending writes, nil until the first write
	closed bool
}

const fileBufferSize = 8192 // CPython's io.DEFAULT_BUFFER_SIZE

// blocking runs an I/O call that may block. When minipy gets its GIL this
// is where the lock is released around fn (LANGUAGE.md: every blocking call
// releases it).
func (st *fileState) blocking(t *Thread, fn func() error) error {
	return fn()
}

// reader returns the read buffer, flushing pending writes first.
func (st *fileState) reader() (*bufio.Reader, error) {
	if st.w != nil && st.w.Buffered() > 0 {
		if err := st.w.Flush(); err != nil {
			return nil, err
		}
	}
	if st.r == nil {
		st.r = bufio.NewReaderSize(st.f, fileBufferSize)
	}
	return st.r, nil
}

// writer returns the write buffer, first moving the OS position back over
// any read-ahead so that the write lands where the program thinks it is.
func (st *fileState) writer() (*bufio.Writer, error) {
	if err := st.dropReadAhead(); err != nil {
		return nil, err
	}
	if st.w == nil {
		st.w = bufio.NewWriterSize(st.f, fileBufferSize)
	}
	return st.w, nil
}

func (st *fileState) dropReadAhead() error {
	if st.r != nil && st.r.Buffered() > 0 {
		if _, err := st.f.Seek(-int64(st.r.Buffered()), io.SeekCurrent); err != nil {
			return err
		}
		st.r.Reset(st.f)
	}
	return nil
}

// flush writes out pending writes.
func (st *fileState) flush() error {
	if st.w != nil {
		return st.w.Flush()
	}
	return nil
}

// close flushes and closes; closing twice is allowed, as in CPython.
func (st *fileState) close() error {
	if st.closed {
		return nil
	}
	st.closed = true
	err := st.flush()
	if cerr := st.f.Close(); err == nil {
		err = cerr
	}
	return err
}

// tell is the position the program sees: the OS position minus the
// read-ahead plus the pending writes.
func (st *fileState) tell() (int64, error) {
	pos, err := st.f.Seek(0, io.SeekCurrent)
	if err != nil {
		return 0, err
	}
	if st.r != nil {
		pos -= int64(st.r.Buffered())
	}
	if st.w != nil {
		pos += int64(st.w.Buffered())
	}
	return pos, nil
}

// seek moves to an absolute or relative position, dropping the buffers.
func (st *fileState) seek(offset int64, whence int) (int64, error) {
	if err := st.flush(); err != nil {
		return 0, err
	}
	if whence == io.SeekCurrent && st.r != nil {
		offset -= int64(st.r.Buffered())
	}
	pos, err := st.f.Seek(offset, whence)
	if st.r != nil {
		st.r.Reset(st.f)
	}
	return pos, err
}

// errClosedFile is CPython's error for I/O on a closed file.
func errClosedFile() error { return Errorf(ValueErrorType, "I/O operation on closed file.") }

func errUnsupported(what string) error { return Errorf(UnsupportedOperationType, "%s", what) }

// ioError converts an error of the os package into a Python exception.
func (f *fileObject) ioError(err error) error {
	if e, ok := err.(*Exception); ok {
		return e
	}
	return NewOSError(err, Value{})
}

// ---------------------------------------------------------------- reading

// readLine reads one line (limit < 0: no limit) as raw bytes. In text mode
// with universal newlines a line ends at \n, \r\n or \r, and the ending is
// returned as \n unless newline=” asked for it untranslated.
func (f *fileObject) readLine(limit int) ([]byte, error) {
	r, err := f.st.reader()
	if err != nil {
		return nil, err
	}
	var line []byte
	universal := !f.binary && (!f.newlineX || f.newline == "")
	for limit < 0 || len(line) < limit {
		c, err := r.ReadByte()
		if err == io.EOF {
			break
		}
		if err != nil {
			return line, err
		}
		switch {
		case c == '\n' && (universal || f.binary || f.newline == "\n" || f.newline == "\r\n" && endsWithCR(line)):
			return append(line, c), nil
		case c == '\r' && universal:
			next, err := r.ReadByte()
			if err == nil && next != '\n' {
				_ = r.UnreadByte()
			}
			if f.newline == "" && f.newlineX { // newline='': keep the ending as is
				line = append(line, '\r')
				if err == nil && next == '\n' {
					line = append(line, '\n')
				}
				return line, nil
			}
			return append(line, '\n'), nil
		case c == '\r' && f.newline == "\r":
			return append(line, c), nil
		}
		line = append(line, c)
	}
	return line, nil
}

func endsWithCR(b []byte) bool { return len(b) > 0 && b[len(b)-1] == '\r' }

// readAll reads to the end of the file.
func (f *fileObject) readAll() ([]byte, error) {
	r, err := f.st.reader()
	if err != nil {
		return nil, err
	}
	b, err := io.ReadAll(r)
	if err != nil {
		return b, err
	}
	if !f.binary && (!f.newlineX) {
		b = translateNewlines(b)
	}
	return b, nil
}

// translateNewlines turns \r\n and \r into \n (universal newlines).
func translateNewlines(b []byte) []byte {
	if !strings.Contains(string(b), "\r") {
		return b
	}
	s := strings.ReplaceAll(string(b), "\r\n", "\n")
	return []byte(strings.ReplaceAll(s, "\r", "\n"))
}

// readChars reads up to n characters of a text file as raw bytes.
func (f *fileObject) readChars(n int) ([]byte, error) {
	r, err := f.st.reader()
	if err != nil {
		return nil, err
	}
	var out []byte
	for count := 0; count < n; count++ {
		c, err := r.ReadByte()
		if err == io.EOF {
			break
		}
		if err != nil {
			return out, err
		}
		if c == '\r' && !f.newlineX {
			if next, err := r.ReadByte(); err == nil && next != '\n' {
				_ = r.UnreadByte()
			}
			c = '\n'
		}
		out = append(out, c)
		// The continuation bytes of a UTF-8 sequence belong to this character.
		if f.codec == "utf-8" && c >= 0xC0 {
			size := 2
			if c >= 0xF0 {
				size = 4
			} else if c >= 0xE0 {
				size = 3
			}
			for k := 1; k < size; k++ {
				b, err := r.ReadByte()
				if err != nil {
					break
				}
				if b&0xC0 != 0x80 {
					_ = r.UnreadByte()
					break
				}
				out = append(out, b)
			}
		}
	}
	return out, nil
}

// result turns raw bytes read from the file into the str or bytes that
// the read methods return.
func (f *fileObject) result(b []byte) (Value, error) {
	if f.binary {
		return NewBytes(b), nil
	}
	if f.codec == "utf-8" && utf8.Valid(b) {
		return NewStr(string(b)), nil
	}
	return decodeBytes(b, f.codec, f.errors)
}

// ---------------------------------------------------------------- writing

// encode turns a write() argument into bytes, with CPython's type errors.
func (f *fileObject) encode(v Value) ([]byte, int, error) {
	if f.binary {
		b, ok := AsBytes(v)
		if !ok {
			return nil, 0, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", TypeName(v))
		}
		return b, len(b), nil
	}
	s := asStrObj(v)
	if s == nil {
		return nil, 0, Errorf(TypeErrorType, "write() argument must be str, not %s", TypeName(v))
	}
	text := s.s
	if f.newlineX && (f.newline == "\r" || f.newline == "\r\n") {
		text = strings.ReplaceAll(text, "\n", f.newline)
	}
	if f.codec == "utf-8" {
		return []byte(text), s.n, nil
	}
	b, err := encodeStr(asStrObj(NewStr(text)), f.codec, f.errors)
	if err != nil {
		return nil, 0, err
	}
	raw, _ := AsBytes(b)
	return raw, s.n, nil
}

func (f *fileObject) write(t *Thread, v Value) (Value, error) {
	data, n, err := f.encode(v)
	if err != nil {
		return Value{}, err
	}
	st := f.st
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.closed {
		return Value{}, errClosedFile()
	}
	if !f.writable {
		if f.binary {
			return Value{}, errUnsupported("write")
		}
		return Value{}, errUnsupported("not writable")
	}
	err = st.blocking(t, func() error {
		w, err := st.writer()
		if err != nil {
			return err
		}
		_, err = w.Write(data)
		return err
	})
	if err != nil {
		return Value{}, f.ioError(err)
	}
	return Int(int64(n)), nil
}
