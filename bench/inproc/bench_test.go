// Package inproc runs the whole-program benchmarks of bench/*.py inside the
// test process, so that `go test -bench . -cpuprofile` profiles exactly what
// bench/run.py times (minus process start-up).
//
//	go test ./bench/inproc/ -run - -bench . -benchmem
//	go test ./bench/inproc/ -run - -bench DictOps -cpuprofile cpu.out
//	go tool pprof -top cpu.out
package inproc

import (
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"testing"

	"minipy/runtime"
	"minipy/vm"
)

// TestMain runs the benchmarks with the collector setting of the minipy
// command (cmd/minipy/gc.go), unless GOGC is set.
func TestMain(m *testing.M) {
	if _, set := os.LookupEnv("GOGC"); !set {
		debug.SetGCPercent(400)
	}
	os.Exit(m.Run())
}

// runProgram compiles and runs bench/<name>.py once per iteration in a
// fresh interpreter, its output discarded, as `minipy bench/<name>.py` would.
func runProgram(b *testing.B, name string) {
	b.Helper()
	runFile(b, filepath.Join("..", name+".py"))
}

// runFile is runProgram for any script path.
func runFile(b *testing.B, path string) {
	b.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	code, err := vm.CompileSource(path, src, vm.ModeFile)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		in := runtime.NewInterpreterIO(nil, io.Discard, io.Discard)
		if err := vm.Exec(in.MainThread, code, runtime.NewModule("__main__")); err != nil {
			b.Fatal(err)
		}
		in.Flush()
	}
}

// BenchmarkDictOps is bench/dict_ops.py: str keys built by concatenation,
// dict inserts and lookups.
func BenchmarkDictOps(b *testing.B) { runProgram(b, "dict_ops") }

// BenchmarkFib is bench/fib.py: recursive calls and small-int arithmetic.
func BenchmarkFib(b *testing.B) { runProgram(b, "fib") }

// BenchmarkFloatLoop is bench/float_loop.py: float arithmetic.
func BenchmarkFloatLoop(b *testing.B) { runProgram(b, "float_loop") }

// BenchmarkListAppend is bench/list_append.py: list.append and for-in.
func BenchmarkListAppend(b *testing.B) { runProgram(b, "list_append") }

// BenchmarkLoop is bench/loop.py: a while loop over locals and ints.
func BenchmarkLoop(b *testing.B) { runProgram(b, "loop") }

// BenchmarkStrJoin is bench/str_join.py: "".join of a generator of str(i).
func BenchmarkStrJoin(b *testing.B) { runProgram(b, "str_join") }

// BenchmarkFile runs the script named by $MINIPY_BENCH_FILE (skipped when
// unset): a way to profile any program the same way.
//
//	MINIPY_BENCH_FILE=/tmp/x.py go test ./bench/inproc/ -run - -bench File -cpuprofile cpu.out
func BenchmarkFile(b *testing.B) {
	path := os.Getenv("MINIPY_BENCH_FILE")
	if path == "" {
		b.Skip("MINIPY_BENCH_FILE is not set")
	}
	runFile(b, path)
}
