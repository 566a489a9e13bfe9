package runtime

import (
	"math"
	goruntime "runtime"
	"strings"
	"sync"
)

// The sys module.

// Version is sys.version.
const Version = "3.11.7 (minipy)"

func init() { RegisterModule("sys", initSys) }

func initSys(in *Interpreter) (*Module, error) {
	m := NewModule("sys")
	d := m.Dict
	argv := make([]Value, len(in.Argv))
	for i, a := range in.Argv {
		argv[i] = NewStr(a)
	}
	d.SetStr("argv", Obj(NewList(argv)))
	d.SetStr("version", NewStr(Version))
	d.SetStr("version_info", newVersionInfo())
	d.SetStr("platform", NewStr(goruntime.GOOS))
	d.SetStr("maxsize", Int(math.MaxInt64))
	d.SetStr("byteorder", NewStr("little"))
	d.SetStr("implementation_name", NewStr("minipy"))
	d.SetStr("stdout", Obj(&textStream{name: "<stdout>", mode: "w", out: in.Stdout}))
	d.SetStr("stderr", Obj(&textStream{name: "<stderr>", mode: "w", out: in.Stderr}))
	d.SetStr("stdin", Obj(&textStream{name: "<stdin>", mode: "r", in: in}))
	d.SetStr("__stdout__", mustGet(d, "stdout"))
	d.SetStr("__stderr__", mustGet(d, "stderr"))
	d.SetStr("__stdin__", mustGet(d, "stdin"))
	d.SetStr("modules", Obj(modulesDict(in)))
	m.AddFunc("exit", sysExit)
	addSysExcInfo(m)
	m.AddFunc("getrecursionlimit", func(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkNoArgs("sys.getrecursionlimit", args, kwargs); err != nil {
			return Value{}, err
		}
		return Int(int64(t.Interp.RecursionLimit)), nil
	})
	m.AddFunc("setrecursionlimit", sysSetRecursionLimit)
	addSwitchInterval(m)
	m.AddFunc("_is_gil_enabled", func(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkNoArgs("sys._is_gil_enabled", args, kwargs); err != nil {
			return Value{}, err
		}
		return Bool(t.Interp.GIL.Enabled), nil
	})
	return m, nil
}

func mustGet(d *Dict, k string) Value {
	v, _ := d.GetStr(k)
	return v
}

// modulesDict is sys.modules: a snapshot of the modules imported so far.
// It runs inside Thread.Import, which holds in.modMu while a built-in
// module initialises, so the map is read without taking the lock again.
func modulesDict(in *Interpreter) *Dict {
	d := NewDict()
	for name, m := range in.modules {
		d.SetStr(name, Obj(m))
	}
	return d
}

// sysExit is sys.exit([code]): it raises SystemExit, whose code the vm
// turns into the exit status.
func sysExit(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkPositional("exit", args, kwargs, 0, 1); err != nil {
		return Value{}, err
	}
	if len(args) == 0 || args[0].IsNone() {
		return Value{}, NewException(SystemExitType) // CPython: sys.exit(None) has no args
	}
	return Value{}, NewException(SystemExitType, args[0])
}

func sysSetRecursionLimit(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkOneArg("sys.setrecursionlimit", args, kwargs); err != nil {
		return Value{}, err
	}
	if args[0].IsFloat() {
		return Value{}, Errorf(TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	n, err := AsIndex(t, args[0])
	if err != nil {
		return Value{}, err
	}
	if n < 1 {
		return Value{}, Errorf(ValueErrorType, "recursion limit must be greater or equal than 1")
	}
	if n > math.MaxInt32 {
		return Value{}, Errorf(OverflowErrorType, "Python int too large to convert to C int")
	}
	t.Interp.RecursionLimit = int(n)
	return None, nil
}

// sysStream returns sys.stdout or sys.stderr as the program currently sees
// it (a program may replace them), or the null Value when sys has not been
// imported (writeTo then uses the interpreter's stream directly).
func sysStream(t *Thread, name string) Value {
	in := t.Interp
	in.modMu.Lock()
	m := in.modules["sys"]
	in.modMu.Unlock()
	if m == nil {
		if name == "stderr" {
			return Obj(&textStream{name: "<stderr>", mode: "w", out: in.Stderr})
		}
		return Value{}
	}
	v, _ := m.Dict.GetStr(name)
	return v
}

// versionInfoType is sys.version_info's type: a tuple with named fields.
var versionInfoType = NewBuiltinType("version_info", TupleType)

var versionFields = []string{"major", "minor", "micro", "releaselevel", "serial"}

var versionInfoOnce sync.Once

// initVersionInfoType fills the type's slots when sys is first imported: the
// tuple slots it copies exist only once every init has run (tuple.go's init
// runs after this file's).
func initVersionInfoType() {
	versionInfoOnce.Do(fillVersionInfoType)
}

func fillVersionInfoType() {
	vt := versionInfoType
	vt.Module = "sys"
	copyTupleSlots(vt)
	vt.Repr = func(t *Thread, v Value) (string, error) {
		var b strings.Builder
		b.WriteString("sys.version_info(")
		for i, x := range v.obj.(*Tuple).items {
			if i > 0 {
				b.WriteString(", ")
			}
			r, err := Repr(t, x)
			if err != nil {
				return "", err
			}
			b.WriteString(versionFields[i] + "=" + r)
		}
		return b.String() + ")", nil
	}
	vt.GetAttr = func(t *Thread, v Value, name string) (Value, error) {
		for i, f := range versionFields {
			if f == name {
				return v.obj.(*Tuple).items[i], nil
			}
		}
		return GenericGetAttr(t, v, name)
	}
}

func newVersionInfo() Value {
	initVersionInfoType()
	return NewTupleOfType(versionInfoType, []Value{Int(3), Int(11), Int(7), NewStr("final"), Int(0)})
}

// copyTupleSlots gives a tuple subtype the tuple's behaviour.
func copyTupleSlots(typ *Type) {
	tt := TupleType
	typ.Repr, typ.Hash, typ.Len, typ.GetItem = tt.Repr, tt.Hash, tt.Len, tt.GetItem
	typ.Contains, typ.Iter, typ.Compare = tt.Contains, tt.Iter, tt.Compare
	typ.Concat, typ.Repeat = tt.Concat, tt.Repeat
}
