package runtime

import "testing"

// BenchmarkQueueRoundTrip puts a list of 10,000 ints into a cross-process
// queue and gets it back in the same process: encoding, the pipe, the
// feeder and decoding, without a second process.
func BenchmarkQueueRoundTrip(b *testing.B) {
	e := newTestEnv(b)
	q, err := newQueue(0, queuePlain)
	if err != nil {
		b.Fatal(err)
	}
	v := bigList(10_000)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := q.put(e.th, v, -1); err != nil {
			b.Fatal(err)
		}
		if _, ok, err := q.get(e.th, -1); err != nil || !ok {
			b.Fatal(err)
		}
	}
}
