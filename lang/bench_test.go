package lang

import (
	"fmt"
	"strings"
	"testing"
)

// benchSource generates a ~2000-line program exercising the common syntax.
func benchSource() []byte {
	var b strings.Builder
	for i := 0; len(strings.Split(b.String(), "\n")) < 2000; i++ {
		fmt.Fprintf(&b, `
class Point%d(Base):
    """A point."""
    count = 0

    def __init__(self, x, y=0, *args, key=None, **kwargs):
        self.x, self.y = x, y
        self.items = [i * 2 for i in range(10) if i %% 3 == 0]
        self.table = {"a": 1, "b": [1, 2, 3], 'c': (x, y)}

    def norm(self):
        if self.x > 0 and not self.y < 0:
            return (self.x ** 2 + self.y ** 2) ** 0.5
        elif self.x == 0:
            return abs(self.y)
        else:
            total = 0
            for k, v in self.table.items():
                total += len(v) if isinstance(v, list) else 1
            return total

def helper%d(values):
    result = []
    try:
        for v in values:
            result.append(f"{v!r:>10} = {v * 2}")
    except (ValueError, TypeError) as e:
        print("error:", e, file=sys.stderr)
    finally:
        pass
    while result and result[-1] is None:
        result.pop()
    return sorted(result, key=lambda s: (len(s), s))
`, i, i)
	}
	return []byte(b.String())
}

// BenchmarkParse parses a generated 2000-line file and reports lines/s.
func BenchmarkParse(b *testing.B) {
	src := benchSource()
	lines := strings.Count(string(src), "\n")
	if _, err := Parse("bench.py", src); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Parse("bench.py", src); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(lines)*float64(b.N)/b.Elapsed().Seconds(), "lines/s")
}
