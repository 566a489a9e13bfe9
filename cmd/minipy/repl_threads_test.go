package main

import (
	"io"
	"strings"
	"testing"
	"time"

	"minipy/runtime"
)

// String is the transcript so far (syncBuffer is in lineio_test.go).
func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// threadSession is a REPL of its own (as `minipy` on a terminal starts it)
// fed through a pipe, with Ctrl-C delivered by the test.
type threadSession struct {
	t      *testing.T
	in     *io.PipeWriter
	out    *syncBuffer
	intr   *interrupter
	status chan int
	sent   int // lines typed so far
}

func startThreadSession(t *testing.T, flags ...string) *threadSession {
	t.Helper()
	opts, err := parseArgs(append(flags, "-q", "-i"))
	if err != nil {
		t.Fatal(err)
	}
	pr, pw := io.Pipe()
	out := &syncBuffer{}
	interp := runtime.NewInterpreterIO(pr, out, out)
	opts.threads.apply(interp)
	intr := newInterrupter(interp.MainThread, out, func() {})
	intr.onStuck = func() { t.Error("a Ctrl-C was not delivered before the next one") }
	s := &threadSession{t: t, in: pw, out: out, intr: intr, status: make(chan int, 1)}
	go func() {
		s.status <- startREPL(interp, nil, opts, streams{stdin: pr, stdout: out, stderr: out}, intr, sessionOwn)
	}()
	t.Cleanup(intr.stop)
	return s
}

// send types one line.
func (s *threadSession) send(line string) {
	if _, err := io.WriteString(s.in, line+"\n"); err != nil {
		s.t.Fatal(err)
	}
	s.sent++
}

// waitFor waits until the transcript holds want n times.
func (s *threadSession) waitFor(want string, n int) {
	s.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for strings.Count(s.out.String(), want) < n {
		if time.Now().After(deadline) {
			s.t.Fatalf("no %d× %q in:\n%s", n, want, s.out.String())
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// ctrlC presses Ctrl-C once the line just sent is running: the REPL has
// shown a prompt for each line sent (it shows the next one only after the
// line ran) and runs code.
func (s *threadSession) ctrlC() {
	s.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	prompts := func() int {
		out := s.out.String()
		return strings.Count(out, ps1) + strings.Count(out, ps2)
	}
	for prompts() < s.sent || !s.intr.running.Load() {
		if time.Now().After(deadline) {
			s.t.Fatal("the input never started running")
		}
		time.Sleep(time.Millisecond)
	}
	s.intr.interrupt()
}

// end presses Ctrl-D and returns the exit status and the transcript.
func (s *threadSession) end() (int, string) {
	s.in.Close()
	select {
	case st := <-s.status:
		return st, s.out.String()
	case <-time.After(30 * time.Second):
		s.t.Fatalf("the session did not end:\n%s", s.out.String())
	}
	return 0, ""
}

// TestREPLThreads: in a session of its own, in both GIL modes, Ctrl-C
// during t.join() and during time.sleep raises KeyboardInterrupt and the
// session goes on; a thread that raises prints its traceback and the
// session goes on; at Ctrl-D the session waits for its non-daemon thread
// (whose output comes before the end), as CPython's does.
func TestREPLThreads(t *testing.T) {
	for _, mode := range []string{"--gil=false", "--gil=true"} {
		t.Run(mode, func(t *testing.T) {
			s := startThreadSession(t, mode)
			s.send("import threading, time")
			s.send("ev = threading.Event()")
			s.send("t = threading.Thread(target=ev.wait, args=(20,)); t.start()")
			s.send("t.join()")
			s.ctrlC()
			s.waitFor("KeyboardInterrupt", 1)
			s.send("time.sleep(20)")
			s.ctrlC()
			s.waitFor("KeyboardInterrupt", 2)
			s.send("ev.set(); t.join(); print('joined', t.is_alive())")
			s.waitFor("joined False", 1)
			s.send("def bad(): raise ValueError('boom')")
			s.send("")
			s.send("threading.Thread(target=bad, name='bad-one').start()")
			s.waitFor("ValueError: boom", 1)
			s.send("print('still here')")
			s.waitFor("still here", 1)
			s.send("def late(): time.sleep(0.2); print('late thread done')")
			s.send("")
			s.send("threading.Thread(target=late).start()")
			status, out := s.end()
			if status != 0 {
				t.Errorf("status %d:\n%s", status, out)
			}
			for _, want := range []string{
				"Exception in thread bad-one:\nTraceback (most recent call last):",
				"late thread done\n",
			} {
				if !strings.Contains(out, want) {
					t.Errorf("no %q in:\n%s", want, out)
				}
			}
			if strings.Count(out, "KeyboardInterrupt\n") != 2 {
				t.Errorf("want 2 KeyboardInterrupts:\n%s", out)
			}
		})
	}
}
