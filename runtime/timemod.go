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
	clock("thread_time", threadCPUTime)
	m.AddFunc("sleep", timeSleep)
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
	sleepInterruptibly(t, time.Duration(secs*1e9))
	return None, nil
}

// sleepInterruptibly sleeps for d, checking the thread's eval breaker for
// a pending interrupt every few milliseconds.
func sleepInterruptibly(t *Thread, d time.Duration) {
	const tick = 20 * time.Millisecond
	deadline := time.Now().Add(d)
	for {
		left := time.Until(deadline)
		if left <= 0 {
			return
		}
		if t != nil && t.Breaker.Load()&BreakInterrupt != 0 {
			return
		}
		time.Sleep(min(left, tick))
	}
}
