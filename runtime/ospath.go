package runtime

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// os.path: CPython's posixpath, function for function (the string
// functions are ports of posixpath.py, so their corner cases match), for
// str and bytes paths.

func newOSPathModule() *Module {
	m := NewModule("posixpath")
	m.Dict.SetStr("sep", NewStr("/"))
	m.Dict.SetStr("curdir", NewStr("."))
	m.Dict.SetStr("pardir", NewStr(".."))
	m.Dict.SetStr("extsep", NewStr("."))
	m.Dict.SetStr("pathsep", NewStr(":"))
	m.Dict.SetStr("devnull", NewStr("/dev/null"))
	m.AddFunc("join", osPathJoin)
	m.AddFunc("basename", strPathFunc("basename", func(p string) string { _, tail := splitPath(p); return tail }))
	m.AddFunc("dirname", strPathFunc("dirname", func(p string) string { head, _ := splitPath(p); return head }))
	m.AddFunc("normpath", strPathFunc("normpath", normPath))
	m.AddFunc("abspath", strPathFunc("abspath", absPath))
	m.AddFunc("realpath", strPathFunc("realpath", realPath))
	m.AddFunc("expanduser", strPathFunc("expanduser", expandUser))
	m.AddFunc("split", pairPathFunc("split", splitPath))
	m.AddFunc("splitext", pairPathFunc("splitext", splitExt))
	m.AddFunc("isabs", predPathFunc("isabs", func(p string) bool { return strings.HasPrefix(p, "/") }))
	m.AddFunc("exists", statPredFunc("exists", os.Stat, func(os.FileInfo) bool { return true }))
	m.AddFunc("lexists", statPredFunc("lexists", os.Lstat, func(os.FileInfo) bool { return true }))
	m.AddFunc("isfile", statPredFunc("isfile", os.Stat, func(i os.FileInfo) bool { return i.Mode().IsRegular() }))
	m.AddFunc("isdir", statPredFunc("isdir", os.Stat, func(i os.FileInfo) bool { return i.IsDir() }))
	m.AddFunc("islink", statPredFunc("islink", os.Lstat, func(i os.FileInfo) bool { return i.Mode()&os.ModeSymlink != 0 }))
	m.AddFunc("getsize", statValueFunc("getsize", func(i os.FileInfo) Value { return Int(i.Size()) }))
	m.AddFunc("getmtime", statValueFunc("getmtime", func(i os.FileInfo) Value { return Float(float64(i.ModTime().UnixNano()) / 1e9) }))
	m.AddFunc("getatime", statValueFunc("getatime", func(i os.FileInfo) Value { return Float(statTimes(i)[0]) }))
	m.AddFunc("getctime", statValueFunc("getctime", func(i os.FileInfo) Value { return Float(statTimes(i)[2]) }))
	m.AddFunc("relpath", osPathRelpath)
	m.AddFunc("commonprefix", osPathCommonprefix)
	return m
}

func init() {
	RegisterModule("os.path", func(in *Interpreter) (*Module, error) { return newOSPathModule(), nil })
	RegisterModule("posixpath", func(in *Interpreter) (*Module, error) { return newOSPathModule(), nil })
}

// pathText extracts a str or bytes path (os.fspath), remembering which.
func pathText(v Value) (string, bool, error) {
	if s, ok := AsStr(v); ok {
		return s, false, nil
	}
	if b, ok := AsBytes(v); ok {
		return string(b), true, nil
	}
	return "", false, Errorf(TypeErrorType, "expected str, bytes or os.PathLike object, not %s", TypeName(v))
}

// pathValue makes a result of the same kind (str or bytes) as the argument.
func pathValue(s string, isBytes bool) Value {
	if isBytes {
		return NewBytes([]byte(s))
	}
	return NewStr(s)
}

func onePathArg(name string, args []Value, kwargs []Kwarg) (string, bool, error) {
	if err := checkOneArg(name, args, kwargs); err != nil {
		return "", false, err
	}
	return pathText(args[0])
}

func strPathFunc(name string, fn func(string) string) BuiltinFunc {
	return func(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		p, isBytes, err := onePathArg(name, args, kwargs)
		if err != nil {
			return Value{}, err
		}
		return pathValue(fn(p), isBytes), nil
	}
}

func pairPathFunc(name string, fn func(string) (string, string)) BuiltinFunc {
	return func(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		p, isBytes, err := onePathArg(name, args, kwargs)
		if err != nil {
			return Value{}, err
		}
		a, b := fn(p)
		return NewTuple([]Value{pathValue(a, isBytes), pathValue(b, isBytes)}), nil
	}
}

func predPathFunc(name string, fn func(string) bool) BuiltinFunc {
	return func(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		p, _, err := onePathArg(name, args, kwargs)
		if err != nil {
			return Value{}, err
		}
		return Bool(fn(p)), nil
	}
}

// statPredFunc is exists/isfile/isdir/islink: False when stat fails.
func statPredFunc(name string, stat func(string) (os.FileInfo, error), pred func(os.FileInfo) bool) BuiltinFunc {
	return func(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkOneArg(name, args, kwargs); err != nil {
			return Value{}, err
		}
		if args[0].IsInt() || args[0].IsBool() { // a file descriptor
			var st syscall.Stat_t
			if syscall.Fstat(int(args[0].AsInt()), &st) != nil {
				return False, nil
			}
			f := os.NewFile(uintptr(args[0].AsInt()), "")
			info, err := f.Stat()
			return Bool(err == nil && pred(info)), nil
		}
		p, _, err := pathText(args[0])
		if err != nil {
			return Value{}, Errorf(TypeErrorType, "stat: path should be string, bytes, os.PathLike or integer, not %s", TypeName(args[0]))
		}
		var ok bool
		fsCall(t, func() error {
			info, err := stat(p)
			ok = err == nil && pred(info)
			return nil
		})
		return Bool(ok), nil
	}
}

// statValueFunc is getsize/getmtime/...: OSError when stat fails.
func statValueFunc(name string, get func(os.FileInfo) Value) BuiltinFunc {
	return func(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkOneArg(name, args, kwargs); err != nil {
			return Value{}, err
		}
		p, _, err := pathText(args[0])
		if err != nil {
			return Value{}, Errorf(TypeErrorType, "stat: path should be string, bytes, os.PathLike or integer, not %s", TypeName(args[0]))
		}
		var info os.FileInfo
		if err := fsCall(t, func() error { var err error; info, err = os.Stat(p); return err }); err != nil {
			return Value{}, NewOSError(err, args[0])
		}
		return get(info), nil
	}
}

// statTimes are the access, modification and change times in seconds.
func statTimes(info os.FileInfo) [3]float64 {
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		a, m, c := statTimespecs(st)
		return [3]float64{
			float64(a.Nano()) / 1e9,
			float64(m.Nano()) / 1e9,
			float64(c.Nano()) / 1e9,
		}
	}
	m := float64(info.ModTime().UnixNano()) / 1e9
	return [3]float64{m, m, m}
}

// osPathJoin is posixpath.join(a, *p).
func osPathJoin(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if len(kwargs) > 0 {
		return Value{}, noKeywords("join")
	}
	if len(args) == 0 {
		return Value{}, Errorf(TypeErrorType, "join() missing 1 required positional argument: 'a'")
	}
	path, isBytes, err := pathText(args[0])
	if err != nil {
		return Value{}, err
	}
	for _, v := range args[1:] {
		b, bIsBytes, err := pathText(v)
		if err != nil {
			return Value{}, Errorf(TypeErrorType, "join() argument must be str, bytes, or os.PathLike object, not '%s'", TypeName(v))
		}
		if bIsBytes != isBytes {
			return Value{}, Errorf(TypeErrorType, "Can't mix strings and bytes in path components")
		}
		switch {
		case strings.HasPrefix(b, "/"):
			path = b
		case path == "" || strings.HasSuffix(path, "/"):
			path += b
		default:
			path += "/" + b
		}
	}
	return pathValue(path, isBytes), nil
}

// splitPath is posixpath.split: (head, tail) around the last slash, the
// head's trailing slashes removed unless it is all slashes.
func splitPath(p string) (string, string) {
	i := strings.LastIndexByte(p, '/') + 1
	head, tail := p[:i], p[i:]
	if head != "" && head != strings.Repeat("/", len(head)) {
		head = strings.TrimRight(head, "/")
	}
	return head, tail
}

// splitExt is genericpath._splitext for posix: leading dots of the file
// name do not start an extension.
func splitExt(p string) (string, string) {
	sepIndex := strings.LastIndexByte(p, '/')
	dotIndex := strings.LastIndexByte(p, '.')
	if dotIndex > sepIndex {
		for i := sepIndex + 1; i < dotIndex; i++ {
			if p[i] != '.' {
				return p[:dotIndex], p[dotIndex:]
			}
		}
	}
	return p, ""
}

// normPath is posixpath.normpath.
func normPath(p string) string {
	if p == "" {
		return "."
	}
	initial := 0
	if strings.HasPrefix(p, "/") {
		initial = 1
		if strings.HasPrefix(p, "//") && !strings.HasPrefix(p, "///") {
			initial = 2
		}
	}
	var comps []string
	for _, c := range strings.Split(p, "/") {
		if c == "" || c == "." {
			continue
		}
		if c != ".." || (initial == 0 && len(comps) == 0) || (len(comps) > 0 && comps[len(comps)-1] == "..") {
			comps = append(comps, c)
		} else if len(comps) > 0 {
			comps = comps[:len(comps)-1]
		}
	}
	out := strings.Repeat("/", initial) + strings.Join(comps, "/")
	if out == "" {
		return "."
	}
	return out
}

func absPath(p string) string {
	if !strings.HasPrefix(p, "/") {
		wd, err := os.Getwd()
		if err == nil {
			if strings.HasSuffix(wd, "/") {
				p = wd + p
			} else {
				p = wd + "/" + p
			}
		}
	}
	return normPath(p)
}

// realPath resolves symbolic links where the path exists; the rest of a
// path that does not exist is kept, as posixpath.realpath does.
func realPath(p string) string {
	abs := absPath(p)
	if r, err := filepath.EvalSymlinks(abs); err == nil {
		return r
	}
	dir, base := splitPath(abs)
	if dir == abs || dir == "" {
		return abs
	}
	return normPath(realPath(dir) + "/" + base)
}

func expandUser(p string) string {
	if !strings.HasPrefix(p, "~") {
		return p
	}
	i := strings.IndexByte(p, '/')
	if i < 0 {
		i = len(p)
	}
	if i != 1 { // ~user is not supported: returned unchanged
		return p
	}
	home := os.Getenv("HOME")
	if home == "" {
		return p
	}
	home = strings.TrimRight(home, "/")
	if home == "" {
		home = "/"
	}
	return home + p[i:]
}

// osPathRelpath is posixpath.relpath(path, start=os.curdir).
func osPathRelpath(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	var pathV, startV Value
	if err := UnpackArgs("relpath", args, kwargs, "path", &pathV, "start?", &startV); err != nil {
		return Value{}, err
	}
	path, isBytes, err := pathText(pathV)
	if err != nil {
		return Value{}, err
	}
	if path == "" {
		return Value{}, Errorf(ValueErrorType, "no path specified")
	}
	start := "."
	if !startV.IsNull() && !startV.IsNone() {
		if start, _, err = pathText(startV); err != nil {
			return Value{}, err
		}
	}
	startList := splitComponents(absPath(start))
	pathList := splitComponents(absPath(path))
	i := 0
	for i < len(startList) && i < len(pathList) && startList[i] == pathList[i] {
		i++
	}
	rel := make([]string, 0, len(startList)-i+len(pathList)-i)
	for k := i; k < len(startList); k++ {
		rel = append(rel, "..")
	}
	rel = append(rel, pathList[i:]...)
	if len(rel) == 0 {
		return pathValue(".", isBytes), nil
	}
	return pathValue(strings.Join(rel, "/"), isBytes), nil
}

func splitComponents(p string) []string {
	var out []string
	for _, c := range strings.Split(p, "/") {
		if c != "" {
			out = append(out, c)
		}
	}
	return out
}

// osPathCommonprefix is the longest common leading string of a list.
func osPathCommonprefix(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkOneArg("commonprefix", args, kwargs); err != nil {
		return Value{}, err
	}
	items, err := sequenceItems(t, args[0])
	if err != nil {
		return Value{}, err
	}
	if len(items) == 0 {
		return NewStr(""), nil
	}
	first, isBytes, err := pathText(items[0])
	if err != nil {
		return Value{}, err
	}
	prefix := []rune(first)
	for _, it := range items[1:] {
		s, _, err := pathText(it)
		if err != nil {
			return Value{}, err
		}
		rs := []rune(s)
		n := 0
		for n < len(prefix) && n < len(rs) && prefix[n] == rs[n] {
			n++
		}
		prefix = prefix[:n]
	}
	return pathValue(string(prefix), isBytes), nil
}
