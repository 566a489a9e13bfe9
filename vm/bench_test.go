package vm

import (
	"testing"

	"minipy/runtime"
)

// benchFunction compiles src, runs it, and returns the function named name
// defined by it, with the thread to call it on.
func benchFunction(b *testing.B, src, name string) (*runtime.Thread, runtime.Value) {
	b.Helper()
	code := mustCompile(b, src)
	in := runtime.NewInterpreterIO(nil, &discard{}, &discard{})
	mod := runtime.NewModule("__main__")
	if err := Exec(in.MainThread, code, mod); err != nil {
		b.Fatal(err)
	}
	fn, ok := mod.Dict.GetStr(name)
	if !ok {
		b.Fatalf("no %s", name)
	}
	return in.MainThread, fn
}

// BenchmarkFib is recursive fib(25) (242785 calls) per op.
func BenchmarkFib(b *testing.B) {
	t, fib := benchFunction(b, "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n", "fib")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r, err := runtime.Call(t, fib, []runtime.Value{runtime.Int(25)}, nil)
		if err != nil || r.AsInt() != 75025 {
			b.Fatal(r, err)
		}
	}
}

// BenchmarkLoop is one iteration of `while i < n: total += i; i += 1` per
// op (the loop runs b.N times in one call), so -benchmem shows the
// allocations of one iteration: there are none.
func BenchmarkLoop(b *testing.B) {
	t, loop := benchFunction(b, "def loop(n):\n    total = 0\n    i = 0\n    while i < n:\n        total += i\n        i += 1\n    return total\n", "loop")
	b.ReportAllocs()
	b.ResetTimer()
	if _, err := runtime.Call(t, loop, []runtime.Value{runtime.Int(int64(b.N))}, nil); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkCall is one call of a small function per op (the calling loop
// is in minipy), to watch the cost of frames.
func BenchmarkCall(b *testing.B) {
	t, run := benchFunction(b, "def add(a, b):\n    return a + b\ndef run(n):\n    i = 0\n    while i < n:\n        i = add(i, 1)\n", "run")
	b.ReportAllocs()
	b.ResetTimer()
	if _, err := runtime.Call(t, run, []runtime.Value{runtime.Int(int64(b.N))}, nil); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkMethodCall is one list.append through LOAD_METHOD per op.
func BenchmarkMethodCall(b *testing.B) {
	t, run := benchFunction(b, "def run(n):\n    xs = []\n    for i in range(n):\n        xs.append(i)\n", "run")
	b.ReportAllocs()
	b.ResetTimer()
	if _, err := runtime.Call(t, run, []runtime.Value{runtime.Int(int64(b.N))}, nil); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkModuleLoop is one iteration of a loop at module level (globals
// stored every iteration, a builtin looked up every iteration) per op: the
// LOAD_GLOBAL cache must not slow it down.
func BenchmarkModuleLoop(b *testing.B) {
	src := "total = 0\ni = 0\nwhile i < N:\n    total += abs(i)\n    i += 1\n"
	code := mustCompile(b, src)
	in := runtime.NewInterpreterIO(nil, &discard{}, &discard{})
	mod := runtime.NewModule("__main__")
	mod.Dict.SetStr("N", runtime.Int(int64(b.N)))
	b.ReportAllocs()
	b.ResetTimer()
	if err := Exec(in.MainThread, code, mod); err != nil {
		b.Fatal(err)
	}
}
