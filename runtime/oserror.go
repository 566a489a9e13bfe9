package runtime

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
	"syscall"
)

// OSError and its subclasses as CPython builds them: OSError(errno,
// strerror[, filename[, winerror[, filename2]]]) keeps (errno, strerror) as
// args, exposes errno/strerror/filename/filename2, prints as
// "[Errno 2] No such file or directory: 'x.txt'", and OSError(2, ...) called
// on OSError itself picks the subclass for that errno (FileNotFoundError).
//
// The generic exception slots come from exception_obj.go; this file's init
// runs after that one (files initialise in name order) and specialises the
// OSError family.

// Exception types of the OSError family that the shared hierarchy lacks.
var (
	NotADirectoryErrorType = newExceptionType("NotADirectoryError", OSErrorType)
	InterruptedErrorType   = newExceptionType("InterruptedError", OSErrorType)
	ConnectionErrorType    = newExceptionType("ConnectionError", OSErrorType)
	// The connection errors derive from ConnectionError, as in CPython
	// (`except ConnectionError` catches a BrokenPipeError).
	BrokenPipeErrorType        = newExceptionType("BrokenPipeError", ConnectionErrorType)
	ConnectionAbortedErrorType = newExceptionType("ConnectionAbortedError", ConnectionErrorType)
	ConnectionRefusedErrorType = newExceptionType("ConnectionRefusedError", ConnectionErrorType)
	ConnectionResetErrorType   = newExceptionType("ConnectionResetError", ConnectionErrorType)
	BlockingIOErrorType        = newExceptionType("BlockingIOError", OSErrorType)
	ChildProcessErrorType      = newExceptionType("ChildProcessError", OSErrorType)
	ProcessLookupErrorType     = newExceptionType("ProcessLookupError", OSErrorType)

	// UnsupportedOperationType is io.UnsupportedOperation, raised by file
	// objects for operations their mode does not allow. It derives from
	// both OSError and ValueError, as in CPython; it is not a builtin name.
	UnsupportedOperationType = newUnsupportedOperation()
)

func newUnsupportedOperation() *Type {
	t := NewBuiltinType("UnsupportedOperation", OSErrorType)
	t.Module = "io"
	t.Bases = []*Type{OSErrorType, ValueErrorType}
	t.MRO = []*Type{t, OSErrorType, ValueErrorType, ExceptionType, BaseExceptionType, ObjectType}
	return t
}

// errnoTypes maps an errno to the OSError subclass CPython raises for it.
var errnoTypes = map[syscall.Errno]*Type{
	syscall.ENOENT:    FileNotFoundErrorType,
	syscall.EEXIST:    FileExistsErrorType,
	syscall.EISDIR:    IsADirectoryErrorType,
	syscall.ENOTDIR:   NotADirectoryErrorType,
	syscall.EACCES:    PermissionErrorType,
	syscall.EPERM:     PermissionErrorType,
	syscall.ETIMEDOUT: TimeoutErrorType,
	syscall.EPIPE:     BrokenPipeErrorType,
	syscall.EINTR:     InterruptedErrorType,
	// The rest of CPython's errno map (Objects/exceptions.c).
	syscall.ESHUTDOWN:    BrokenPipeErrorType,
	syscall.ECONNABORTED: ConnectionAbortedErrorType,
	syscall.ECONNREFUSED: ConnectionRefusedErrorType,
	syscall.ECONNRESET:   ConnectionResetErrorType,
	syscall.EAGAIN:       BlockingIOErrorType,
	syscall.EALREADY:     BlockingIOErrorType,
	syscall.EINPROGRESS:  BlockingIOErrorType,
	syscall.ECHILD:       ChildProcessErrorType,
	syscall.ESRCH:        ProcessLookupErrorType,
}

// strerrors are glibc's messages, which CPython prints; Go's own texts are
// lower-case and sometimes worded differently.
var strerrors = map[syscall.Errno]string{
	syscall.EPERM:        "Operation not permitted",
	syscall.ENOENT:       "No such file or directory",
	syscall.EINTR:        "Interrupted system call",
	syscall.EIO:          "Input/output error",
	syscall.EBADF:        "Bad file descriptor",
	syscall.EACCES:       "Permission denied",
	syscall.EBUSY:        "Device or resource busy",
	syscall.EEXIST:       "File exists",
	syscall.EXDEV:        "Invalid cross-device link",
	syscall.ENOTDIR:      "Not a directory",
	syscall.EISDIR:       "Is a directory",
	syscall.EINVAL:       "Invalid argument",
	syscall.EMFILE:       "Too many open files",
	syscall.EFBIG:        "File too large",
	syscall.ENOSPC:       "No space left on device",
	syscall.EROFS:        "Read-only file system",
	syscall.EPIPE:        "Broken pipe",
	syscall.ENAMETOOLONG: "File name too long",
	syscall.ENOTEMPTY:    "Directory not empty",
	syscall.ELOOP:        "Too many levels of symbolic links",
	syscall.ETIMEDOUT:    "Connection timed out",
	syscall.ESRCH:        "No such process",
	syscall.ECHILD:       "No child processes",
	syscall.EAGAIN:       "Resource temporarily unavailable",
	syscall.ECONNABORTED: "Software caused connection abort",
	syscall.ECONNREFUSED: "Connection refused",
	syscall.ECONNRESET:   "Connection reset by peer",
	syscall.ESHUTDOWN:    "Cannot send after transport endpoint shutdown",
	syscall.EALREADY:     "Operation already in progress",
	syscall.EINPROGRESS:  "Operation now in progress",
}

func init() {
	for _, typ := range ExceptionTypes {
		if OSErrorType.IsSubtype(typ) {
			setOSErrorSlots(typ)
		}
	}
	u := UnsupportedOperationType
	setOSErrorSlots(u)
	u.Repr, u.Hash, u.SetAttr, u.DelAttr = OSErrorType.Repr, OSErrorType.Hash, OSErrorType.SetAttr, OSErrorType.DelAttr
}

func setOSErrorSlots(typ *Type) {
	typ.New = osErrorNew
	typ.Str = osErrorStr
	typ.GetAttr = osErrorGetAttr
}

// NewOSError converts a Go error from the os or syscall packages into the
// OSError subclass CPython raises, with errno, strerror and the file names.
// An error without an errno becomes a plain OSError with its text.
func NewOSError(err error, filename Value, filename2 ...Value) *Exception {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		switch {
		case errors.Is(err, fs.ErrNotExist):
			errno = syscall.ENOENT
		case errors.Is(err, fs.ErrExist):
			errno = syscall.EEXIST
		case errors.Is(err, fs.ErrPermission):
			errno = syscall.EACCES
		default:
			return Errorf(OSErrorType, "%v", err)
		}
	}
	typ := errnoTypes[errno]
	if typ == nil {
		typ = OSErrorType
	}
	e := &Exception{typ: typ, Args: []Value{Int(int64(errno)), NewStr(strerror(errno))}}
	d := NewDict()
	d.SetStr("errno", e.Args[0])
	d.SetStr("strerror", e.Args[1])
	if !filename.IsNull() {
		d.SetStr("filename", filename)
	}
	if len(filename2) > 0 {
		d.SetStr("filename2", filename2[0])
	}
	e.Dict = d
	return e
}

// strerror is C's strerror(errno) as glibc words it.
func strerror(errno syscall.Errno) string {
	if s, ok := strerrors[errno]; ok {
		return s
	}
	s := errno.Error()
	if s == "" {
		return "Unknown error " + strconv.Itoa(int(errno))
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// osErrorNew is OSError(...) and its subclasses called as constructors.
func osErrorNew(t *Thread, typ *Type, args []Value, kwargs []Kwarg) (Value, error) {
	if len(kwargs) > 0 {
		return Value{}, noKeywords(typ.Name)
	}
	args = append([]Value(nil), args...)
	if typ == OSErrorType && len(args) >= 2 && args[0].IsInt() {
		if sub := errnoTypes[syscall.Errno(args[0].AsInt())]; sub != nil {
			typ = sub
		}
	}
	e := &Exception{typ: typ, Args: args}
	if n := len(args); n >= 2 && n <= 5 {
		d := NewDict()
		d.SetStr("errno", args[0])
		d.SetStr("strerror", args[1])
		if n >= 3 {
			d.SetStr("filename", args[2])
			if n == 5 {
				d.SetStr("filename2", args[4])
			}
			e.Args = args[:2]
		}
		e.Dict = d
	}
	return Obj(e), nil
}

// osErrorAttr returns an attribute stored by osErrorNew or NewOSError.
func osErrorAttr(e *Exception, name string) (Value, bool) {
	if e.Dict == nil {
		return Value{}, false
	}
	v, ok := e.Dict.GetStr(name)
	if ok && v.IsNone() {
		return Value{}, false
	}
	return v, ok
}

// osErrorStr is OSError.__str__.
func osErrorStr(t *Thread, v Value) (string, error) {
	e := v.obj.(*Exception)
	errno, hasErrno := osErrorAttr(e, "errno")
	strerr, hasStrerror := osErrorAttr(e, "strerror")
	if filename, ok := osErrorAttr(e, "filename"); ok {
		parts := []Value{errno, strerr, filename}
		format := "[Errno %s] %s: %s"
		if filename2, ok := osErrorAttr(e, "filename2"); ok {
			parts = append(parts, filename2)
			format += " -> %s"
		}
		texts := make([]any, len(parts))
		for i, p := range parts {
			var s string
			var err error
			if i < 2 {
				s, err = StrOf(t, p)
			} else {
				s, err = Repr(t, p)
			}
			if err != nil {
				return "", err
			}
			texts[i] = s
		}
		return fmt.Sprintf(format, texts...), nil
	}
	if hasErrno && hasStrerror {
		a, err := StrOf(t, errno)
		if err != nil {
			return "", err
		}
		b, err := StrOf(t, strerr)
		return "[Errno " + a + "] " + b, err
	}
	return exceptionStr(t, v)
}

// osErrorGetAttr adds errno, strerror, filename and filename2 (None when
// unset) to the exception attributes.
func osErrorGetAttr(t *Thread, v Value, name string) (Value, error) {
	switch name {
	case "errno", "strerror", "filename", "filename2":
		e := v.obj.(*Exception)
		if e.Dict != nil {
			if val, ok := e.Dict.GetStr(name); ok {
				return val, nil
			}
		}
		return None, nil
	}
	return exceptionGetAttr(t, v, name)
}
