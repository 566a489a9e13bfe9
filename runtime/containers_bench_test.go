package runtime

import (
	"strconv"
	"testing"
)

// Benchmarks of the container hot paths (go test -bench . -benchmem).

func BenchmarkListAppend(b *testing.B) {
	b.ReportAllocs()
	l := NewList(nil)
	for i := 0; i < b.N; i++ {
		if i&1023 == 0 {
			l = NewList(make([]Value, 0, 1024))
		}
		l.Append(Int(int64(i)))
	}
}

func BenchmarkListGetItem(b *testing.B) {
	e := newTestEnv(b)
	l := Obj(NewList(ints(0, 1, 2, 3, 4, 5, 6, 7)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := GetItem(e.th, l, Int(int64(i&7))); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDictSetGetStr(b *testing.B) {
	d := NewDict()
	keys := make([]string, 64)
	for i := range keys {
		keys[i] = "name" + strconv.Itoa(i)
		d.SetStr(keys[i], Int(int64(i)))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := keys[i&63]
		d.SetStr(k, Int(int64(i)))
		if _, ok := d.GetStr(k); !ok {
			b.Fatal("missing")
		}
	}
}

func BenchmarkDictIntKeys(b *testing.B) {
	e := newTestEnv(b)
	d := NewDict()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := Int(int64(i & 4095))
		if err := d.Set(e.th, k, k); err != nil {
			b.Fatal(err)
		}
		if _, ok, _ := d.Get(e.th, k); !ok {
			b.Fatal("missing")
		}
	}
}

func BenchmarkSetAddContains(b *testing.B) {
	e := newTestEnv(b)
	s := NewSet()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := Int(int64(i & 4095))
		if err := s.Add(e.th, k); err != nil {
			b.Fatal(err)
		}
		if in, _ := s.Contains(e.th, k); !in {
			b.Fatal("missing")
		}
	}
}

func BenchmarkSortInts(b *testing.B) {
	e := newTestEnv(b)
	src := make([]Value, 1000)
	for i := range src {
		src[i] = Int(int64((i * 7919) % 1000))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l := NewList(append([]Value(nil), src...))
		if err := l.Sort(e.th, None, false); err != nil {
			b.Fatal(err)
		}
	}
}
