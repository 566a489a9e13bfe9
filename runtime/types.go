package runtime

// The built-in types. Each is created here, empty; the file that implements
// a type fills in its slots and methods in an init function (int.go fills
// IntType, list.go fills ListType, ...). Package-level variables are all
// initialised before any init function runs, so every type exists by then.
var (
	ObjectType = NewBuiltinType("object", nil)
	TypeType   = NewBuiltinType("type", ObjectType)

	NoneType           = NewBuiltinType("NoneType", ObjectType)
	NotImplementedType = NewBuiltinType("NotImplementedType", ObjectType)
	EllipsisType       = NewBuiltinType("ellipsis", ObjectType)
	IntType            = NewBuiltinType("int", ObjectType)
	BoolType           = NewBuiltinType("bool", IntType)
	FloatType          = NewBuiltinType("float", ObjectType)
	StrType            = NewBuiltinType("str", ObjectType)
	BytesType          = NewBuiltinType("bytes", ObjectType)
	ListType           = NewBuiltinType("list", ObjectType)
	TupleType          = NewBuiltinType("tuple", ObjectType)
	DictType           = NewBuiltinType("dict", ObjectType)
	SetType            = NewBuiltinType("set", ObjectType)
	FrozenSetType      = NewBuiltinType("frozenset", ObjectType)
	RangeType          = NewBuiltinType("range", ObjectType)
	SliceType          = NewBuiltinType("slice", ObjectType)
	ModuleType         = NewBuiltinType("module", ObjectType)

	BuiltinFunctionType  = NewBuiltinType("builtin_function_or_method", ObjectType)
	MethodDescriptorType = NewBuiltinType("method_descriptor", ObjectType)
	BoundMethodType      = NewBuiltinType("method", ObjectType)
)

// NotImplemented is the singleton a comparison or binary slot returns when it
// does not handle the other operand. Ellipsis is `...`.
var (
	NotImplemented = Obj(&singleton{typ: NotImplementedType, name: "NotImplemented"})
	Ellipsis       = Obj(&singleton{typ: EllipsisType, name: "Ellipsis"})
)

type singleton struct {
	typ  *Type
	name string
}

func (s *singleton) Type() *Type { return s.typ }

func init() {
	kindNone.typ = NoneType
	kindBool.typ = BoolType
	kindInt.typ = IntType
	kindFloat.typ = FloatType
	BoolType.Final = true
	NoneType.Final = true
}

// TypeOf returns the type of v (type(v) in Python).
func TypeOf(v Value) *Type { return v.obj.Type() }

// TypeName is type(v).__name__, for error messages.
func TypeName(v Value) string { return v.obj.Type().Name }
