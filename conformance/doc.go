// Package conformance holds minipy's conformance suite: it runs every script
// under testdata/{core,model,syntax,stdlib,threads,procs,async} with the minipy
// binary and compares stdout, exit status and stderr with the goldens that
// python3 (CPython 3.11) produced for the same script (see
// testdata/README.md and scripts/update-goldens). The threads and procs
// scripts run twice, with the GIL off and on (sub-tests name and name/gil),
// against the same golden.
//
// The package has no code of its own; everything is in its tests:
//
//	go test ./conformance                    # minipy against the goldens
//	go test ./conformance -run Core/closure  # one script
//	go test ./conformance -update            # regenerate goldens with python3
//
// Scripts for features not built yet are listed, one name per line, in
// testdata/<dir>/known_failures.txt ("name --gil" for a failure in one
// mode only). A listed script must still fail: when it starts passing the
// suite says so, and the line must be removed.
package conformance
