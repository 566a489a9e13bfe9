//go:build !race

package runtime

// raceEnabled tells the end-to-end tests to build minipy with -race too.
const raceEnabled = false
