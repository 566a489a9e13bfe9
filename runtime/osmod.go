package runtime

import (
	crand "crypto/rand"
	"os"
	goruntime "runtime"
	"strings"
	"syscall"
)

// The os module: process information, the environment, directories and
// files, with CPython's (posix) error classes and messages. os.path is in
// ospath.go. Every call that touches the file system is a blocking call
// (fileState.blocking is where the GIL will be released).

func init() {
	RegisterModule("os", newOSModule)
}

func newOSModule(in *Interpreter) (*Module, error) {
	m := NewModule("os")
	d := m.Dict
	d.SetStr("name", NewStr("posix"))
	d.SetStr("sep", NewStr("/"))
	d.SetStr("altsep", None)
	d.SetStr("linesep", NewStr("\n"))
	d.SetStr("curdir", NewStr("."))
	d.SetStr("pardir", NewStr(".."))
	d.SetStr("extsep", NewStr("."))
	d.SetStr("pathsep", NewStr(":"))
	d.SetStr("devnull", NewStr("/dev/null"))
	d.SetStr("error", Obj(OSErrorType))
	for name, v := range map[string]int64{"F_OK": 0, "R_OK": 4, "W_OK": 2, "X_OK": 1} {
		d.SetStr(name, Int(v))
	}
	d.SetStr("environ", Obj(environDict()))
	d.SetStr("path", Obj(newOSPathModule()))

	m.AddFunc("getpid", noArgsFunc("getpid", func() Value { return Int(int64(os.Getpid())) }))
	m.AddFunc("getppid", noArgsFunc("getppid", func() Value { return Int(int64(os.Getppid())) }))
	m.AddFunc("cpu_count", noArgsFunc("cpu_count", func() Value { return Int(int64(goruntime.NumCPU())) }))
	m.AddFunc("getcwd", osGetcwd)
	m.AddFunc("getenv", osGetenv)
	m.AddFunc("chdir", pathFunc("chdir", func(p string) error { return os.Chdir(p) }))
	m.AddFunc("remove", pathFunc("remove", syscall.Unlink))
	m.AddFunc("unlink", pathFunc("unlink", syscall.Unlink))
	m.AddFunc("rmdir", pathFunc("rmdir", syscall.Rmdir))
	m.AddFunc("mkdir", osMkdir)
	m.AddFunc("makedirs", osMakedirs)
	m.AddFunc("rename", twoPathFunc("rename"))
	m.AddFunc("replace", twoPathFunc("replace"))
	m.AddFunc("listdir", osListdir)
	m.AddFunc("stat", osStat)
	m.AddFunc("access", osAccess)
	m.AddFunc("urandom", osUrandom)
	m.AddFunc("walk", osWalk)
	m.AddFunc("_exit", osExit) // mpos.go
	m.AddFunc("kill", osKill)
	return m, nil
}

// noArgsFunc is a posix function without arguments.
func noArgsFunc(name string, fn func() Value) BuiltinFunc {
	return func(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkNoArgs("posix."+name, args, kwargs); err != nil {
			return Value{}, err
		}
		return fn(), nil
	}
}

// environDict is os.environ: a snapshot of the process environment.
func environDict() *Dict {
	d := NewDict()
	for _, kv := range os.Environ() {
		if k, v, ok := strings.Cut(kv, "="); ok {
			d.SetStr(k, NewStr(v))
		}
	}
	return d
}

func osGetcwd(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkNoArgs("posix.getcwd", args, kwargs); err != nil {
		return Value{}, err
	}
	wd, err := os.Getwd()
	if err != nil {
		return Value{}, NewOSError(err, Value{})
	}
	return NewStr(wd), nil
}

// osGetenv is os.getenv(key, default=None); it reads os.environ, as
// CPython's does, so that assignments to os.environ are seen.
func osGetenv(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	var key, def Value
	def = None
	if err := UnpackArgs("getenv", args, kwargs, "key", &key, "default?", &def); err != nil {
		return Value{}, err
	}
	if _, ok := AsStr(key); !ok {
		return Value{}, Errorf(TypeErrorType, "str expected, not %s", TypeName(key))
	}
	mod, err := t.Interp.Import("os")
	if err != nil {
		return Value{}, err
	}
	env, _ := mod.Dict.GetStr("environ")
	if d, ok := env.Object().(*Dict); ok {
		if v, ok, err := d.Get(t, key); err != nil || ok {
			return v, err
		}
	}
	return def, nil
}

// osPathArg converts a path argument of a posix function, with its message.
func osPathArg(fname string, v Value) (string, error) {
	if _, ok := AsStr(v); !ok {
		if _, ok := AsBytes(v); !ok {
			return "", Errorf(TypeErrorType, "%s: path should be string, bytes or os.PathLike, not %s", fname, TypeName(v))
		}
	}
	return fsPath(v)
}

// pathFunc is a posix function of one path, raising OSError with the path.
func pathFunc(name string, fn func(string) error) BuiltinFunc {
	return func(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		var path Value
		if err := UnpackArgs(name, args, kwargs, "path", &path); err != nil {
			return Value{}, err
		}
		p, err := osPathArg(name, path)
		if err != nil {
			return Value{}, err
		}
		if err := fsCall(t, func() error { return fn(p) }); err != nil {
			return Value{}, NewOSError(err, path)
		}
		return None, nil
	}
}

// fsCall runs a blocking file-system call.
func fsCall(t *Thread, fn func() error) error { return (&fileState{}).blocking(t, fn) }

func twoPathFunc(name string) BuiltinFunc {
	return func(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		var src, dst Value
		if err := UnpackArgs(name, args, kwargs, "src", &src, "dst", &dst); err != nil {
			return Value{}, err
		}
		s, err := osPathArg(name, src)
		if err != nil {
			return Value{}, err
		}
		d, err := osPathArg(name, dst)
		if err != nil {
			return Value{}, err
		}
		if err := fsCall(t, func() error { return syscall.Rename(s, d) }); err != nil {
			return Value{}, NewOSError(err, src, dst)
		}
		return None, nil
	}
}

func osMkdir(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	var path, mode Value
	mode = Int(0o777)
	if err := UnpackArgs("mkdir", args, kwargs, "path", &path, "mode?", &mode); err != nil {
		return Value{}, err
	}
	p, err := osPathArg("mkdir", path)
	if err != nil {
		return Value{}, err
	}
	perm, err := AsIndex(t, mode)
	if err != nil {
		return Value{}, err
	}
	if err := fsCall(t, func() error { return syscall.Mkdir(p, uint32(perm)) }); err != nil {
		return Value{}, NewOSError(err, path)
	}
	return None, nil
}

// osMakedirs is os.makedirs(name, mode=0o777, exist_ok=False), creating
// the missing parents first as CPython's does.
func osMakedirs(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	var name, mode, existOK Value
	mode, existOK = Int(0o777), False
	if err := UnpackArgs("makedirs", args, kwargs, "name", &name, "mode?", &mode, "exist_ok?", &existOK); err != nil {
		return Value{}, err
	}
	p, err := fsPath(name)
	if err != nil {
		return Value{}, err
	}
	perm, err := AsIndex(t, mode)
	if err != nil {
		return Value{}, err
	}
	ok, err := Truth(t, existOK)
	if err != nil {
		return Value{}, err
	}
	err = fsCall(t, func() error { return makedirs(p, uint32(perm), ok) })
	if err != nil {
		return Value{}, NewOSError(err, name)
	}
	return None, nil
}

func makedirs(p string, perm uint32, existOK bool) error {
	head, tail := splitPath(p)
	if tail == "" {
		head, tail = splitPath(head)
	}
	if head != "" && tail != "" && !pathExists(head) {
		if err := makedirs(head, perm, true); err != nil && err != syscall.EEXIST {
			return err
		}
		if tail == "." {
			return nil
		}
	}
	err := syscall.Mkdir(p, perm)
	if err != nil && (!existOK || !isDir(p)) {
		return err
	}
	return nil
}

func pathExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

func isDir(p string) bool {
	info, err := os.Stat(p)
	return err == nil && info.IsDir()
}

// osListdir is os.listdir(path='.'): the names in directory order, as
// CPython returns them (not sorted).
func osListdir(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	path := NewStr(".")
	if err := UnpackArgs("listdir", args, kwargs, "path?", &path); err != nil {
		return Value{}, err
	}
	if path.IsNone() {
		path = NewStr(".")
	}
	if _, ok := AsStr(path); !ok {
		if _, ok := AsBytes(path); !ok {
			return Value{}, Errorf(TypeErrorType, "listdir: path should be string, bytes, os.PathLike, integer or None, not %s", TypeName(path))
		}
	}
	p, err := fsPath(path)
	if err != nil {
		return Value{}, err
	}
	names, err := readDirNames(t, p)
	if err != nil {
		return Value{}, NewOSError(err, path)
	}
	_, isBytes := AsBytes(path)
	items := make([]Value, len(names))
	for i, n := range names {
		if isBytes {
			items[i] = NewBytes([]byte(n))
		} else {
			items[i] = NewStr(n)
		}
	}
	return Obj(NewList(items)), nil
}

// readDirNames lists a directory in the order the OS returns the entries.
func readDirNames(t *Thread, p string) ([]string, error) {
	var names []string
	err := fsCall(t, func() error {
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		names, err = f.Readdirnames(-1)
		return err
	})
	return names, err
}

func osAccess(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	var path, mode Value
	if err := UnpackArgs("access", args, kwargs, "path", &path, "mode", &mode); err != nil {
		return Value{}, err
	}
	p, err := osPathArg("access", path)
	if err != nil {
		return Value{}, err
	}
	m, err := AsIndex(t, mode)
	if err != nil {
		return Value{}, err
	}
	return Bool(syscall.Access(p, uint32(m)) == nil), nil
}

func osUrandom(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkOneArg("urandom", args, kwargs); err != nil {
		return Value{}, err
	}
	n, err := AsIndex(t, args[0])
	if err != nil {
		return Value{}, err
	}
	if n < 0 {
		return Value{}, Errorf(ValueErrorType, "negative argument not allowed")
	}
	b := make([]byte, n)
	if _, err := crand.Read(b); err != nil {
		return Value{}, NewOSError(err, Value{})
	}
	return NewBytes(b), nil
}
