package vm

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"minipy/runtime"
)

// The GIL's check points, asserted by counts: with the GIL on, four threads
// doing `counter += 1` lose no update (no thread switch can fall between
// the load and the store, as in CPython 3.11), while a call between the
// read and the write (a function entry is a check point) loses some.

const gilRaceProgram = `import sys, threading
sys.setswitchinterval(0.0001)
counter = 0
def f():
    pass
def atomic(n):
    global counter
    for i in range(n):
        counter += 1
def racy(n):
    global counter
    for i in range(n):
        tmp = counter
        f()
        counter = tmp + 1
ts = [threading.Thread(target=WORK, args=(N,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter, sys._is_gil_enabled())
`

// runWithGIL runs src as a main program with the GIL enabled.
func runWithGIL(t *testing.T, src string) (string, string, int) {
	t.Helper()
	needParser(t)
	var out, errb bytes.Buffer
	in := runtime.NewInterpreterIO(strings.NewReader(""), &out, &errb)
	in.GIL.Enabled = true
	status := RunMain(in, "gil.py", []byte(src))
	return out.String(), errb.String(), status
}

// raceCount runs the race program with work function work and n
// iterations per thread, and returns the final counter.
func raceCount(t *testing.T, work string, n int) int {
	t.Helper()
	src := strings.NewReplacer("WORK", work, "N", strconv.Itoa(n)).Replace(gilRaceProgram)
	out, errOut, status := runWithGIL(t, src)
	fields := strings.Fields(out)
	if status != 0 || len(fields) != 2 || fields[1] != "True" {
		t.Fatalf("status %d, stdout %q, stderr:\n%s", status, out, errOut)
	}
	count, err := strconv.Atoi(fields[0])
	if err != nil {
		t.Fatal(err)
	}
	return count
}

func TestGILNoLostUpdates(t *testing.T) {
	const n = 50000
	if got := raceCount(t, "atomic", n); got != 4*n {
		t.Errorf("counter += 1 in 4 threads with the GIL: %d, want %d (no lost update)", got, 4*n)
	}
}

func TestGILLostUpdatesAcrossCall(t *testing.T) {
	const n = 200000
	// Thousands of switches happen at a 100 µs interval; about half of
	// them fall between the read and the write.
	if got := raceCount(t, "racy", n); got >= 4*n {
		t.Errorf("tmp = counter; f(); counter = tmp + 1 in 4 threads with the GIL: %d, want fewer than %d (lost updates)", got, 4*n)
	}
}

// The main program waits for its non-daemon threads, as CPython does at
// exit, with the GIL on too.
func TestGILNonDaemonThreadsJoinedAtExit(t *testing.T) {
	src := "import threading, time\ndef late():\n    time.sleep(0.01)\n    print('late thread done')\nthreading.Thread(target=late).start()\nprint('main done')\n"
	out, errOut, status := runWithGIL(t, src)
	if want := "main done\nlate thread done\n"; status != 0 || out != want {
		t.Errorf("status %d, stdout %q, want %q; stderr:\n%s", status, out, want, errOut)
	}
}
