package runtime

// The builtins module: every name a program sees without importing. The
// functions live in builtins_*.go by theme; this file assembles the
// namespace.

// builtinFunctions is the table of built-in functions (types such as int,
// list, enumerate or reversed are added as types, not here).
var builtinFunctions = []struct {
	name string
	fn   BuiltinFunc
}{
	{"print", builtinPrint},
	{"input", builtinInput},
	{"len", builtinLen},
	{"repr", builtinRepr},
	{"ascii", builtinASCII},
	{"hash", builtinHash},
	{"id", builtinID},
	{"abs", builtinAbs},
	{"divmod", builtinDivmod},
	{"pow", builtinPow},
	{"round", builtinRound},
	{"hex", numberFunc("hex", HexValue)},
	{"oct", numberFunc("oct", OctValue)},
	{"bin", numberFunc("bin", BinValue)},
	{"chr", numberFunc("chr", ChrValue)},
	{"ord", numberFunc("ord", OrdValue)},
	{"min", func(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		return minMax(t, args, kwargs, "min", LT)
	}},
	{"max", func(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		return minMax(t, args, kwargs, "max", GT)
	}},
	{"sum", builtinSum},
	{"sorted", builtinSorted},
	{"any", builtinAny},
	{"all", builtinAll},
	{"iter", builtinIter},
	{"next", builtinNext},
	{"isinstance", builtinIsInstance},
	{"issubclass", builtinIsSubclass},
	{"callable", builtinCallable},
	{"getattr", builtinGetAttr},
	{"setattr", builtinSetAttr},
	{"hasattr", builtinHasAttr},
	{"delattr", builtinDelAttr},
	{"vars", builtinVars},
	{"dir", builtinDir},
	{"locals", builtinLocals},
	{"globals", builtinGlobals},
	{"format", builtinFormat},
}

// builtinTypes are the types visible as built-in names.
func builtinTypes() []*Type {
	return []*Type{
		ObjectType, TypeType, IntType, BoolType, FloatType, StrType, BytesType,
		ListType, TupleType, DictType, SetType, FrozenSetType, RangeType, SliceType,
		EnumerateType, ZipType, MapType, FilterType, ReversedType,
		PropertyType, StaticMethodType, ClassMethodType, SuperType,
	}
}

// initBuiltins fills in.Builtins.
func init() {
	// `import builtins` gives the interpreter's builtins namespace itself,
	// so that assigning builtins.name is seen by every module.
	RegisterModule("builtins", func(in *Interpreter) (*Module, error) {
		return &Module{Name: "builtins", Dict: in.Builtins}, nil
	})
}

func initBuiltins(in *Interpreter) {
	b := in.Builtins
	for _, f := range builtinFunctions {
		b.SetStr(f.name, NewBuiltin(f.name, f.fn))
	}
	for _, typ := range builtinTypes() {
		b.SetStr(typ.Name, Obj(typ))
	}
	for _, typ := range ExceptionTypes {
		b.SetStr(typ.Name, Obj(typ))
	}
	// CPython's aliases of OSError.
	b.SetStr("IOError", Obj(OSErrorType))
	b.SetStr("EnvironmentError", Obj(OSErrorType))
	b.SetStr("None", None)
	b.SetStr("True", True)
	b.SetStr("False", False)
	b.SetStr("NotImplemented", NotImplemented)
	b.SetStr("Ellipsis", Ellipsis)
	b.SetStr("__name__", NewStr("builtins"))
	b.SetStr("open", OpenBuiltin)
	// exit() and quit() come from CPython's site module; scripts call them
	// as sys.exit.
	b.SetStr("exit", NewBuiltin("exit", sysExit))
	b.SetStr("quit", NewBuiltin("quit", sysExit))
}

// LocalsHook returns the namespace of the innermost running Python frame
// (for vars() and dir() without arguments). The vm installs it; the
// runtime cannot see frames.
var LocalsHook func(t *Thread) (Value, error)

// GlobalsHook returns the globals dict of the innermost running Python
// frame (for globals()); the vm installs it.
var GlobalsHook func(t *Thread) (Value, error)

func callerLocals(t *Thread, fname string) (Value, error) {
	if LocalsHook == nil {
		return Value{}, Errorf(NotImplementedErrorType, "%s() without arguments is not supported here", fname)
	}
	return LocalsHook(t)
}
