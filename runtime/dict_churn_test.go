package runtime

import "testing"

// TestDictInsertDeleteChurn: inserting and deleting keys over and over
// must not fill the index with deleted-key markers (a lookup then probed
// forever).
func TestDictInsertDeleteChurn(t *testing.T) {
	e := newTestEnv(t)
	d := NewDict()
	for i := int64(0); i < 1000; i++ {
		e.must(None, d.Set(e.th, Int(i), None))
		if ok, err := d.Delete(e.th, Int(i)); !ok || err != nil {
			t.Fatalf("del d[%d]: %v %v", i, ok, err)
		}
	}
	if _, ok, _ := d.Get(e.th, Int(5)); ok || d.Len() != 0 {
		t.Fatalf("dict not empty after churn")
	}
}
