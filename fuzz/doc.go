// Package fuzz holds minipy's fuzz target, FuzzRun: it feeds arbitrary
// source text through the whole pipeline (lang.Parse, vm.Compile, vm.Exec)
// in-process and fails only on a Go panic or on an error of the wrong kind.
// Any Python exception or SyntaxError is a correct answer.
//
//	go test ./fuzz                                  # the seed corpus only
//	go test ./fuzz -run=^$ -fuzz=FuzzRun -fuzztime=10m
//
// Crashers are saved by go under testdata/fuzz/FuzzRun/ and then run as
// part of the ordinary tests, so a fixed crash stays fixed.
package fuzz
