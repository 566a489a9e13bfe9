package runtime

import (
	"testing"
	"time"
)

// TestThreadTracksMatchStats: the logged transitions of each thread, summed
// per state, give the same times as its --stats totals (one source), and
// they are in time order, ending in ThreadDone.
func TestThreadTracksMatchStats(t *testing.T) {
	in := newGILInterp(true)
	in.SetEventLog(true)
	ths := runSteppingThreads(in, 200, time.Microsecond)
	tracks, _ := in.ThreadTracks()
	byName := map[string]ThreadTrack{}
	for _, tr := range tracks {
		byName[tr.Name] = tr
	}
	for _, th := range ths {
		st := th.Stats()
		tr, ok := byName[st.Name]
		if !ok {
			t.Fatalf("no track for %s", st.Name)
		}
		if tr.Lost || len(tr.Events) < 2 || tr.Events[len(tr.Events)-1].State != ThreadDone {
			t.Fatalf("%s: track lost=%v with %d events, last not done", st.Name, tr.Lost, len(tr.Events))
		}
		var spent [ThreadDone]time.Duration
		for i, e := range tr.Events[:len(tr.Events)-1] {
			next := tr.Events[i+1].At
			if next < e.At {
				t.Fatalf("%s: events out of order at %d", st.Name, i)
			}
			spent[e.State] += next - e.At
		}
		if spent[ThreadRunning] != st.Running || spent[ThreadWaitingGIL] != st.WaitingGIL || spent[ThreadBlocked] != st.Blocked {
			t.Errorf("%s: track sums running %v waiting %v blocked %v; stats %v %v %v", st.Name,
				spent[ThreadRunning], spent[ThreadWaitingGIL], spent[ThreadBlocked], st.Running, st.WaitingGIL, st.Blocked)
		}
	}
}

// TestThreadTracksOff: without SetEventLog nothing is recorded.
func TestThreadTracksOff(t *testing.T) {
	in := newGILInterp(false)
	th := in.NewThread("quiet")
	th.Begin()
	th.End()
	tracks, _ := in.ThreadTracks()
	for _, tr := range tracks {
		if len(tr.Events) != 0 {
			t.Errorf("%s logged %d events with the log off", tr.Name, len(tr.Events))
		}
	}
}

// TestEventLogBound: a thread's log stops at its bound and says so.
func TestEventLogBound(t *testing.T) {
	in := newGILInterp(false)
	in.SetEventLog(true)
	th := in.NewThread("busy")
	th.Begin()
	for i := 0; i < maxThreadEvents; i++ {
		th.BeginBlocking()
		th.EndBlocking()
	}
	th.End()
	tracks, _ := in.ThreadTracks()
	for _, tr := range tracks {
		if tr.Name == "busy" && (!tr.Lost || len(tr.Events) != maxThreadEvents) {
			t.Errorf("busy: lost=%v, %d events; want lost at %d", tr.Lost, len(tr.Events), maxThreadEvents)
		}
	}
}
