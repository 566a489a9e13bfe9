package runtime

import (
	"fmt"
	"sync"
	"testing"
)

// Inline attributes (instance_values.go) under threads: workers store and
// read attributes of one shared instance in different orders (so that some
// stores depart from the class's shape) while others ask for its __dict__,
// which moves the attributes into a dict mid-way; and each worker fills
// fresh instances of the same class, growing the shared shape concurrently.
// Run with -race; every attribute stored must be found with its value.
func TestInstanceAttrsConcurrent(t *testing.T) {
	e := newTestEnv(t)
	cls := e.class("P", nil, nil)
	shared := e.must(Call(e.th, Obj(cls), nil, nil))
	var wg sync.WaitGroup
	errs := make(chan error, raceWorkers)
	for w := 0; w < raceWorkers; w++ {
		wg.Add(1)
		th := e.in.NewThread("w") // before the goroutine starts (objlock.go)
		go func(w int) {
			defer wg.Done()
			defer th.End()
			for i := 0; i < 200; i++ {
				name := fmt.Sprintf("a%d", (i*(w+1))%12)
				if err := SetAttr(th, shared, fmt.Sprintf("w%d_%d", w, i%5), Int(int64(i))); err != nil {
					errs <- err
					return
				}
				_, _ = GetAttr(th, shared, name)
				if w == 0 && i == 100 {
					if _, err := GetAttr(th, shared, "__dict__"); err != nil {
						errs <- err
						return
					}
				}
				fresh, err := Call(th, Obj(cls), nil, nil)
				if err != nil {
					errs <- err
					return
				}
				for k := 0; k < 6; k++ {
					if err := SetAttr(th, fresh, fmt.Sprintf("f%d", (k+w)%6), Int(int64(k))); err != nil {
						errs <- err
						return
					}
				}
				for k := 0; k < 6; k++ {
					v, err := GetAttr(th, fresh, fmt.Sprintf("f%d", (k+w)%6))
					if err != nil || v.AsInt() != int64(k) {
						errs <- fmt.Errorf("fresh.f%d = %v, %v; want %d", (k+w)%6, v, err, k)
						return
					}
				}
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	for w := 0; w < raceWorkers; w++ {
		for j := 0; j < 5; j++ {
			v, err := GetAttr(e.th, shared, fmt.Sprintf("w%d_%d", w, j))
			if err != nil || v.AsInt()%5 != int64(j) {
				t.Fatalf("shared.w%d_%d = %v, %v", w, j, v, err)
			}
		}
	}
}
