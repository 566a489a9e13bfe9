package runtime

import "testing"

// Expected texts from python3.
func TestGenericAliasAndUnion(t *testing.T) {
	e := newTestEnv(t)
	listInt := e.must(GetItem(e.th, Obj(ListType), Obj(IntType)))
	e.expect("list[int]", listInt, nil, "list[int]")
	e.expect("tuple[int, ...]", e.must(GetItem(e.th, Obj(TupleType), NewTuple([]Value{Obj(IntType), Ellipsis}))), nil, "tuple[int, ...]")
	e.expect("list[int]([1])", e.must(Call(e.th, listInt, []Value{Obj(NewList(ints(1)))}, nil)), nil, "[1]")
	e.expect("list[int].__args__", e.must(GetAttr(e.th, listInt, "__args__")), nil, "(<class 'int'>,)")
	_, err := GetItem(e.th, Obj(IntType), Int(3))
	e.expect("int[3]", Value{}, err, "TypeError: type 'int' is not subscriptable")

	a := e.class("A", nil, nil)
	union := e.must(Binary(e.th, OpOr, Obj(IntType), None))
	e.expect("int | None", union, nil, "int | None")
	e.expect("int | A", e.must(Binary(e.th, OpOr, Obj(IntType), Obj(a))), nil, "int | __main__.A")
	e.expect("isinstance(None, int | None)", e.must(e.builtin("isinstance", None, union)), nil, "True")
	e.expect("isinstance('', int | None)", e.must(e.builtin("isinstance", str(""), union)), nil, "False")
	_, err = e.builtin("isinstance", Obj(NewList(nil)), listInt)
	e.expect("isinstance([], list[int])", Value{}, err, "TypeError: isinstance() argument 2 cannot be a parameterized generic")
	_, err = GetItem(e.th, Obj(a), Obj(IntType))
	e.expect("A[int]", Value{}, err, "TypeError: type 'A' is not subscriptable")
}
