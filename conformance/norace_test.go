//go:build !race

package conformance

// raceEnabled: the test binary is built without -race.
const raceEnabled = false
