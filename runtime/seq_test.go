package runtime

import "testing"

func sl(start, stop, step Value) Value { return NewSlice(start, stop, step) }

func TestListTupleRangeBehaviour(t *testing.T) {
	l123 := func(e *testEnv) Value { return e.list(ints(1, 2, 3)...) }
	runExprCases(t, []exprCase{
		{"l = [1]; l.append(l)", func(e *testEnv) (Value, error) {
			l := e.list(Int(1))
			_, err := e.method(l, "append", l)
			return l, err
		}, "[1, [...]]"},
		{"[].pop()", func(e *testEnv) (Value, error) { return e.method(e.list(), "pop") }, "IndexError: pop from empty list"},
		{"[1].pop(5)", func(e *testEnv) (Value, error) { return e.method(e.list(Int(1)), "pop", Int(5)) }, "IndexError: pop index out of range"},
		{"[1].remove(2)", func(e *testEnv) (Value, error) { return e.method(e.list(Int(1)), "remove", Int(2)) }, "ValueError: list.remove(x): x not in list"},
		{"[1].index(2)", func(e *testEnv) (Value, error) { return e.method(e.list(Int(1)), "index", Int(2)) }, "ValueError: 2 is not in list"},
		{"[1, 2, 1].index(1, 1)", func(e *testEnv) (Value, error) { return e.method(e.list(ints(1, 2, 1)...), "index", Int(1), Int(1)) }, "2"},
		{"[1][5]", func(e *testEnv) (Value, error) { return GetItem(e.th, e.list(Int(1)), Int(5)) }, "IndexError: list index out of range"},
		{"[1]['a']", func(e *testEnv) (Value, error) { return GetItem(e.th, e.list(Int(1)), str("a")) }, "TypeError: list indices must be integers or slices, not str"},
		{"[1] + (1,)", func(e *testEnv) (Value, error) { return Binary(e.th, OpAdd, e.list(Int(1)), e.tuple(Int(1))) }, "TypeError: can only concatenate list (not \"tuple\") to list"},
		{"(1,) + [1]", func(e *testEnv) (Value, error) { return Binary(e.th, OpAdd, e.tuple(Int(1)), e.list(Int(1))) }, "TypeError: can only concatenate tuple (not \"list\") to tuple"},
		{"[1] * 'a'", func(e *testEnv) (Value, error) { return Binary(e.th, OpMul, e.list(Int(1)), str("a")) }, "TypeError: can't multiply sequence by non-int of type 'str'"},
		{"2 * [1, 2]", func(e *testEnv) (Value, error) { return Binary(e.th, OpMul, Int(2), e.list(ints(1, 2)...)) }, "[1, 2, 1, 2]"},
		{"[1] < (1,)", func(e *testEnv) (Value, error) { return RichCompare(e.th, e.list(Int(1)), e.tuple(Int(1)), LT) }, "TypeError: '<' not supported between instances of 'list' and 'tuple'"},
		{"[1, 2] < [1, 3]", func(e *testEnv) (Value, error) {
			return RichCompare(e.th, e.list(ints(1, 2)...), e.list(ints(1, 3)...), LT)
		}, "True"},
		{"[1, 2] < [1, 2, 0]", func(e *testEnv) (Value, error) {
			return RichCompare(e.th, e.list(ints(1, 2)...), e.list(ints(1, 2, 0)...), LT)
		}, "True"},
		{"(1, 'a') < (1, 2)", func(e *testEnv) (Value, error) {
			return RichCompare(e.th, e.tuple(Int(1), str("a")), e.tuple(ints(1, 2)...), LT)
		}, "TypeError: '<' not supported between instances of 'str' and 'int'"},
		{"[1, 2, 3][::-1]", func(e *testEnv) (Value, error) { return GetItem(e.th, l123(e), sl(None, None, Int(-1))) }, "[3, 2, 1]"},
		{"[1, 2, 3][-2:]", func(e *testEnv) (Value, error) { return GetItem(e.th, l123(e), sl(Int(-2), None, None)) }, "[2, 3]"},
		{"[1, 2, 3][1:2:0]", func(e *testEnv) (Value, error) { return GetItem(e.th, l123(e), sl(Int(1), Int(2), Int(0))) }, "ValueError: slice step cannot be zero"},
		{"[1]['a':]", func(e *testEnv) (Value, error) { return GetItem(e.th, l123(e), sl(str("a"), None, None)) }, "TypeError: slice indices must be integers or None or have an __index__ method"},
		{"l = [1, 2, 3]; l[1:2] = 'abc'", func(e *testEnv) (Value, error) {
			l := l123(e)
			return l, SetItem(e.th, l, sl(Int(1), Int(2), None), str("abc"))
		}, "[1, 'a', 'b', 'c', 3]"},
		{"l = [1, 2, 3]; l[::2] = [1]", func(e *testEnv) (Value, error) {
			return None, SetItem(e.th, l123(e), sl(None, None, Int(2)), e.list(Int(1)))
		}, "ValueError: attempt to assign sequence of size 1 to extended slice of size 2"},
		{"l = [1, 2, 3]; l[::-2] = [8, 9]", func(e *testEnv) (Value, error) {
			l := l123(e)
			return l, SetItem(e.th, l, sl(None, None, Int(-2)), e.list(ints(8, 9)...))
		}, "[9, 2, 8]"},
		{"l = list(range(10)); del l[::-3]", func(e *testEnv) (Value, error) {
			l := e.must(e.builtin("list", e.rng(10)))
			return l, DelItem(e.th, l, sl(None, None, Int(-3)))
		}, "[1, 2, 4, 5, 7, 8]"},
		{"l = [1, 2, 3]; l[3:0] = [7]", func(e *testEnv) (Value, error) {
			l := l123(e)
			return l, SetItem(e.th, l, sl(Int(3), Int(0), None), e.list(Int(7)))
		}, "[1, 2, 3, 7]"},
		{"l = [1, 2, 3]; del l[5]", func(e *testEnv) (Value, error) { return None, DelItem(e.th, l123(e), Int(5)) }, "IndexError: list assignment index out of range"},
		{"l = [1, 2]; l += range(2); l *= 2", func(e *testEnv) (Value, error) {
			l := e.list(ints(1, 2)...)
			l2 := e.inplace(OpAdd, l, e.rng(2))
			return e.inplace(OpMul, l2, Int(2)), nil
		}, "[1, 2, 0, 1, 1, 2, 0, 1]"},
		{"l = [3, 1, 2]; l.insert(-10, 0); l.insert(10, 9)", func(e *testEnv) (Value, error) {
			l := e.list(ints(3, 1, 2)...)
			e.must(e.method(l, "insert", Int(-10), Int(0)))
			_, err := e.method(l, "insert", Int(10), Int(9))
			return l, err
		}, "[0, 3, 1, 2, 9]"},
		{"[1, 'a'].sort()", func(e *testEnv) (Value, error) { return e.method(e.list(Int(1), str("a")), "sort") }, "TypeError: '<' not supported between instances of 'str' and 'int'"},
		{"sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=lambda p: p[0], reverse=True)", func(e *testEnv) (Value, error) {
			key := NewBuiltin("first", func(t *Thread, args []Value, _ []Kwarg) (Value, error) { return GetItem(t, args[0], Int(0)) })
			items := e.list(e.tuple(Int(1), str("b")), e.tuple(Int(0), str("z")), e.tuple(Int(1), str("a")))
			return e.callKw("sorted", []Value{items}, Kwarg{"key", key}, Kwarg{"reverse", True})
		}, "[(1, 'b'), (1, 'a'), (0, 'z')]"},
		{"sorted(['b', 'a', 'é', 'B'])", func(e *testEnv) (Value, error) {
			return e.builtin("sorted", e.list(str("b"), str("a"), str("é"), str("B")))
		}, "['B', 'a', 'b', 'é']"},
		{"sorted([3, 1.5, True, -2])", func(e *testEnv) (Value, error) {
			return e.builtin("sorted", e.list(Int(3), Float(1.5), True, Int(-2)))
		}, "[-2, True, 1.5, 3]"},
		{"sorted([], 1)", func(e *testEnv) (Value, error) { return e.builtin("sorted", e.list(), Int(1)) }, "TypeError: sorted expected 1 argument, got 2"},
		{"[].sort(foo=1)", func(e *testEnv) (Value, error) {
			return Call(e.th, e.must(GetAttr(e.th, e.list(), "sort")), nil, []Kwarg{{"foo", Int(1)}})
		}, "TypeError: 'foo' is an invalid keyword argument for sort()"},
		{"list(1, 2)", func(e *testEnv) (Value, error) { return e.builtin("list", Int(1), Int(2)) }, "TypeError: list expected at most 1 argument, got 2"},
		{"[].append()", func(e *testEnv) (Value, error) { return e.method(e.list(), "append") }, "TypeError: list.append() takes exactly one argument (0 given)"},
		{"(1,)", func(e *testEnv) (Value, error) { return e.tuple(Int(1)), nil }, "(1,)"},
		{"(1,)[3]", func(e *testEnv) (Value, error) { return GetItem(e.th, e.tuple(Int(1)), Int(3)) }, "IndexError: tuple index out of range"},
		{"(1,).index(3)", func(e *testEnv) (Value, error) { return e.method(e.tuple(Int(1)), "index", Int(3)) }, "ValueError: tuple.index(x): x not in tuple"},
		{"(1, 2, 1).count(1)", func(e *testEnv) (Value, error) { return e.method(e.tuple(ints(1, 2, 1)...), "count", Int(1)) }, "2"},
		{"().count()", func(e *testEnv) (Value, error) { return e.method(e.tuple(), "count") }, "TypeError: tuple.count() takes exactly one argument (0 given)"},
		{"tuple(x=1)", func(e *testEnv) (Value, error) { return e.callKw("tuple", nil, Kwarg{"x", Int(1)}) }, "TypeError: tuple() takes no keyword arguments"},
		{"range(1.5)", func(e *testEnv) (Value, error) { return e.builtin("range", Float(1.5)) }, "TypeError: 'float' object cannot be interpreted as an integer"},
		{"range()", func(e *testEnv) (Value, error) { return e.builtin("range") }, "TypeError: range expected at least 1 argument, got 0"},
		{"range(1, 2, 0)", func(e *testEnv) (Value, error) { return e.builtin("range", ints(1, 2, 0)...) }, "ValueError: range() arg 3 must not be zero"},
		{"range(5)[10]", func(e *testEnv) (Value, error) { return GetItem(e.th, e.rng(5), Int(10)) }, "IndexError: range object index out of range"},
		{"range(5).index(10)", func(e *testEnv) (Value, error) { return e.method(e.rng(5), "index", Int(10)) }, "ValueError: 10 is not in range"},
		{"range(0, 10, 3)[1:]", func(e *testEnv) (Value, error) { return GetItem(e.th, e.rng(0, 10, 3), sl(Int(1), None, None)) }, "range(3, 12, 3)"},
		{"range(0, 10, 3)[::-1]", func(e *testEnv) (Value, error) { return GetItem(e.th, e.rng(0, 10, 3), sl(None, None, Int(-1))) }, "range(9, -3, -3)"},
		{"range(0) == range(5, 2)", func(e *testEnv) (Value, error) { return RichCompare(e.th, e.rng(0), e.rng(5, 2), EQ) }, "True"},
		{"hash(range(3))", func(e *testEnv) (Value, error) { return e.builtin("hash", e.rng(3)) }, "-8338477496398685190"},
		{"list(reversed(range(1, 10, 4)))", func(e *testEnv) (Value, error) {
			return e.builtin("list", e.must(e.builtin("reversed", e.rng(1, 10, 4))))
		}, "[9, 5, 1]"},
		{"7 in range(1, 10, 3)", func(e *testEnv) (Value, error) {
			in, err := Contains(e.th, e.rng(1, 10, 3), Int(7))
			return Bool(in), err
		}, "True"},
		{"len(range(-5, 5, 3)), range(10, 0, -3)", func(e *testEnv) (Value, error) {
			return e.tuple(e.must(e.builtin("len", e.rng(-5, 5, 3))), e.rng(10, 0, -3)), nil
		}, "(4, range(10, 0, -3))"},
		{"slice(None, None, -1).indices(5)", func(e *testEnv) (Value, error) { return e.method(sl(None, None, Int(-1)), "indices", Int(5)) }, "(4, -1, -1)"},
		{"slice(1)", func(e *testEnv) (Value, error) { return e.builtin("slice", Int(1)) }, "slice(None, 1, None)"},
		{"hash(slice(1))", func(e *testEnv) (Value, error) { return e.builtin("hash", sl(None, Int(1), None)) }, "TypeError: unhashable type: 'slice'"},
	})
}
