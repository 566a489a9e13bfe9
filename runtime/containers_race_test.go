package runtime

import (
	"sync"
	"testing"
)

// Concurrency: 8 goroutines share one list, one dict and one set, mixing
// writes, reads and iteration. Run with -race: the per-object locks must
// keep the race detector quiet, and the invariants below must hold (every
// appended item is somewhere, lengths add up).

const (
	raceWorkers = 8
	racePerW    = 2000
)

func TestListConcurrent(t *testing.T) {
	e := newTestEnv(t)
	l := NewList(nil)
	var wg sync.WaitGroup
	popped := make([][]Value, raceWorkers)
	for w := 0; w < raceWorkers; w++ {
		wg.Add(1)
		th := e.in.NewThread("w") // before the goroutine starts (objlock.go)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < racePerW; i++ {
				l.Append(Int(int64(w*racePerW + i)))
				if i%4 == 3 {
					if v, err := l.Pop(-1); err == nil {
						popped[w] = append(popped[w], v)
					}
				}
				if i%16 == 0 {
					_, _ = l.GetIndex(i / 2)
					_, _ = Contains(th, Obj(l), Int(-1))
					_ = forEach(th, Obj(l), func(Value) error { return nil })
				}
			}
		}(w)
	}
	wg.Wait()
	seen := map[int64]bool{}
	for _, v := range l.Items() {
		seen[v.AsInt()] = true
	}
	n := l.Len()
	for _, p := range popped {
		n += len(p)
		for _, v := range p {
			if seen[v.AsInt()] {
				t.Fatalf("%d both popped and still in the list", v.AsInt())
			}
			seen[v.AsInt()] = true
		}
	}
	if n != raceWorkers*racePerW || len(seen) != raceWorkers*racePerW {
		t.Fatalf("items: %d (distinct %d), want %d", n, len(seen), raceWorkers*racePerW)
	}
}

func TestDictConcurrent(t *testing.T) {
	e := newTestEnv(t)
	d := NewDict()
	var wg sync.WaitGroup
	for w := 0; w < raceWorkers; w++ {
		wg.Add(1)
		th := e.in.NewThread("w") // before the goroutine starts (objlock.go)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < racePerW; i++ {
				k := int64(w*racePerW + i)
				if err := d.Set(th, Int(k), Int(k)); err != nil {
					t.Error(err)
					return
				}
				d.SetStr("shared", Int(k))
				if i%2 == 1 { // delete every other key this worker wrote
					if ok, _ := d.Delete(th, Int(k-1)); !ok {
						t.Errorf("key %d vanished", k-1)
						return
					}
				}
				if i%32 == 0 {
					_, _ = d.GetStr("shared")
					_ = d.Keys()
					_, _ = Repr(th, Obj(NewList(nil)))
					// A live iteration may see the dict change size: that is
					// a RuntimeError, never a crash.
					_ = forEach(th, Obj(d), func(Value) error { return nil })
				}
			}
		}(w)
	}
	wg.Wait()
	if got, want := d.Len(), raceWorkers*racePerW/2+1; got != want {
		t.Fatalf("len %d, want %d", got, want)
	}
	for w := 0; w < raceWorkers; w++ {
		for i := 1; i < racePerW; i += 2 {
			k := int64(w*racePerW + i)
			if v, ok, _ := d.Get(e.th, Int(k)); !ok || v.AsInt() != k {
				t.Fatalf("key %d missing", k)
			}
		}
	}
}

func TestSetConcurrent(t *testing.T) {
	e := newTestEnv(t)
	s := NewSet()
	var wg sync.WaitGroup
	popped := make([]int, raceWorkers)
	for w := 0; w < raceWorkers; w++ {
		wg.Add(1)
		th := e.in.NewThread("w") // before the goroutine starts (objlock.go)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < racePerW; i++ {
				if err := s.Add(th, Int(int64(w*racePerW+i))); err != nil {
					t.Error(err)
					return
				}
				if i%4 == 3 {
					if _, ok := s.Pop(); ok {
						popped[w]++
					}
				}
				if i%32 == 0 {
					_, _ = s.Contains(th, Int(int64(i)))
					_, _ = Repr(th, Obj(s))
					_, _ = Binary(th, OpOr, Obj(s), Obj(NewSet()))
				}
			}
		}(w)
	}
	wg.Wait()
	total := s.Len()
	for _, p := range popped {
		total += p
	}
	if total != raceWorkers*racePerW {
		t.Fatalf("len+popped %d, want %d", total, raceWorkers*racePerW)
	}
	if len(s.Items()) != s.Len() {
		t.Fatal("Items and Len disagree")
	}
}
