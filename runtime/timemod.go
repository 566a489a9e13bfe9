package runtime

import (
	"math"
	"time"
)

// The time module: wall clock, monotonic and CPU clocks, and sleep.

func init() {
	RegisterModule("time", newTimeModule)
}

// monoBase anchors the monotonic clocks; their values only have meaning as
// differences, as in CPython.
var monoBase = time.Now()

func newTimeModule(_ *Interpreter) (*Module, error) {
	m := NewModule("time")
	clock := func(name string, ns func() int64) {
		m.AddFunc(name, noArgFunc(name, func() Value { return Float(float64(ns()) / 1e9) }))
		m.AddFunc(name+"_ns", noArgFunc(name+"_ns", func() Value { return Int(ns()) }))
	}
	clock("time", func() int64 { return time.Now().UnixNano() })
	monotonic := func() int64 { return int64(time.Since(monoBase)) }
	clock("monotonic", monotonic)
	clock("perf_counter", monotonic)
	clock("process_time", processCPUTime)
	m.AddFunc("sleep", timeSleep)
	// thread_time needs the calling thread, so it is not a plain clock.
	m.AddFunc("thread_time", func(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		return threadTime(t, "thread_time", args, kwargs, func(ns int64) Value { return Float(float64(ns) / 1e9) })
	})
	m.AddFunc("thread_time_ns", func(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		return threadTime(t, "thread_time_ns", args, kwargs, Int)
	})
	return m, nil
}

// noArgFunc adapts a function of no arguments.
func noArgFunc(name string, fn func() Value) BuiltinFunc {
	return func(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if len(args) > 0 || len(kwargs) > 0 {
			return Value{}, Errorf(TypeErrorType, "time.%s() takes no arguments (%d given)", name, len(args)+len(kwargs))
		}
		return fn(), nil
	}
}

// timeSleep is time.sleep(secs). It wakes early when the thread's eval
// breaker asks for a KeyboardInterrupt, so that Ctrl-C is not delayed.
func timeSleep(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if len(kwargs) > 0 {
		return Value{}, Errorf(TypeErrorType, "time.sleep() takes no keyword arguments")
	}
	if len(args) != 1 {
		return Value{}, Errorf(TypeErrorType, "time.sleep() takes exactly one argument (%d given)", len(args))
	}
	var secs float64
	switch v := args[0]; {
	case v.IsFloat():
		secs = v.AsFloat()
		if math.IsNaN(secs) {
			return Value{}, Errorf(ValueErrorType, "Invalid value NaN (not a number)")
		}
	case IsIntegral(v):
		if _, big := v.obj.(*BigInt); big {
			return Value{}, Errorf(OverflowErrorType, "timestamp too large to convert to C _PyTime_t")
		}
		secs = float64(v.AsInt())
	default:
		if _, err := AsIndex(t, v); err != nil {
			return Value{}, err
		}
		f, err := ToFloat(t, v)
		if err != nil {
			return Value{}, err
		}
		secs = f.AsFloat()
	}
	if secs < 0 {
		return Value{}, Errorf(ValueErrorType, "sleep length must be non-negative")
	}
	if secs > float64(math.MaxInt64)/1e9 {
		return Value{}, Errorf(OverflowErrorType, "timestamp too large to convert to C _PyTime_t")
	}
	// Thread.Sleep releases the GIL, counts as blocked time and ends early
	// with KeyboardInterrupt on Ctrl-C.
	return None, t.Sleep(time.Duration(secs * 1e9))
}

// threadTime is time.thread_time(_ns): the CPU time of the calling thread
// (Thread.ThreadCPUTime binds it to its OS thread so the clock is its own).
func threadTime(t *Thread, name string, args []Value, kwargs []Kwarg, conv func(int64) Value) (Value, error) {
	if len(args) > 0 || len(kwargs) > 0 {
		return Value{}, Errorf(TypeErrorType, "time.%s() takes no arguments (%d given)", name, len(args)+len(kwargs))
	}
	return conv(t.ThreadCPUTime()), nil
}
