//go:build race

package conformance

// raceEnabled: the test binary is built with -race, so minipy is too.
const raceEnabled = true
