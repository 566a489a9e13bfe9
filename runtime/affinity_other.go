//go:build !linux

package runtime

// Outside Linux minipy does not set CPU affinity (macOS has no such call):
// --cpus N sets GOMAXPROCS only.

// cpuMask stands in for Linux's affinity mask.
type cpuMask struct{}

func (m *cpuMask) count() int { return 0 }

func processAffinity() (cpuMask, bool) { return cpuMask{}, false }

func setProcessAffinity(m cpuMask) bool { return false }

func confineToCPUs(n int) bool { return false }
