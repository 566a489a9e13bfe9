package runtime

import (
	"strings"
	"testing"
)

// The sequences below were printed by python3 (3.11.7):
//
//	r = random.Random(SEED); [getattr(r, METHOD)(*ARGS, **KWARGS) for _ in range(3)]
//
// so a seeded minipy program draws CPython's numbers.
func TestRandomMatchesCPython(t *testing.T) {
	big := func(s string) Value {
		v, err := IntFromDecimal(s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	rng := func(e *testEnv, n int64) Value { return e.rng(n) }
	cases := []struct {
		seed   func(e *testEnv) Value
		method string
		args   func(e *testEnv) []Value
		kwargs []Kwarg
		want   string
	}{
		{func(*testEnv) Value { return Int(42) }, "random", nil, nil, "[0.6394267984578837, 0.025010755222666936, 0.27502931836911926]"},
		{func(*testEnv) Value { return Int(0) }, "random", nil, nil, "[0.8444218515250481, 0.7579544029403025, 0.420571580830845]"},
		{func(*testEnv) Value { return Int(-7) }, "random", nil, nil, "[0.32383276483316237, 0.15084917392450192, 0.6509344730398537]"},
		{func(*testEnv) Value { return big("1267650600228229401496703205381") }, "random", nil, nil, "[0.7033503239395905, 0.9851952005245675, 0.03063164465720125]"},
		{func(*testEnv) Value { return NewStr("hello") }, "random", nil, nil, "[0.3537754404730722, 0.6631985810268619, 0.5476053663383964]"},
		{func(*testEnv) Value { return NewBytes([]byte("hello")) }, "random", nil, nil, "[0.3537754404730722, 0.6631985810268619, 0.5476053663383964]"},
		{func(*testEnv) Value { return Float(3.25) }, "random", nil, nil, "[0.10626827177291942, 0.6665469378042543, 0.9030218842443141]"},
		{func(*testEnv) Value { return Float(-2.5) }, "random", nil, nil, "[0.4779490710306722, 0.3850051423533203, 0.5030143139643183]"},
		{func(*testEnv) Value { return True }, "random", nil, nil, "[0.13436424411240122, 0.8474337369372327, 0.763774618976614]"},
		{func(*testEnv) Value { return Int(1) }, "randint", func(*testEnv) []Value { return ints(1, 6) }, nil, "[2, 5, 1]"},
		{func(*testEnv) Value { return Int(2) }, "randrange", func(*testEnv) []Value { return ints(100) }, nil, "[7, 11, 10]"},
		{func(*testEnv) Value { return Int(3) }, "randrange", func(*testEnv) []Value { return ints(10, 1000, 7) }, nil, "[430, 983, 241]"},
		{func(*testEnv) Value { return Int(3) }, "randrange", func(*testEnv) []Value { return ints(1000, 10, -7) }, nil, "[580, 27, 769]"},
		{func(*testEnv) Value { return Int(4) }, "randrange", func(*testEnv) []Value { return []Value{big("1208925819614629174706176")} }, nil,
			"[249442468236199398843863, 1157854091259543084444621, 160820376890818425537370]"},
		{func(*testEnv) Value { return Int(4) }, "randrange", func(*testEnv) []Value {
			return []Value{big("-1180591620717411303424"), big("1180591620717411303424"), Int(3)}
		}, nil, "[-831765612894113697403, 501533300963422831463, -954244523177233036786]"},
		{func(*testEnv) Value { return Int(5) }, "getrandbits", func(*testEnv) []Value { return ints(100) }, nil,
			"[454911232961676339139289971781, 1104634716630602621625635556919, 706899414540038233555879984681]"},
		{func(*testEnv) Value { return Int(5) }, "getrandbits", func(*testEnv) []Value { return ints(32) }, nil, "[2675342405, 1097127993, 3185950873]"},
		{func(*testEnv) Value { return Int(5) }, "getrandbits", func(*testEnv) []Value { return ints(33) }, nil, "[2675342405, 3185950873, 7710297655]"},
		{func(*testEnv) Value { return Int(5) }, "getrandbits", func(*testEnv) []Value { return ints(64) }, nil,
			"[4712128852136459333, 6613812840851947673, 12736496262939004471]"},
		{func(*testEnv) Value { return Int(5) }, "getrandbits", func(*testEnv) []Value { return ints(0) }, nil, "[0, 0, 0]"},
		{func(*testEnv) Value { return Int(6) }, "choice", func(*testEnv) []Value { return []Value{NewStr("abcdefg")} }, nil, "['g', 'e', 'g']"},
		{func(*testEnv) Value { return Int(7) }, "sample", func(e *testEnv) []Value { return []Value{rng(e, 100), Int(10)} }, nil,
			"[[41, 19, 50, 83, 6, 9, 68, 12, 46, 74], [7, 64, 27, 4, 11, 55, 53, 8, 30, 70], [54, 7, 72, 15, 28, 80, 74, 73, 50, 6]]"},
		{func(*testEnv) Value { return Int(7) }, "sample", func(*testEnv) []Value { return []Value{NewStr("abcde"), Int(3)} }, nil,
			"[['c', 'b', 'd'], ['a', 'e', 'c'], ['a', 'c', 'd']]"},
		{func(*testEnv) Value { return Int(8) }, "choices", func(*testEnv) []Value { return []Value{NewStr("abc")} }, []Kwarg{{"k", Int(5)}},
			"[['a', 'c', 'a', 'c', 'a'], ['a', 'c', 'a', 'b', 'b'], ['b', 'b', 'a', 'c', 'a']]"},
		{func(*testEnv) Value { return Int(8) }, "choices", func(e *testEnv) []Value { return []Value{NewStr("abc"), e.list(ints(1, 2, 3)...)} }, []Kwarg{{"k", Int(5)}},
			"[['b', 'c', 'a', 'c', 'a'], ['b', 'c', 'b', 'c', 'b'], ['b', 'b', 'b', 'c', 'a']]"},
		{func(*testEnv) Value { return Int(8) }, "choices", func(*testEnv) []Value { return []Value{NewStr("abc")} },
			[]Kwarg{{"cum_weights", NewTuple([]Value{Int(1), Float(1.5), Int(4)})}, {"k", Int(4)}},
			"[['a', 'c', 'a', 'c'], ['a', 'a', 'c', 'a'], ['c', 'c', 'c', 'c']]"},
		{func(*testEnv) Value { return Int(9) }, "uniform", func(*testEnv) []Value { return ints(1, 10) }, nil, "[5.167066220335193, 4.3598073825553785, 2.246854712630097]"},
		{func(*testEnv) Value { return Int(9) }, "uniform", func(*testEnv) []Value { return []Value{Float(1.5), Int(2)} }, nil, "[1.7315036789075107, 1.686655965697521, 1.5692697062572276]"},
		{func(*testEnv) Value { return Int(10) }, "gauss", nil, nil, "[-0.9537170080633371, -0.45909415683868526, -0.5992494722090856]"},
		{func(*testEnv) Value { return Int(10) }, "normalvariate", func(*testEnv) []Value { return ints(5, 2) }, nil, "[5.428964407135667, 5.33749212083634, 5.62704372575021]"},
		{func(*testEnv) Value { return Int(10) }, "expovariate", func(*testEnv) []Value { return ints(2) }, nil, "[0.42361862491692925, 0.28008589407817674, 0.4314831708765586]"},
		{func(*testEnv) Value { return Int(11) }, "triangular", func(*testEnv) []Value { return ints(0, 10, 3) }, nil, "[3.8086002185036785, 4.448789954040175, 7.696685189050584]"},
		{func(*testEnv) Value { return Int(12) }, "randbytes", func(*testEnv) []Value { return ints(5) }, nil, `[b'\xdev}yD', b',\x1eP\xa8\x87', b'y\xe0\x99\xaaY']`},
		{func(*testEnv) Value { return Int(13) }, "sample", func(e *testEnv) []Value { return []Value{e.list(NewStr("r"), NewStr("g"), NewStr("b")), Int(4)} },
			[]Kwarg{{"counts", NewTuple(ints(3, 2, 1))}}, "[['r', 'b', 'r', 'g'], ['r', 'b', 'g', 'r'], ['b', 'r', 'g', 'r']]"},
		{func(*testEnv) Value { return Int(14) }, "sample", func(e *testEnv) []Value { return []Value{rng(e, 1000000), Int(5)} }, nil,
			"[[112017, 645795, 736714, 791890, 683715], [552716, 986030, 258930, 284284, 770841], [268200, 305152, 769717, 76153, 690434]]"},
		{func(*testEnv) Value { return Int(15) }, "lognormvariate", func(*testEnv) []Value { return ints(0, 1) }, nil, "[1.6174113748299126, 7.714374536579915, 0.5093654427381077]"},
		{func(*testEnv) Value { return Int(16) }, "paretovariate", func(*testEnv) []Value { return ints(3) }, nil, "[1.1613189958260652, 1.2439399862693372, 1.1970125918036365]"},
		{func(*testEnv) Value { return Int(16) }, "weibullvariate", func(*testEnv) []Value { return ints(1, 2) }, nil, "[0.6698277939508915, 0.8092288006574795, 0.7344976773051258]"},
	}
	for _, c := range cases {
		e := newTestEnv(t)
		r := e.must(RandomType.New(e.th, RandomType, []Value{c.seed(e)}, nil))
		seedText := e.repr(c.seed(e))
		meth := e.must(GetAttr(e.th, r, c.method))
		var args []Value
		if c.args != nil {
			args = c.args(e)
		}
		var got []Value
		for i := 0; i < 3; i++ {
			v, err := Call(e.th, meth, args, c.kwargs)
			if err != nil {
				t.Fatalf("Random(%s).%s: %v", seedText, c.method, err)
			}
			got = append(got, v)
		}
		if s := e.repr(e.list(got...)); s != c.want {
			t.Errorf("Random(%s).%s:\n got %s\nwant %s", seedText, c.method, s, c.want)
		}
	}
}

func TestRandomShuffleAndModule(t *testing.T) {
	e := newTestEnv(t)
	m, err := e.in.Import("random")
	if err != nil {
		t.Fatal(err)
	}
	call := func(name string, args ...Value) Value {
		fn, ok := m.Dict.GetStr(name)
		if !ok {
			t.Fatalf("random.%s missing", name)
		}
		return e.must(Call(e.th, fn, args, nil))
	}
	call("seed", Int(20))
	x := e.list(ints(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19)...)
	call("shuffle", x)
	// python3: r = random.Random(20); x = list(range(20)); r.shuffle(x)
	if got, want := e.repr(x), "[9, 12, 14, 16, 18, 17, 19, 7, 15, 2, 11, 1, 13, 6, 0, 5, 10, 3, 8, 4]"; got != want {
		t.Errorf("shuffle: got %s want %s", got, want)
	}
	call("seed", Int(42))
	state := call("getstate")
	a := call("random")
	call("setstate", state)
	if b := call("random"); e.repr(a) != e.repr(b) || e.repr(a) != "0.6394267984578837" {
		t.Errorf("getstate/setstate: %s then %s", e.repr(a), e.repr(b))
	}
}

// The error lines are what python3 prints for the same calls.
func TestRandomErrors(t *testing.T) {
	cases := []struct {
		method string
		args   func(e *testEnv) []Value
		kwargs []Kwarg
		want   string
	}{
		{"randint", func(*testEnv) []Value { return ints(1) }, nil, "TypeError: Random.randint() missing 1 required positional argument: 'b'"},
		{"randint", func(*testEnv) []Value { return ints(1, 2, 3) }, nil, "TypeError: Random.randint() takes 3 positional arguments but 4 were given"},
		{"randint", func(*testEnv) []Value { return ints(1) }, []Kwarg{{"b", Int(2)}, {"c", Int(3)}}, "TypeError: Random.randint() got an unexpected keyword argument 'c'"},
		{"randint", func(*testEnv) []Value { return ints(5, 1) }, nil, "ValueError: empty range for randrange() (5, 2, -3)"},
		{"randrange", func(*testEnv) []Value { return ints(0) }, nil, "ValueError: empty range for randrange()"},
		{"randrange", func(*testEnv) []Value { return ints(1, 5, 0) }, nil, "ValueError: zero step for randrange()"},
		{"randrange", func(*testEnv) []Value { return []Value{Float(1.5)} }, nil, "ValueError: non-integer arg 1 for randrange()"},
		{"randrange", func(*testEnv) []Value { return ints(10) }, []Kwarg{{"step", Int(2)}}, "TypeError: Missing a non-None stop argument"},
		{"randrange", func(*testEnv) []Value { return []Value{None} }, nil, "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'"},
		{"choice", func(e *testEnv) []Value { return []Value{e.list()} }, nil, "IndexError: Cannot choose from an empty sequence"},
		{"choice", func(*testEnv) []Value { return ints(5) }, nil, "TypeError: object of type 'int' has no len()"},
		{"sample", func(e *testEnv) []Value { return []Value{e.set(ints(1, 2)...), Int(1)} }, nil, "TypeError: Population must be a sequence.  For dicts or sets, use sorted(d)."},
		{"sample", func(e *testEnv) []Value { return []Value{e.list(ints(1, 2)...), Int(3)} }, nil, "ValueError: Sample larger than population or is negative"},
		{"sample", func(e *testEnv) []Value { return []Value{e.list(ints(1, 2)...), Int(1)} }, []Kwarg{{"counts", NewTuple(ints(1))}}, "ValueError: The number of counts does not match the population"},
		{"sample", func(e *testEnv) []Value { return []Value{e.list(ints(1, 2)...), Int(1)} }, []Kwarg{{"counts", NewTuple([]Value{Float(1.5), Int(1)})}}, "TypeError: Counts must be integers"},
		{"choices", func(e *testEnv) []Value { return []Value{e.list(ints(1, 2)...), Int(3)} }, nil, "TypeError: The number of choices must be a keyword argument: k=3"},
		{"choices", func(e *testEnv) []Value { return []Value{e.list(ints(1, 2)...), e.list(ints(1)...)} }, nil, "ValueError: The number of weights does not match the population"},
		{"choices", func(e *testEnv) []Value { return []Value{e.list(ints(1, 2)...), e.list(ints(0, 0)...)} }, nil, "ValueError: Total of weights must be greater than zero"},
		{"getrandbits", func(*testEnv) []Value { return ints(-1) }, nil, "ValueError: number of bits must be non-negative"},
		{"getrandbits", func(*testEnv) []Value { return nil }, nil, "TypeError: Random.getrandbits() takes exactly one argument (0 given)"},
		{"random", func(*testEnv) []Value { return ints(1) }, nil, "TypeError: Random.random() takes no arguments (1 given)"},
		{"shuffle", func(e *testEnv) []Value { return []Value{e.tuple(ints(1, 2)...)} }, nil, "TypeError: 'tuple' object does not support item assignment"},
		{"gauss", func(*testEnv) []Value { return ints(0, 1, 2) }, nil, "TypeError: Random.gauss() takes from 1 to 3 positional arguments but 4 were given"},
		{"seed", func(e *testEnv) []Value { return []Value{e.list()} }, nil, "TypeError: The only supported seed types are: None,\nint, float, str, bytes, and bytearray."},
	}
	for _, c := range cases {
		e := newTestEnv(t)
		r := e.must(RandomType.New(e.th, RandomType, []Value{Int(1)}, nil))
		meth := e.must(GetAttr(e.th, r, c.method))
		_, err := Call(e.th, meth, c.args(e), c.kwargs)
		if got := errText(err); got != c.want {
			t.Errorf("%s: got %q want %q", c.method, got, c.want)
		}
	}
	e := newTestEnv(t)
	if _, err := RandomType.New(e.th, RandomType, ints(1, 2), nil); !strings.Contains(errText(err), "Random.__init__() takes from 1 to 2 positional arguments but 3 were given") {
		t.Errorf("Random(1, 2): %v", err)
	}
}
