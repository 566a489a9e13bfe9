package runtime

// The parts of the wire format that refer to things instead of copying
// them: module-level functions and classes by qualified name (as pickle
// does, with its checks and messages), and OS handles, which a child can
// only inherit when it starts (as multiprocessing's spawn allows).

import (
	"os"
	"strings"
)

// encodeGlobal writes v as a reference to module.qualname, after checking,
// as pickle's save_global does, that the name leads back to v itself.
func (e *wireEncoder) encodeGlobal(v Value, module, qualname string) error {
	if strings.Contains(qualname, "<locals>") {
		return Errorf(AttributeErrorType, "Can't pickle local object '%s'", qualname)
	}
	if module == "" {
		module = "__main__"
	}
	found, err := lookupGlobal(e.t, module, qualname)
	if err != nil {
		r, rerr := Repr(e.t, v)
		if rerr != nil {
			return rerr
		}
		if exc := AsException(err); exc.Matches(ImportErrorType) {
			return moduleError(PicklingErrorType, "Can't pickle "+r+": import of module '"+module+"' failed")
		}
		return moduleError(PicklingErrorType, "Can't pickle "+r+": attribute lookup "+qualname+" on "+module+" failed")
	}
	if !Is(found, v) && !isBuiltinCallable(v) {
		r, err := Repr(e.t, v)
		if err != nil {
			return err
		}
		return moduleError(PicklingErrorType, "Can't pickle "+r+": it's not the same object as "+module+"."+qualname)
	}
	e.byte1(wireGlobal)
	e.str(module)
	e.str(qualname)
	return nil
}

// isBuiltinCallable reports whether v is a function or method of a
// built-in type or module: looking it up again may give an equal, not an
// identical, object.
func isBuiltinCallable(v Value) bool {
	switch v.obj.(type) {
	case *Builtin, *Method, *BoundMethod:
		return true
	}
	return false
}

// lookupGlobal finds module.qualname, importing the module if needed. A
// missing attribute is an AttributeError worded as unpickling words it.
func lookupGlobal(t *Thread, module, qualname string) (Value, error) {
	var obj Value
	if module == "builtins" {
		obj = Obj(builtinsModule(t.Interp))
	} else {
		m, err := t.Import(module)
		if err != nil {
			return Value{}, err
		}
		obj = Obj(m)
	}
	for _, name := range strings.Split(qualname, ".") {
		var x Value
		var err error
		if m, ok := obj.obj.(*Module); ok {
			var found bool
			if x, found = m.Dict.GetStr(name); !found {
				err = NoAttribute(obj, name)
			}
		} else {
			x, err = GetAttr(t, obj, name)
		}
		if err != nil {
			if !AsException(err).Matches(AttributeErrorType) {
				return Value{}, err
			}
			r, rerr := Repr(t, obj)
			if rerr != nil {
				r = SafeRepr(obj)
			}
			return Value{}, Errorf(AttributeErrorType, "Can't get attribute '%s' on %s", qualname, r)
		}
		obj = x
	}
	return obj, nil
}

// builtinsModule wraps the interpreter's builtins namespace as a module
// for lookups ("builtins.len").
func builtinsModule(in *Interpreter) *Module {
	return &Module{Name: "builtins", Dict: in.Builtins}
}

// wireHandler is a Go object that holds OS resources (file descriptors):
// a pipe end, a cross-process lock, a shared memory block. It can be sent
// only to a process being started, which inherits the descriptors, and is
// refused anywhere else with CPython's message for such objects.
type wireHandler interface {
	Object
	// wireKind names the object in messages and selects its decoder.
	wireKind() string
	// wireFiles returns the descriptors the child must inherit.
	wireFiles() []*os.File
	// wireState returns the rest of the object's state as a plain value.
	wireState() Value
}

// wireHandleDecoders rebuild handles in the child, by kind, from the
// inherited files and the state; each handle type registers itself.
var wireHandleDecoders = map[string]func(t *Thread, files []*os.File, state Value) (Object, error){}

// spawnFiles collects the files a child inherits, numbered in the order
// they were first met: the child finds file i at descriptor 3+i.
type spawnFiles struct {
	files []*os.File
	index map[*os.File]int
}

func (s *spawnFiles) add(f *os.File) int {
	if i, ok := s.index[f]; ok {
		return i
	}
	if s.index == nil {
		s.index = map[*os.File]int{}
	}
	s.index[f] = len(s.files)
	s.files = append(s.files, f)
	return len(s.files) - 1
}

// encodeHandle writes an OS handle: kind, the indexes of its files among
// those the child inherits, and its state.
func (e *wireEncoder) encodeHandle(h wireHandler) error {
	if e.spawn == nil {
		return notInherited(h.wireKind())
	}
	if e.remember(h) {
		return nil
	}
	e.byte1(wireHandle)
	e.str(h.wireKind())
	files := h.wireFiles()
	e.uvarint(uint64(len(files)))
	for _, f := range files {
		e.uvarint(uint64(e.spawn.add(f)))
	}
	return e.encode(h.wireState())
}

// notInherited is multiprocessing's refusal to send a synchronisation
// object or a queue other than to a process being started.
func notInherited(kind string) error {
	return Errorf(RuntimeErrorType, "%s objects should only be shared between processes through inheritance", kind)
}
