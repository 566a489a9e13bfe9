package runtime

import (
	goruntime "runtime"
	"testing"
)

// TestConfineToCPUs: every OS thread of the process ends up with the mask,
// the ones started before the call as much as those started after.
func TestConfineToCPUs(t *testing.T) {
	saved, ok := processAffinity()
	if !ok {
		t.Skip("sched_getaffinity failed")
	}
	t.Cleanup(func() { setProcessAffinity(saved) })
	// Start some OS threads first: locked goroutines parked on a channel.
	release := make(chan struct{})
	done := make(chan struct{})
	for range 4 {
		go func() {
			goruntime.LockOSThread()
			<-release
			if m, _ := threadAffinity(0); m.count() != 1 {
				t.Errorf("a thread started before confineToCPUs has %d CPUs", m.count())
			}
			goruntime.UnlockOSThread()
			done <- struct{}{}
		}()
	}
	if !confineToCPUs(1) {
		t.Fatal("confineToCPUs(1) failed")
	}
	close(release)
	for range 4 {
		<-done
	}
	if m, _ := threadAffinity(0); m.count() != 1 || m != saved.first(1) {
		t.Errorf("calling thread: %d CPUs, want the first of the old mask", m.count())
	}
	if confineToCPUs(saved.count() + 1) {
		t.Error("confineToCPUs(more than the mask has) reported success")
	}
}
