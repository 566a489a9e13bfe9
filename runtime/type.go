package runtime

// Kwarg is one keyword argument of a call.
type Kwarg struct {
	Name  string
	Value Value
}

// CompareOp is a rich comparison operator.
type CompareOp int

// The rich comparison operators, in CPython's order (Py_LT ... Py_GE).
const (
	LT CompareOp = iota
	LE
	EQ
	NE
	GT
	GE
)

// Reflected returns the operator to try on the right operand
// (a < b is b > a).
func (op CompareOp) Reflected() CompareOp {
	return [...]CompareOp{GT, GE, EQ, NE, LT, LE}[op]
}

// String returns the operator as written in source.
func (op CompareOp) String() string { return [...]string{"<", "<=", "==", "!=", ">", ">="}[op] }

// BinaryOp is a binary arithmetic or bitwise operator.
type BinaryOp int

// The binary operators.
const (
	OpAdd BinaryOp = iota
	OpSub
	OpMul
	OpMatMul
	OpTrueDiv
	OpFloorDiv
	OpMod
	OpPow
	OpLShift
	OpRShift
	OpAnd
	OpOr
	OpXor
	numBinaryOps
)

var binaryOpText = [...]string{"+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"}

// String returns the operator as written in source, e.g. "//".
func (op BinaryOp) String() string { return binaryOpText[op] }

// Dunder returns the name of the special method for the operator, e.g. "__add__".
func (op BinaryOp) Dunder() string {
	return [...]string{"__add__", "__sub__", "__mul__", "__matmul__", "__truediv__", "__floordiv__",
		"__mod__", "__pow__", "__lshift__", "__rshift__", "__and__", "__or__", "__xor__"}[op]
}

// UnaryOp is a prefix operator.
type UnaryOp int

// The unary operators (`not` is Truth, not a slot).
const (
	OpNeg UnaryOp = iota
	OpPos
	OpInvert
	numUnaryOps
)

// Type is a Python type object: built-in types and user classes alike.
//
// Behaviour lives in slots, as in CPython's PyTypeObject: a nil slot means
// "this type does not support the operation", and the protocol functions in
// protocol.go turn that into CPython's TypeError. A user class (package vm)
// fills its slots with functions that look up and call its dunder methods,
// so operators, built-ins and statements see built-in and user types alike.
//
// Every slot takes the calling *Thread first because it may run user code.
type Type struct {
	Name   string // __name__, e.g. "int"
	Module string // __module__: "builtins" for built-in types
	Base   *Type  // first base (object has none)
	Bases  []*Type
	MRO    []*Type // method resolution order, starting with the type itself
	Dict   *Dict   // attributes: methods, class variables (str keys)

	// Flags.
	Final bool // cannot be subclassed (bool, NoneType, ...)
	// MethodDescriptor marks function types whose Get binds by prepending
	// the instance to the arguments (CPython's Py_TPFLAGS_METHOD_DESCRIPTOR):
	// callers that find such a value on a class may call it with the
	// instance as first argument instead of allocating a bound method.
	MethodDescriptor bool

	// New creates an instance: the type called as a constructor, `int("3")`.
	// For a user class it runs __new__/__init__.
	New func(t *Thread, typ *Type, args []Value, kwargs []Kwarg) (Value, error)

	Repr func(t *Thread, v Value) (string, error)
	// Str is str(v); nil means use Repr.
	Str  func(t *Thread, v Value) (string, error)
	Hash func(t *Thread, v Value) (int64, error)
	// Compare returns NotImplemented when it cannot compare with b.
	Compare func(t *Thread, a, b Value, op CompareOp) (Value, error)
	// Bool is truth testing; nil means use Len, and without Len always true.
	Bool func(t *Thread, v Value) (bool, error)

	// Binary[op] implements a op b, and is also tried for the reflected
	// case b op a with reflected=true (v is then the right operand).
	// Returns NotImplemented when the other operand's type is not handled.
	Binary [numBinaryOps]func(t *Thread, a, b Value, reflected bool) (Value, error)
	// InPlace[op] implements a op= b; nil falls back to Binary.
	InPlace [numBinaryOps]func(t *Thread, a, b Value) (Value, error)
	Unary   [numUnaryOps]func(t *Thread, v Value) (Value, error)

	// Sequence-style + and * (str, list, tuple, bytes): tried after the
	// numeric slots of both operands, as CPython's binary_op does.
	Concat func(t *Thread, a, b Value) (Value, error)
	Repeat func(t *Thread, a Value, n int) (Value, error)

	Len      func(t *Thread, v Value) (int, error)
	GetItem  func(t *Thread, v, key Value) (Value, error)
	SetItem  func(t *Thread, v, key, val Value) error
	DelItem  func(t *Thread, v, key Value) error
	Contains func(t *Thread, v, x Value) (bool, error)

	// Iter returns an iterator for v (for an iterator, v itself).
	Iter func(t *Thread, v Value) (Value, error)
	// Next returns the next item, or ok=false when the iterator is exhausted
	// (StopIteration is not raised through Go for built-in iterators). An
	// iterator that ends with a value (a generator's return value, a user
	// __next__ raising StopIteration(value)) may instead return ok=false
	// with that StopIteration as err: Next treats it as plain exhaustion,
	// NextOrStop hands it to next() and `yield from`.
	Next func(t *Thread, v Value) (item Value, ok bool, err error)

	Call func(t *Thread, v Value, args []Value, kwargs []Kwarg) (Value, error)

	// GetAttr looks up an attribute; nil means GenericGetAttr (type dict
	// along the MRO, then the instance dict). It returns an AttributeError
	// exception when the attribute is missing.
	GetAttr func(t *Thread, v Value, name string) (Value, error)
	SetAttr func(t *Thread, v Value, name string, val Value) error
	DelAttr func(t *Thread, v Value, name string) error

	// Get is the descriptor protocol's __get__: a function stored in a class
	// dict binds itself to the instance. obj is null for access on the class.
	Get func(t *Thread, descr, obj Value, owner *Type) (Value, error)
	// Set is the descriptor protocol's __set__ (val is the value) and
	// __delete__ (val is null). A type with Get and Set is a data
	// descriptor: it takes precedence over the instance dict (property).
	Set func(t *Thread, descr, obj, val Value) error

	// Enter and Exit are the context-manager protocol of built-in types.
	Enter func(t *Thread, v Value) (Value, error)
	Exit  func(t *Thread, v Value, excType, exc, tb Value) (Value, error)

	// Extra is for the package that owns the type (e.g. the vm's class data).
	Extra any
}

// Type implements Object: a type is itself a value, of type `type`.
func (t *Type) Type() *Type { return TypeType }

// IsSubtype reports whether t is sub (or sub derives from t): issubclass(sub, t).
func (t *Type) IsSubtype(sub *Type) bool {
	for _, m := range sub.MRO {
		if m == t {
			return true
		}
	}
	return false
}

// Lookup finds name along the MRO (the type's own attributes first).
func (t *Type) Lookup(name string) (Value, bool) {
	if v, found, ok := LookupClassAttr(t, name); ok {
		return v, found // a user class: through its attribute cache
	}
	for _, m := range t.MRO {
		if m.Dict != nil {
			if v, ok := m.Dict.GetStr(name); ok {
				return v, true
			}
		}
	}
	return Value{}, false
}

// NewBuiltinType creates a built-in type with the given name and base
// (ObjectType when base is nil) and an empty attribute dict. Slots are filled
// in by the caller.
func NewBuiltinType(name string, base *Type) *Type {
	t := &Type{Name: name, Module: "builtins", Dict: NewDict()}
	if base != nil {
		t.Base = base
		t.Bases = []*Type{base}
		t.MRO = append([]*Type{t}, base.MRO...)
	} else {
		t.MRO = []*Type{t}
	}
	return t
}

// AddMethod registers a built-in method on a type (e.g. list.append).
func (t *Type) AddMethod(name string, fn MethodFunc) {
	t.Dict.SetStr(name, Obj(&Method{Name: name, Owner: t, Fn: fn}))
}

// MethodFunc implements a method of a built-in type: self is the receiver.
type MethodFunc func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error)

// Method is a method descriptor of a built-in type (`list.append`). Looked up
// on an instance it binds into a *BoundMethod; the vm calls Fn directly for
// `obj.meth(...)` so no bound object is allocated.
type Method struct {
	Name  string
	Owner *Type
	Fn    MethodFunc
}

// Type implements Object.
func (m *Method) Type() *Type { return MethodDescriptorType }

// BuiltinFunc implements a built-in function (`len`, `math.sqrt`).
type BuiltinFunc func(t *Thread, args []Value, kwargs []Kwarg) (Value, error)

// Builtin is a built-in function object.
type Builtin struct {
	Name   string
	Module string // "" for builtins
	Fn     BuiltinFunc
}

// Type implements Object.
func (b *Builtin) Type() *Type { return BuiltinFunctionType }

// NewBuiltin returns a built-in function value.
func NewBuiltin(name string, fn BuiltinFunc) Value {
	return Obj(&Builtin{Name: name, Fn: fn})
}

// BoundMethod is a callable bound to a receiver: a built-in method bound to
// its object (`[].append`) or a user function bound to an instance.
type BoundMethod struct {
	Self Value
	Func Value // a *Method or any callable (a vm function)
}

// Type implements Object.
func (b *BoundMethod) Type() *Type {
	if _, ok := b.Func.Object().(*Method); ok {
		return BuiltinFunctionType // CPython: builtin_function_or_method
	}
	return BoundMethodType
}
