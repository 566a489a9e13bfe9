package runtime

import (
	"os"
	"strings"
	"syscall"
)

// os.stat() and its result, os.stat_result: a 10-item tuple (mode, ino,
// dev, nlink, uid, gid, size, and the three times as ints) whose st_*
// attributes include the float times, as in CPython.

// StatResultType is os.stat_result.
var StatResultType = NewBuiltinType("stat_result", ObjectType)

type statResult struct {
	fields [10]Value  // the tuple part
	times  [3]float64 // st_atime, st_mtime, st_ctime
	nanos  [3]int64   // st_atime_ns, ...
}

// Type implements Object.
func (s *statResult) Type() *Type { return StatResultType }

var statFieldNames = [10]string{"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime"}

func init() {
	t := StatResultType
	t.Module = "os"
	t.Repr = func(th *Thread, v Value) (string, error) {
		s := v.obj.(*statResult)
		parts := make([]string, len(statFieldNames))
		for i, name := range statFieldNames {
			parts[i] = name + "=" + SafeRepr(s.fields[i])
		}
		return "os.stat_result(" + strings.Join(parts, ", ") + ")", nil
	}
	t.Len = func(th *Thread, v Value) (int, error) { return len(statFieldNames), nil }
	t.GetItem = func(th *Thread, v, key Value) (Value, error) {
		return GetItem(th, NewTuple(v.obj.(*statResult).fields[:]), key)
	}
	t.Iter = func(th *Thread, v Value) (Value, error) {
		return Iter(th, NewTuple(v.obj.(*statResult).fields[:]))
	}
	t.GetAttr = func(th *Thread, v Value, name string) (Value, error) {
		s := v.obj.(*statResult)
		switch name {
		case "st_atime", "st_mtime", "st_ctime":
			return Float(s.times[timeIndex(name)]), nil
		case "st_atime_ns", "st_mtime_ns", "st_ctime_ns":
			return Int(s.nanos[timeIndex(name)]), nil
		}
		for i, n := range statFieldNames {
			if n == name {
				return s.fields[i], nil
			}
		}
		return GenericGetAttr(th, v, name)
	}
}

func timeIndex(name string) int {
	switch {
	case strings.HasPrefix(name, "st_atime"):
		return 0
	case strings.HasPrefix(name, "st_mtime"):
		return 1
	}
	return 2
}

func newStatResult(info os.FileInfo) Value {
	s := &statResult{}
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return Obj(s)
	}
	a, m, c := statTimespecs(st)
	ns := [3]int64{a.Nano(), m.Nano(), c.Nano()}
	s.fields = [10]Value{Int(int64(st.Mode)), Int(int64(st.Ino)), Int(int64(st.Dev)), Int(int64(st.Nlink)),
		Int(int64(st.Uid)), Int(int64(st.Gid)), Int(st.Size),
		Int(ns[0] / 1e9), Int(ns[1] / 1e9), Int(ns[2] / 1e9)}
	for i, n := range ns {
		s.nanos[i] = n
		s.times[i] = float64(n) / 1e9
	}
	return Obj(s)
}

// osStat is os.stat(path).
func osStat(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	var path Value
	if err := UnpackArgs("stat", args, kwargs, "path", &path); err != nil {
		return Value{}, err
	}
	p, _, err := pathText(path)
	if err != nil {
		return Value{}, Errorf(TypeErrorType, "stat: path should be string, bytes, os.PathLike or integer, not %s", TypeName(path))
	}
	var info os.FileInfo
	if err := fsCall(t, func() error { var err error; info, err = os.Stat(p); return err }); err != nil {
		return Value{}, NewOSError(err, path)
	}
	return newStatResult(info), nil
}

// ---------------------------------------------------------------- os.walk

// WalkIteratorType is the type of os.walk()'s iterator (a generator in
// CPython).
var WalkIteratorType = NewBuiltinType("generator", ObjectType)

// walkIterator walks top-down lazily, so that a program may prune the
// dirnames list it was given before the walk descends, as with CPython's.
type walkIterator struct {
	stack   []string // directories still to visit, next on top
	last    string   // the directory yielded last
	lastDir *List    // its dirnames, as the program may have edited them
	follow  bool
	onerror Value
}

// Type implements Object.
func (w *walkIterator) Type() *Type { return WalkIteratorType }

func init() {
	w := WalkIteratorType
	w.Repr = func(t *Thread, v Value) (string, error) {
		return "<generator object walk at " + addrString(v) + ">", nil
	}
	w.Iter = func(t *Thread, v Value) (Value, error) { return v, nil }
	w.Next = walkNext
}

func osWalk(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	var top, topdown, onerror, followlinks Value
	topdown, onerror, followlinks = True, None, False
	if err := UnpackArgs("walk", args, kwargs, "top", &top, "topdown?", &topdown, "onerror?", &onerror, "followlinks?", &followlinks); err != nil {
		return Value{}, err
	}
	p, _, err := pathText(top)
	if err != nil {
		return Value{}, err
	}
	follow, err := Truth(t, followlinks)
	if err != nil {
		return Value{}, err
	}
	w := &walkIterator{stack: []string{p}, follow: follow, onerror: onerror}
	if down, err := Truth(t, topdown); err != nil || down {
		return Obj(w), err
	}
	// Bottom-up: the whole walk is done first (nothing can be pruned).
	var all []Value
	var visit func(dir string) error
	visit = func(dir string) error {
		item, dirs, ok, err := walkRead(t, w, dir)
		if err != nil || !ok {
			return err
		}
		for _, d := range dirs.Items() {
			name, _ := AsStr(d)
			sub := joinPath(dir, name)
			if follow || !isSymlink(sub) {
				if err := visit(sub); err != nil {
					return err
				}
			}
		}
		all = append(all, item)
		return nil
	}
	if err := visit(p); err != nil {
		return Value{}, err
	}
	return Iter(t, Obj(NewList(all)))
}

func joinPath(dir, name string) string {
	if strings.HasSuffix(dir, "/") {
		return dir + name
	}
	return dir + "/" + name
}

func isSymlink(p string) bool {
	info, err := os.Lstat(p)
	return err == nil && info.Mode()&os.ModeSymlink != 0
}

// walkRead lists one directory: the (dirpath, dirnames, filenames) tuple.
// ok is false when the directory cannot be read (onerror was called).
func walkRead(t *Thread, w *walkIterator, dir string) (Value, *List, bool, error) {
	names, err := readDirNames(t, dir)
	if err != nil {
		if !w.onerror.IsNone() {
			if _, err := Call(t, w.onerror, []Value{Obj(NewOSError(err, NewStr(dir)))}, nil); err != nil {
				return Value{}, nil, false, err
			}
		}
		return Value{}, nil, false, nil
	}
	var dirs, files []Value
	for _, n := range names {
		if isDir(joinPath(dir, n)) {
			dirs = append(dirs, NewStr(n))
		} else {
			files = append(files, NewStr(n))
		}
	}
	dl := NewList(dirs)
	return NewTuple([]Value{NewStr(dir), Obj(dl), Obj(NewList(files))}), dl, true, nil
}

func walkNext(t *Thread, v Value) (Value, bool, error) {
	w := v.obj.(*walkIterator)
	// Descend into the previous directory's subdirectories now, reading the
	// dirnames list as the program left it.
	if w.lastDir != nil {
		dirs := w.lastDir.Items()
		for i := len(dirs) - 1; i >= 0; i-- {
			name, ok := AsStr(dirs[i])
			if !ok {
				continue
			}
			sub := joinPath(w.last, name)
			if w.follow || !isSymlink(sub) {
				w.stack = append(w.stack, sub)
			}
		}
		w.lastDir = nil
	}
	for len(w.stack) > 0 {
		dir := w.stack[len(w.stack)-1]
		w.stack = w.stack[:len(w.stack)-1]
		item, dirs, ok, err := walkRead(t, w, dir)
		if err != nil {
			return Value{}, false, err
		}
		if ok {
			w.last, w.lastDir = dir, dirs
			return item, true, nil
		}
	}
	return Value{}, false, nil
}
