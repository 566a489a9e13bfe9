package main

import (
	"os"
	"runtime/debug"
)

// defaultGCPercent is the collector's GOGC unless the environment sets
// one. minipy's values are 24-byte structs holding pointers, so a big list
// or dict is memory the collector must scan on every cycle, and with Go's
// default of 100 a program that builds one pays for many cycles while its
// heap is small. Measured on bench/ (minimum of 12 interleaved runs): 400
// cuts list_append by a third and dict_ops and str_join by a sixth,
// against 200 and 800 which gained less; fib and the loops do not
// allocate and do not change. The price is a heap of up to five times the
// live data instead of two.
const defaultGCPercent = 400

// tuneGC applies defaultGCPercent; an explicit GOGC wins.
func tuneGC() {
	if _, set := os.LookupEnv("GOGC"); !set {
		debug.SetGCPercent(defaultGCPercent)
	}
}
