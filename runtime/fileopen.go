package runtime

import (
	"os"
	"strings"
	"syscall"
)

// open(): mode parsing and checks in the order CPython's io.open does them
// (mode, then opening the file, then the text layer's newline and encoding),
// with CPython's messages; and the io module.

// OpenBuiltin is the built-in open(file, mode='r', buffering=-1,
// encoding=None, errors=None, newline=None, closefd=True, opener=None).
// The builtins module binds it as "open".
var OpenBuiltin = Obj(&Builtin{Name: "open", Fn: builtinOpen})

func init() {
	RegisterModule("io", func(in *Interpreter) (*Module, error) {
		m := NewModule("io")
		m.Dict.SetStr("open", OpenBuiltin)
		m.Dict.SetStr("UnsupportedOperation", Obj(UnsupportedOperationType))
		m.Dict.SetStr("TextIOWrapper", Obj(TextIOWrapperFileType))
		m.Dict.SetStr("BufferedReader", Obj(BufferedReaderType))
		m.Dict.SetStr("BufferedWriter", Obj(BufferedWriterType))
		m.Dict.SetStr("BufferedRandom", Obj(BufferedRandomType))
		m.Dict.SetStr("DEFAULT_BUFFER_SIZE", Int(fileBufferSize))
		m.Dict.SetStr("SEEK_SET", Int(0))
		m.Dict.SetStr("SEEK_CUR", Int(1))
		m.Dict.SetStr("SEEK_END", Int(2))
		return m, nil
	})
}

// openMode is a parsed mode string.
type openMode struct {
	creating, reading, writing, appending, updating, text, binary bool
}

func parseMode(mode string) (openMode, error) {
	var m openMode
	for i, c := range mode {
		switch c {
		case 'x':
			m.creating = true
		case 'r':
			m.reading = true
		case 'w':
			m.writing = true
		case 'a':
			m.appending = true
		case '+':
			m.updating = true
		case 't':
			m.text = true
		case 'b':
			m.binary = true
		default:
			return m, Errorf(ValueErrorType, "invalid mode: '%s'", mode)
		}
		if strings.ContainsRune(mode[i+1:], c) {
			return m, Errorf(ValueErrorType, "invalid mode: '%s'", mode)
		}
	}
	if m.text && m.binary {
		return m, Errorf(ValueErrorType, "can't have text and binary mode at once")
	}
	n := 0
	for _, b := range []bool{m.creating, m.reading, m.writing, m.appending} {
		if b {
			n++
		}
	}
	if n > 1 {
		return m, Errorf(ValueErrorType, "must have exactly one of create/read/write/append mode")
	}
	if n == 0 {
		return m, Errorf(ValueErrorType, "Must have exactly one of create/read/write/append mode and at most one plus")
	}
	return m, nil
}

// flags are the os.OpenFile flags of the mode.
func (m openMode) flags() int {
	var f int
	switch {
	case m.creating:
		f = os.O_CREATE | os.O_EXCL
	case m.writing:
		f = os.O_CREATE | os.O_TRUNC
	case m.appending:
		f = os.O_CREATE | os.O_APPEND
	}
	switch {
	case m.updating:
		f |= os.O_RDWR
	case m.reading:
		f |= os.O_RDONLY
	default:
		f |= os.O_WRONLY
	}
	return f
}

// rawMode is FileIO's normalised mode, the .mode of a binary file.
func (m openMode) rawMode() string {
	switch {
	case m.creating:
		if m.updating {
			return "xb+"
		}
		return "xb"
	case m.appending:
		if m.updating {
			return "ab+"
		}
		return "ab"
	case m.updating:
		return "rb+"
	case m.reading:
		return "rb"
	}
	return "wb"
}

// optionalStr checks an argument that is a str or None.
func optionalStr(name string, v Value) (string, bool, error) {
	if v.IsNull() || v.IsNone() {
		return "", false, nil
	}
	s, ok := AsStr(v)
	if !ok {
		return "", false, Errorf(TypeErrorType, "open() argument '%s' must be str or None, not %s", name, TypeName(v))
	}
	return s, true, nil
}

// fsPath converts a path argument (str or bytes) to a Go string.
func fsPath(v Value) (string, error) {
	var p string
	if s, ok := AsStr(v); ok {
		p = s
	} else if b, ok := AsBytes(v); ok {
		p = string(b)
	} else {
		return "", Errorf(TypeErrorType, "expected str, bytes or os.PathLike object, not %s", TypeName(v))
	}
	if strings.IndexByte(p, 0) >= 0 {
		return "", Errorf(ValueErrorType, "embedded null byte")
	}
	return p, nil
}

func builtinOpen(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	var file, modeV, buffering, encodingV, errorsV, newlineV, closefd, opener Value
	if err := UnpackArgs("open", args, kwargs, "file", &file, "mode?", &modeV, "buffering?", &buffering,
		"encoding?", &encodingV, "errors?", &errorsV, "newline?", &newlineV, "closefd?", &closefd, "opener?", &opener); err != nil {
		return Value{}, err
	}
	mode := "r"
	if !modeV.IsNull() {
		s, ok := AsStr(modeV)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "open() argument 'mode' must be str, not %s", TypeName(modeV))
		}
		mode = s
	}
	encoding, hasEncoding, err := optionalStr("encoding", encodingV)
	if err != nil {
		return Value{}, err
	}
	errorsName, hasErrors, err := optionalStr("errors", errorsV)
	if err != nil {
		return Value{}, err
	}
	newline, hasNewline, err := optionalStr("newline", newlineV)
	if err != nil {
		return Value{}, err
	}
	m, err := parseMode(mode)
	if err != nil {
		return Value{}, err
	}
	if m.binary {
		switch {
		case hasEncoding:
			return Value{}, Errorf(ValueErrorType, "binary mode doesn't take an encoding argument")
		case hasErrors:
			return Value{}, Errorf(ValueErrorType, "binary mode doesn't take an errors argument")
		case hasNewline:
			return Value{}, Errorf(ValueErrorType, "binary mode doesn't take a newline argument")
		}
	}
	path, err := fsPath(file)
	if err != nil {
		return Value{}, err
	}
	osf, err := openFile(t, path, m.flags())
	if err != nil {
		return Value{}, NewOSError(err, file)
	}
	st := &fileState{f: osf}
	f := &fileObject{st: st, name: file, binary: m.binary,
		readable: m.reading || m.updating, writable: !m.reading || m.updating}
	if m.binary {
		f.mode = m.rawMode()
		switch {
		case m.updating:
			f.typ = BufferedRandomType
		case m.reading:
			f.typ = BufferedReaderType
		default:
			f.typ = BufferedWriterType
		}
	} else {
		// The text layer checks its arguments after the file is open, as
		// CPython's TextIOWrapper does (open('x', 'w', encoding='bad')
		// truncates x before failing).
		if err := f.setText(mode, newline, hasNewline, encoding, hasEncoding, errorsName, hasErrors); err != nil {
			osf.Close()
			return Value{}, err
		}
	}
	v := Obj(f)
	registerFile(t.Interp, f)
	return v, nil
}

// openFile opens path, refusing directories as CPython's FileIO does.
func openFile(t *Thread, path string, flags int) (*os.File, error) {
	var osf *os.File
	st := &fileState{}
	err := st.blocking(t, func() error {
		var err error
		if osf, err = os.OpenFile(path, flags, 0o666); err != nil {
			return err
		}
		if info, err := osf.Stat(); err == nil && info.IsDir() {
			osf.Close()
			return syscall.EISDIR
		}
		return nil
	})
	return osf, err
}

func (f *fileObject) setText(mode, newline string, hasNewline bool, encoding string, hasEncoding bool, errorsName string, hasErrors bool) error {
	f.typ = TextIOWrapperFileType
	f.mode = mode
	if hasNewline {
		switch newline {
		case "", "\n", "\r", "\r\n":
		default:
			return Errorf(ValueErrorType, "illegal newline value: %s", newline)
		}
		f.newline, f.newlineX = newline, true
	}
	f.encoding, f.codec = "UTF-8", "utf-8"
	if hasEncoding {
		c, err := lookupCodec(encoding)
		if err != nil {
			return err
		}
		f.encoding, f.codec = encoding, string(c)
	}
	f.errors = "strict"
	if hasErrors {
		f.errors = errorsName
	}
	return nil
}
