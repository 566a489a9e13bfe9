package runtime

import "io"

// The slots, methods and attributes of the file types (fileobj.go).

func init() {
	for _, typ := range []*Type{TextIOWrapperFileType, BufferedReaderType, BufferedWriterType, BufferedRandomType} {
		typ.Repr = fileRepr
		typ.Hash = func(t *Thread, v Value) (int64, error) { return IdentityHash(v), nil }
		typ.Iter = fileIter
		typ.Next = fileNext
		typ.GetAttr = fileGetAttr
		typ.Enter = fileEnter
		typ.Exit = fileExit
		for name, fn := range fileMethods {
			typ.AddMethod(name, fn)
		}
	}
}

var fileMethods = map[string]MethodFunc{
	"read":       fileRead,
	"readline":   fileReadline,
	"readlines":  fileReadlines,
	"write":      fileWrite,
	"writelines": fileWritelines,
	"close":      fileClose,
	"flush":      fileFlush,
	"seek":       fileSeek,
	"tell":       fileTell,
	"truncate":   fileTruncate,
	"fileno":     fileFileno,
	"readable": func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		return fileFlag(self, args, kwargs, "readable")
	},
	"writable": func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		return fileFlag(self, args, kwargs, "writable")
	},
	"seekable": func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		return fileFlag(self, args, kwargs, "seekable")
	},
	"isatty": func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		return fileFlag(self, args, kwargs, "isatty")
	},
	"__enter__": func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		return fileEnter(t, self)
	},
	"__exit__": func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		return fileExit(t, self, None, None, None)
	},
	"__iter__": func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		return fileIter(t, self)
	},
	"__next__": func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		v, ok, err := fileNext(t, self)
		if err == nil && !ok {
			err = NewException(StopIterationType)
		}
		return v, err
	},
}

func fileOf(v Value) *fileObject { return v.obj.(*fileObject) }

func fileRepr(t *Thread, v Value) (string, error) {
	f := fileOf(v)
	name, err := Repr(t, f.name)
	if err != nil {
		return "", err
	}
	if f.binary {
		return "<_io." + f.typ.Name + " name=" + name + ">", nil
	}
	return "<_io.TextIOWrapper name=" + name + " mode=" + StrRepr(f.mode) + " encoding=" + StrRepr(f.encoding) + ">", nil
}

func fileGetAttr(t *Thread, v Value, name string) (Value, error) {
	f := fileOf(v)
	switch name {
	case "name":
		return f.name, nil
	case "mode":
		return NewStr(f.mode), nil
	case "closed":
		f.st.mu.Lock()
		defer f.st.mu.Unlock()
		return Bool(f.st.closed), nil
	}
	if !f.binary {
		switch name {
		case "encoding":
			return NewStr(f.encoding), nil
		case "errors":
			return NewStr(f.errors), nil
		}
	}
	return GenericGetAttr(t, v, name)
}

// lockOpen locks the file's state and checks that it is open and allows the
// operation (what is "read" or "write"; "" checks only that it is open).
// The caller unlocks st.mu.
func (f *fileObject) lockOpen(what string) error {
	f.st.mu.Lock()
	if f.st.closed {
		f.st.mu.Unlock()
		if f.binary && what == "read" {
			return Errorf(ValueErrorType, "read of closed file")
		}
		return errClosedFile()
	}
	if what == "read" && !f.readable {
		f.st.mu.Unlock()
		if f.binary {
			return errUnsupported("read")
		}
		return errUnsupported("not readable")
	}
	return nil
}

// sizeArg is the optional size/limit argument of read and readline: None or
// a negative number means no limit.
func sizeArg(t *Thread, fname string, args []Value, kwargs []Kwarg) (int, error) {
	if err := checkPositional(fname, args, kwargs, 0, 1); err != nil {
		return 0, err
	}
	if len(args) == 0 || args[0].IsNone() {
		return -1, nil
	}
	if args[0].IsFloat() {
		return 0, Errorf(TypeErrorType, "argument should be integer or None, not 'float'")
	}
	n, err := AsIndex(t, args[0])
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return -1, nil
	}
	return int(n), nil
}

func fileRead(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	f := fileOf(self)
	n, err := sizeArg(t, "read", args, kwargs)
	if err != nil {
		return Value{}, err
	}
	if err := f.lockOpen("read"); err != nil {
		return Value{}, err
	}
	defer f.st.mu.Unlock()
	var b []byte
	err = f.st.blocking(t, func() error {
		var err error
		switch {
		case n < 0:
			b, err = f.readAll()
		case f.binary:
			var r io.Reader
			if r, err = f.st.reader(); err == nil {
				b = make([]byte, n)
				var got int
				got, err = io.ReadFull(r, b)
				b = b[:got]
				if err == io.EOF || err == io.ErrUnexpectedEOF {
					err = nil
				}
			}
		default:
			b, err = f.readChars(n)
		}
		return err
	})
	if err != nil {
		return Value{}, f.ioError(err)
	}
	return f.result(b)
}

func fileReadline(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	f := fileOf(self)
	n, err := sizeArg(t, "readline", args, kwargs)
	if err != nil {
		return Value{}, err
	}
	if err := f.lockOpen("read"); err != nil {
		return Value{}, err
	}
	defer f.st.mu.Unlock()
	var line []byte
	err = f.st.blocking(t, func() error {
		var err error
		line, err = f.readLine(n)
		return err
	})
	if err != nil {
		return Value{}, f.ioError(err)
	}
	return f.result(line)
}

func fileReadlines(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	hint, err := sizeArg(t, "readlines", args, kwargs)
	if err != nil {
		return Value{}, err
	}
	var lines []Value
	total := 0
	for hint <= 0 || total < hint {
		line, ok, err := fileNext(t, self)
		if err != nil {
			return Value{}, err
		}
		if !ok {
			break
		}
		lines = append(lines, line)
		if n, _ := Len(t, line); hint > 0 {
			total += n
		}
	}
	return Obj(NewList(lines)), nil
}

func fileIter(t *Thread, v Value) (Value, error) {
	f := fileOf(v)
	if err := f.lockOpen(""); err != nil {
		return Value{}, err
	}
	f.st.mu.Unlock()
	return v, nil
}

// fileNext is the next line of iteration; ok is false at the end.
func fileNext(t *Thread, v Value) (Value, bool, error) {
	f := fileOf(v)
	if err := f.lockOpen("read"); err != nil {
		if f.binary && f.st.closed {
			return Value{}, false, errClosedFile()
		}
		return Value{}, false, err
	}
	defer f.st.mu.Unlock()
	var line []byte
	err := f.st.blocking(t, func() error {
		var err error
		line, err = f.readLine(-1)
		return err
	})
	if err != nil {
		return Value{}, false, f.ioError(err)
	}
	if len(line) == 0 {
		return Value{}, false, nil
	}
	r, err := f.result(line)
	return r, err == nil, err
}

func fileWrite(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkOneArg("write", args, kwargs); err != nil {
		return Value{}, err
	}
	return fileOf(self).write(t, args[0])
}

func fileWritelines(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkOneArg("writelines", args, kwargs); err != nil {
		return Value{}, err
	}
	f := fileOf(self)
	err := forEach(t, args[0], func(line Value) error {
		_, err := f.write(t, line)
		return err
	})
	return None, err
}

func fileClose(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkNoArgs("close", args, kwargs); err != nil {
		return Value{}, err
	}
	return None, fileOf(self).close(t)
}

func (f *fileObject) close(t *Thread) error {
	st := f.st
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.closed {
		return nil
	}
	unregisterFile(t.Interp, st)
	if err := st.blocking(t, st.close); err != nil {
		return f.ioError(err)
	}
	return nil
}

func fileFlush(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkNoArgs("flush", args, kwargs); err != nil {
		return Value{}, err
	}
	f := fileOf(self)
	if err := f.lockOpen(""); err != nil {
		if f.binary {
			return Value{}, Errorf(ValueErrorType, "flush of closed file")
		}
		return Value{}, err
	}
	defer f.st.mu.Unlock()
	if err := f.st.blocking(t, f.st.flush); err != nil {
		return Value{}, f.ioError(err)
	}
	return None, nil
}

func fileSeek(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkPositional("seek", args, kwargs, 1, 2); err != nil {
		return Value{}, err
	}
	f := fileOf(self)
	offset, err := AsIndex(t, args[0])
	if err != nil {
		return Value{}, err
	}
	whence := int64(io.SeekStart)
	if len(args) == 2 {
		if whence, err = AsIndex(t, args[1]); err != nil {
			return Value{}, err
		}
	}
	if err := f.lockOpen(""); err != nil {
		return Value{}, err
	}
	defer f.st.mu.Unlock()
	switch {
	case whence < 0 || whence > 2:
		if f.binary {
			return Value{}, Errorf(ValueErrorType, "whence value %d unsupported", whence)
		}
		return Value{}, Errorf(ValueErrorType, "invalid whence (%d, should be 0, 1 or 2)", whence)
	case !f.binary && whence == 1 && offset != 0:
		return Value{}, errUnsupported("can't do nonzero cur-relative seeks")
	case !f.binary && whence == 2 && offset != 0:
		return Value{}, errUnsupported("can't do nonzero end-relative seeks")
	case !f.binary && offset < 0:
		return Value{}, Errorf(ValueErrorType, "negative seek position %d", offset)
	}
	var pos int64
	err = f.st.blocking(t, func() error {
		var err error
		pos, err = f.st.seek(offset, int(whence))
		return err
	})
	if err != nil {
		return Value{}, f.ioError(err)
	}
	return Int(pos), nil
}

func fileTell(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkNoArgs("tell", args, kwargs); err != nil {
		return Value{}, err
	}
	f := fileOf(self)
	if err := f.lockOpen(""); err != nil {
		return Value{}, err
	}
	defer f.st.mu.Unlock()
	pos, err := f.st.tell()
	if err != nil {
		return Value{}, f.ioError(err)
	}
	return Int(pos), nil
}

func fileTruncate(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkPositional("truncate", args, kwargs, 0, 1); err != nil {
		return Value{}, err
	}
	f := fileOf(self)
	if err := f.lockOpen(""); err != nil {
		return Value{}, err
	}
	defer f.st.mu.Unlock()
	if !f.writable {
		if f.binary {
			return Value{}, errUnsupported("truncate")
		}
		return Value{}, errUnsupported("not writable")
	}
	var size int64
	err := f.st.blocking(t, func() error {
		if err := f.st.flush(); err != nil {
			return err
		}
		pos, err := f.st.tell()
		if err != nil {
			return err
		}
		size = pos
		if len(args) == 1 && !args[0].IsNone() {
			n, err := AsIndex(t, args[0])
			if err != nil {
				return err
			}
			size = n
		}
		return f.st.f.Truncate(size)
	})
	if err != nil {
		return Value{}, f.ioError(err)
	}
	return Int(size), nil
}

func fileFileno(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkNoArgs("fileno", args, kwargs); err != nil {
		return Value{}, err
	}
	f := fileOf(self)
	if err := f.lockOpen(""); err != nil {
		return Value{}, Errorf(ValueErrorType, "I/O operation on closed file")
	}
	defer f.st.mu.Unlock()
	return Int(int64(f.st.f.Fd())), nil
}

func fileFlag(self Value, args []Value, kwargs []Kwarg, which string) (Value, error) {
	if err := checkNoArgs(which, args, kwargs); err != nil {
		return Value{}, err
	}
	f := fileOf(self)
	if err := f.lockOpen(""); err != nil {
		return Value{}, err
	}
	defer f.st.mu.Unlock()
	switch which {
	case "readable":
		return Bool(f.readable), nil
	case "writable":
		return Bool(f.writable), nil
	case "seekable":
		_, err := f.st.f.Seek(0, io.SeekCurrent)
		return Bool(err == nil), nil
	}
	return False, nil // isatty: open() only opens files
}

func fileEnter(t *Thread, v Value) (Value, error) {
	f := fileOf(v)
	if err := f.lockOpen(""); err != nil {
		return Value{}, err
	}
	f.st.mu.Unlock()
	return v, nil
}

func fileExit(t *Thread, v Value, excType, exc, tb Value) (Value, error) {
	return None, fileOf(v).close(t)
}
